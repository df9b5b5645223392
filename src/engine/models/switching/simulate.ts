// The monthly simulation after portability: each segment's satisfaction and three switching
// costs, who leaves and why, when barriers fall (contracts, the regulator). docs/model/switching.md.
import type { Random } from '../../random.ts';
import { SWITCHING_COEFFICIENTS as K } from './coefficients.ts';
import { SEGMENTS, quadrantMembership, totalSwitchingCost, type Segment } from './segments.ts';
import { relationshipBuild, type PortfolioEffect } from './portfolio.ts';
import { ADDED_PROCEDURES_BREACH, type ResponseEffect } from './responses.ts';
import { RegulatorWatch, exodusMonths, regulatoryRiskOf } from './regulator.ts';

export const ChurnReasonValues = ['procedural', 'financial', 'value'] as const;
export type ChurnReason = (typeof ChurnReasonValues)[number];

export interface SimulationSetup {
  baseCustomers: number;
  monthlySpend: number;
  portabilityStrength: number;
  rivalOffer: number;
  months: number;
  contractMonths: number;
  regulatorThreshold: number;
  regulatorFine: number;
  response: ResponseEffect;
  portfolio: PortfolioEffect;
  /** Set in agent mode: customers are whole and leave by seeded draws. */
  random?: Random;
}

export interface SegmentState {
  segment: Segment;
  customers: number;
  satisfaction: number;
  cost: number;
}

