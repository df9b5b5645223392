// The ladder model's named numbers, computed from a finished run: counts, money, loyalty-type
// shares before the shock, the shock's churn and the learner's reliance on switching costs.
import { BuyingRungValues, LoyaltyTypeValues, RungValues, type LoyaltyType } from './ids.ts';
import { typeShares } from './levels.ts';
import type { LadderRun, QuarterState } from './simulate.ts';
import { buyingCount, tinyCrowd } from './step.ts';

export const ladderOutputNames = [
  ...['profit', 'revenue', 'spend', 'advocates', 'core', 'repeat', 'first', 'target', 'potential', 'lost'],
  ...['buying', 'population', 'referred', 'reached', 'firstPurchases', 'quarters', 'shockPlayed'],
  ...['trueLoyalShare', 'latentLoyalShare', 'spuriousLoyalShare', 'noLoyalShare', 'churnAtShock'],
  ...['switchingShare', 'attachment', 'repeatPurchase'],
] as const;
export type LadderOutputName = (typeof ladderOutputNames)[number];

/** Buying customers of each loyalty type in one state (rung shares × rung counts). */
export function typeCounts(state: QuarterState, spread: number): Record<LoyaltyType, number> {
  const totals: Record<LoyaltyType, number> = { none: 0, latent: 0, spurious: 0, true: 0 };
  for (const rung of BuyingRungValues) {
    const shares = typeShares(state.levels[rung], spread);
    for (const type of LoyaltyTypeValues) totals[type] += state.counts[rung] * shares[type];
  }
  return totals;
}

/** People-weighted mean of a buying-rung level; 0 when nobody buys. */
function meanLevel(state: QuarterState, level: 'attachment' | 'repeat'): number {
  const buying = buyingCount(state.counts);
  if (buying <= tinyCrowd) return 0;
  return BuyingRungValues.reduce((sum, rung) => sum + state.counts[rung] * state.levels[rung][level], 0) / buying;
}

/** The state the loyalty-type shares are read from: just before the shock if it was played, else the end. */
export function typeSnapshot(run: LadderRun): QuarterState {
  const played = run.states.length - 1;
  const shockRound = run.params.shockRound;
  const last = run.states[played] as QuarterState;
  return shockRound <= played ? (run.states[shockRound - 1] as QuarterState) : last;
}

export function ladderOutputs(run: LadderRun): Record<LadderOutputName, number> {
  const { states, params } = run;
  const played = states.slice(1);
  const end = states[states.length - 1] as QuarterState;
  const sum = (pick: (state: QuarterState) => number) => played.reduce((total, state) => total + pick(state), 0);
  const revenue = sum((state) => state.revenue);
  const spend = sum((state) => Object.values(state.spend).reduce((a, b) => a + b, 0));
  const referred = sum((state) => state.referred);
  const population = (states[0] as QuarterState).counts.potential + referred;
  const snapshot = typeSnapshot(run);
  const snapshotBuying = buyingCount(snapshot.counts);
  const types = typeCounts(snapshot, params.typeSpread);
  const share = (type: LoyaltyType) => (snapshotBuying > tinyCrowd ? types[type] / snapshotBuying : 0);
  const shock = played.find((state) => state.isShock);
  const switchingShare =
    played.length > 0 && params.budget > 0 ? sum((state) => state.spend.switching) / (params.budget * played.length) : 0;
  const counts = end.counts;
  return {
    profit: revenue - spend,
    revenue,
    spend,
    advocates: counts.advocate,
    core: counts.core,
    repeat: counts.repeat,
    first: counts.first,
    target: counts.target,
    potential: counts.potential,
    lost: counts.lost,
    buying: buyingCount(counts),
    population,
    referred,
    reached: population - counts.potential,
    firstPurchases: sum((state) => state.flows.get('target>first') ?? 0),
    quarters: played.length,
    shockPlayed: shock ? 1 : 0,
    trueLoyalShare: share('true'),
    latentLoyalShare: share('latent'),
    spuriousLoyalShare: share('spurious'),
    noLoyalShare: share('none'),
    churnAtShock: shock ? shock.churn : 0,
    switchingShare,
    attachment: meanLevel(end, 'attachment'),
    repeatPurchase: meanLevel(end, 'repeat'),
  };
}
