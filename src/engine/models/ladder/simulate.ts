// The ladder model's quarter-by-quarter run: reads the plan from the allocate step, plays each
// quarter (shock included) and keeps every quarter's state, so outputs and charts read one record.
import type { ModelInput } from '../types.ts';
import type { Random } from '../../random.ts';
import { BuyingRungValues, LeverValues, RungValues, type BuyingRung } from './ids.ts';
import { initialStocks, leverEffects, nextStocks, rungLevels, type LeverSpend, type Levels, type Stocks } from './levels.ts';
import { addFlow, applyMoves, buyingCount, drawFor, quarterMoves, shockMoves, tinyCrowd, type Counts, type FlowMatrix } from './step.ts';
import { readLadderParams, type LadderParams } from './variables.ts';

export const defaultAllocateStep = 'quarter';

/** The state after a quarter (quarter 0 is the start: nobody has moved yet). */
export interface QuarterState {
  quarter: number;
  counts: Counts;
  stocks: Stocks;
  levels: Levels;
  /** Yuan spent on each lever this quarter. */
  spend: LeverSpend;
  /** Moves of the quarter, the shock's extra exits included. */
  flows: FlowMatrix;
  /** Counts at the start of the quarter (for the stays of the flow chart). */
  start: Counts;
  referred: number;
  revenue: number;
  /** Share of the buying customers at the start of the quarter who were lost in it. */
  churn: number;
  isShock: boolean;
}

export interface LadderRun {
  params: LadderParams;
  /** Index q holds the state after quarter q; index 0 the start. */
  states: QuarterState[];
  /** Whether the rival opens (in quarter shockRound, if it is played). */
  shockHappens: boolean;
}

const noSpend = (): LeverSpend => ({ attract: 0, needs: 0, rewards: 0, club: 0, switching: 0, bonds: 0, employees: 0 });

/** A quarter's plan in yuan. Unknown ids and bad shares count as 0; shares above 1 in total are scaled down. */
export function planSpend(entry: Record<string, number> | undefined, budget: number): LeverSpend {
  const shares = noSpend();
  let total = 0;
  for (const lever of LeverValues) {
    const share = entry?.[lever];
    shares[lever] = typeof share === 'number' && Number.isFinite(share) && share > 0 ? share : 0;
    total += shares[lever];
  }
  const scale = total > 1 ? budget / total : budget;
  for (const lever of LeverValues) shares[lever] *= scale;
  return shares;
}

export function planEntries(input: ModelInput): Record<string, number>[] {
  const step = input.settings.allocateStep;
  const stepId = typeof step === 'string' && step !== '' ? step : defaultAllocateStep;
  return input.decisions.allocations[stepId] ?? [];
}

function revenueOf(counts: Counts, levels: Levels, p: LadderParams): number {
  const spendPerCustomer: Record<BuyingRung, number> = {
    first: p.spendFirst,
    repeat: p.spendRepeat,
    core: p.spendCore,
    advocate: p.spendAdvocate,
  };
  return BuyingRungValues.reduce((sum, rung) => {
    const lift = Math.max(0, 1 + p.repeatSpendLift * (levels[rung].repeat - 0.5));
    return sum + counts[rung] * spendPerCustomer[rung] * lift;
  }, 0);
}

/** xoroshiro128+ seeded with a small number gives nearly 1 on its first draw: skip a few. */
const WARM_UP_DRAWS = 8;

/**
 * Whether the rival opens at all, drawn before anything else so it is the same however many
 * quarters have been played. A certain or impossible shock draws nothing.
 */
export function rivalOpens(chance: number, random: Random): boolean {
  if (chance >= 1) return true;
  if (chance <= 0) return false;
  for (let i = 1; i < WARM_UP_DRAWS; i += 1) random.next();
  return random.chance(chance);
}

export function simulateLadder(input: ModelInput): LadderRun {
  const p = readLadderParams(input.vars);
  const entries = planEntries(input).slice(0, p.rounds);
  const shockHappens = rivalOpens(p.shockChance, input.random);
  const draw = drawFor(input.mode, input.random);
  const start = Object.fromEntries(RungValues.map((rung) => [rung, 0])) as Counts;
  start.potential = input.mode === 'agent' ? Math.round(p.startPopulation) : p.startPopulation;
  let stocks = initialStocks;
  let levels = rungLevels(stocks, p);
  const states: QuarterState[] = [
    { quarter: 0, counts: start, stocks, levels, spend: noSpend(), flows: new Map(), start, referred: 0, revenue: 0, churn: 0, isShock: false },
  ];
  let counts = start;
  entries.forEach((entry, index) => {
    const quarter = index + 1;
    const spend = planSpend(entry, p.budget);
    const effects = leverEffects(spend, p);
    const isShock = shockHappens && quarter === p.shockRound;
    const barrierLeft = shockHappens && quarter >= p.shockRound ? 1 - p.shockStrength : 1;
    const flows: FlowMatrix = new Map();
    const atStart = counts;
    // The rival strikes first, judged on the attitudes customers held before the shock.
    if (isShock) counts = applyMoves(counts, shockMoves(levels, p, stocks.bonds), draw, flows);
    stocks = nextStocks(stocks, effects, p, barrierLeft, isShock);
    levels = rungLevels(stocks, p);
    const reach = p.organicReach + p.attractReach * effects.attract;
    const trial = p.trialRate + p.rewardsTrial * effects.rewards;
    const referred = draw(counts.advocate, p.wordOfMouth);
    counts = applyMoves(counts, quarterMoves(levels, reach, trial, p), draw, flows);
    counts.potential += referred;
    addFlow(flows, 'referral', 'potential', referred);
    const buyingAtStart = buyingCount(atStart);
    const churn = buyingAtStart > tinyCrowd ? (counts.lost - atStart.lost) / buyingAtStart : 0;
    const revenue = revenueOf(counts, levels, p);
    states.push({ quarter, counts, stocks, levels, spend, flows, start: atStart, referred, revenue, churn, isShock });
  });
  return { params: p, states, shockHappens };
}
