// The monthly simulation after portability: each segment's satisfaction and three switching
// costs, who leaves (expected values, or seeded draws in agent mode) and why. docs/model/switching.md.
import type { Random } from '../../random.ts';
import { SWITCHING_COEFFICIENTS as K } from './coefficients.ts';
import { SEGMENTS, quadrantMembership, totalSwitchingCost, type Segment } from './segments.ts';
import { relationshipBuild, type PortfolioEffect } from './portfolio.ts';
import { ADDED_PROCEDURES_BREACH, type ResponseEffect } from './responses.ts';

export const ChurnReasonValues = ['procedural', 'financial', 'value'] as const;
export type ChurnReason = (typeof ChurnReasonValues)[number];

export interface SimulationSetup {
  baseCustomers: number;
  monthlySpend: number;
  portabilityStrength: number;
  rivalOffer: number;
  months: number;
  procedureMonths: number;
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

function segmentMonth(segment: Segment, month: number, setup: SimulationSetup, procedureMonths: number): MonthOfSegment {
  const { response, portfolio } = setup;
  const ramp = Math.min(1, month / K.portabilityRampMonths);
  const build = relationshipBuild(month);
  const isProcedureActive = month <= procedureMonths;
  const satisfaction = clamp01(
    segment.satisfaction + response.satisfactionShift - portfolio.proceduralAnnoyance +
      build * (portfolio.relationalSatisfaction + portfolio.valueSatisfaction),
  );
  const proceduralBefore = clamp01(segment.procedural + portfolio.proceduralCost);
  const procedural = clamp01(
    proceduralBefore * (1 - setup.portabilityStrength * ramp) + (isProcedureActive ? response.addedProcedures : 0),
  );
  const financialBefore = clamp01(segment.financial + portfolio.financialCost);
  const financial = clamp01(
    Math.max(0, financialBefore + response.financialShift) * (1 - K.rivalBuyout * setup.rivalOffer * ramp),
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

export function simulateSwitching(setup: SimulationSetup): Trajectory {
  const { random } = setup;
  const customers = SEGMENTS.map((segment) =>
    random ? Math.round(setup.baseCustomers * segment.share) : setup.baseCustomers * segment.share,
  );
  const initialCustomers = customers.reduce((a, b) => a + b, 0);
  const lostByReason: Record<ChurnReason, number[]> = { procedural: [0], financial: [0], value: [0] };
  const final: SegmentState[] = [];
  let revenue = 0;
  let complaintsPer10k = 0;
  let breachSum = 0;
  const months = Math.max(1, Math.round(setup.months));
  const procedureMonths = Math.round(setup.procedureMonths);
  for (let month = 1; month <= months; month += 1) {
    const lostThisMonth: Record<ChurnReason, number> = { procedural: 0, financial: 0, value: 0 };
    let hostages = 0;
    let remaining = 0;
    final.length = 0;
    SEGMENTS.forEach((segment, index) => {
      const state = segmentMonth(segment, month, setup, procedureMonths);
      const present = customers[index] ?? 0;
      const leavers = random ? random.binomial(present, state.chance) : present * state.chance;
      const split = splitLeavers(leavers, state);
      for (const reason of ChurnReasonValues) lostThisMonth[reason] += split[reason];
      const left = present - leavers;
      customers[index] = left;
      remaining += left;
      hostages += left * quadrantMembership(state.satisfaction, state.cost).hostages;
      final.push({ segment, customers: left, satisfaction: state.satisfaction, cost: state.cost });
    });
    for (const reason of ChurnReasonValues) {
      const series = lostByReason[reason];
      series.push((series[series.length - 1] ?? 0) + lostThisMonth[reason]);
    }
    const isProcedureActive = month <= procedureMonths && setup.response.addedProcedures > 0;
    const breach = clamp01(setup.response.breach + setup.portfolio.breach + (isProcedureActive ? ADDED_PROCEDURES_BREACH : 0));
    breachSum += breach;
    revenue += remaining * setup.monthlySpend * setup.response.priceFactor;
    complaintsPer10k +=
      K.baseComplaints +
      K.hostageComplaints * (remaining > 0 ? hostages / remaining : 0) +
      K.breachComplaints * breach +
      (month === 1 ? setup.response.complaintShock : 0);
  }
  return { lostByReason, revenue, complaintsPer10k, meanBreach: breachSum / months, initialCustomers, final };
}