export interface Trajectory {
  /** Cumulative customers lost by reason, months 0..T. */
  lostByReason: Record<ChurnReason, number[]>;
  revenue: number;
  /** Complaints per 10,000 customers, summed over the months. */
  complaintsPer10k: number;
  meanBreach: number;
  initialCustomers: number;
  /** The month the regulator stepped in (0: never), and the fine it set (yuan). */
  regulatorMonth: number;
  fine: number;
  /** 1 if the regulator acted, else the peak three-month complaints under obstruction ÷ the threshold. */
  regulatoryRisk: number;
  /** Hostages (by their quadrant the month before) who left within three months of a barrier falling. */
  hostageExodus: number;
  /** Each segment as it stands at the last month. */
  final: SegmentState[];
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const logistic = (value: number) => 1 / (1 + Math.exp(-value));

function leavingChance(gain: number, cost: number): number {
  return K.maxMonthlyLeaving * logistic(K.leavingSteepness * (gain - cost));
}

interface MonthOfSegment {
  satisfaction: number;
  cost: number;
  /** Leaving chance this month, and with the barriers as they stood before portability. */
  chance: number;
  chanceBefore: number;
  proceduralDrop: number;
  financialDrop: number;
}

/** What holds in a month: the contracts still running, and whether the regulator has voided the obstruction. */
interface MonthRules {
  month: number;
  contractsRunning: boolean;
  voided: boolean;
}

function segmentMonth(segment: Segment, rules: MonthRules, setup: SimulationSetup): MonthOfSegment {
  const { response, portfolio } = setup;
  const { month, voided } = rules;
  const ramp = Math.min(1, month / K.portabilityRampMonths);
  const build = relationshipBuild(month);
  const satisfaction = clamp01(
    segment.satisfaction + response.satisfactionShift - (voided ? 0 : portfolio.proceduralAnnoyance) +
      build * (portfolio.relationalSatisfaction + portfolio.valueSatisfaction),
  );
  // Before portability: the agreements in force and the barriers bought, nothing voided, no rival buyout.
  const proceduralBefore = clamp01(segment.procedural + portfolio.proceduralCost);
  const proceduralNow = clamp01(segment.procedural + (voided ? 0 : portfolio.proceduralCost));
  const procedural = clamp01(
    proceduralNow * (1 - setup.portabilityStrength * ramp) + (voided ? 0 : response.addedProcedures),
  );
  const financialBefore = clamp01(segment.financial + portfolio.financialCost);
  const contractPart = rules.contractsRunning ? segment.financial : 0;
  const stretchedTerm = voided ? Math.min(0, response.financialShift) : response.financialShift;
  const financial = clamp01(
    Math.max(0, contractPart + portfolio.financialCost + stretchedTerm) * (1 - K.rivalBuyout * setup.rivalOffer * ramp),
  );
  const relational = clamp01(segment.relational + build * portfolio.relationalCost);
  const cost = totalSwitchingCost(procedural, financial, relational);
  const gain =
    setup.rivalOffer + K.dissatisfactionPull * (1 - satisfaction) - response.gainCut - build * portfolio.valueGainCut;
  return {
    satisfaction,
    cost,
    chance: leavingChance(gain, cost),
    chanceBefore: leavingChance(gain, totalSwitchingCost(proceduralBefore, financialBefore, relational)),
    proceduralDrop: Math.max(0, proceduralBefore - procedural),
    financialDrop: Math.max(0, financialBefore - financial),
  };
}

/** Splits one month's leavers: those who would have left behind the old barriers, the rest by which barrier fell. */
function splitLeavers(leavers: number, month: MonthOfSegment): Record<ChurnReason, number> {
  if (leavers <= 0 || month.chance <= 0) return { procedural: 0, financial: 0, value: 0 };
  const value = leavers * Math.min(1, month.chanceBefore / month.chance);
  const released = leavers - value;
  const drops = month.proceduralDrop + month.financialDrop;
  const procedural = drops > 0 ? (released * month.proceduralDrop) / drops : 0;
  return { procedural, financial: drops > 0 ? released - procedural : 0, value: drops > 0 ? value : leavers };
}

/** The month's breach: how much the conduct in force looks like a prohibited act, 0–1. */
function breachOf(setup: SimulationSetup, voided: boolean): number {
  // The regulator's order ends every obstruction: procedures, stretched terms, fees set too high.
  if (voided) return 0;
  const procedures = setup.response.addedProcedures > 0 ? ADDED_PROCEDURES_BREACH : 0;
  return clamp01(setup.response.breach + setup.portfolio.breach + procedures);
}

export function simulateSwitching(setup: SimulationSetup): Trajectory {
  const { random } = setup;
  const customers = SEGMENTS.map((segment) =>
    random ? Math.round(setup.baseCustomers * segment.share) : setup.baseCustomers * segment.share,
  );
  const initialCustomers = customers.reduce((a, b) => a + b, 0);
  const lostByReason: Record<ChurnReason, number[]> = { procedural: [0], financial: [0], value: [0] };
  const final: SegmentState[] = [];
  const watch = new RegulatorWatch(setup.regulatorThreshold, setup.regulatorFine);
  const hostagesBefore = SEGMENTS.map(() => 0);
  const leaversByMonth: number[] = [0];
  const hostageLeaversByMonth: number[] = [0];
  let revenue = 0;
  let complaintsPer10k = 0;
  let breachSum = 0;
  const months = Math.max(1, Math.round(setup.months));
  const contractMonths = Math.round(setup.contractMonths);
  for (let month = 1; month <= months; month += 1) {
    const rules: MonthRules = { month, contractsRunning: month <= contractMonths, voided: watch.hasActedBefore(month) };
    const lostThisMonth: Record<ChurnReason, number> = { procedural: 0, financial: 0, value: 0 };
    let hostages = 0;
    let remaining = 0;
    let hostageLeavers = 0;
    final.length = 0;
    SEGMENTS.forEach((segment, index) => {
      const state = segmentMonth(segment, rules, setup);
      const present = customers[index] ?? 0;
      const leavers = random ? random.binomial(present, state.chance) : present * state.chance;
      const split = splitLeavers(leavers, state);
      for (const reason of ChurnReasonValues) lostThisMonth[reason] += split[reason];
      hostageLeavers += present > 0 ? leavers * (hostagesBefore[index] ?? 0) / present : 0;
      const left = present - leavers;
      customers[index] = left;
      remaining += left;
      const hostageShare = quadrantMembership(state.satisfaction, state.cost).hostages;
      hostages += left * hostageShare;
      hostagesBefore[index] = left * hostageShare;
      final.push({ segment, customers: left, satisfaction: state.satisfaction, cost: state.cost });
    });
    for (const reason of ChurnReasonValues) {
      const series = lostByReason[reason];
      series.push((series[series.length - 1] ?? 0) + lostThisMonth[reason]);
    }
    leaversByMonth.push(ChurnReasonValues.reduce((sum, reason) => sum + lostThisMonth[reason], 0));
    hostageLeaversByMonth.push(hostageLeavers);
    const breach = breachOf(setup, rules.voided);
    breachSum += breach;
    revenue += remaining * setup.monthlySpend * setup.response.priceFactor;
    const complaints =
      K.baseComplaints +
      K.hostageComplaints * (remaining > 0 ? hostages / remaining : 0) +
      K.breachComplaints * breach +
      (month === 1 ? setup.response.complaintShock : 0);
    complaintsPer10k += complaints;
    watch.observe(month, complaints, breach);
  }
  const fallen = [watch.month, contractMonths].filter((m) => m > 0 && m < months);
  const hostageExodus = exodusMonths(fallen, months).reduce((sum, m) => sum + (hostageLeaversByMonth[m] ?? 0), 0);
  return {
    lostByReason,
    revenue,
    complaintsPer10k,
    meanBreach: breachSum / months,
    initialCustomers,
    regulatorMonth: watch.month,
    fine: watch.fine,
    regulatoryRisk: regulatoryRiskOf(watch),
    hostageExodus,
    final,
  };
}
