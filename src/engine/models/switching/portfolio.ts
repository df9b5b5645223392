// The retention portfolio: the last round's budget shares over the four levers, and what each
// buys at the budget's intensity, with diminishing returns. Illustrative (docs/model/switching.md).
import { SWITCHING_COEFFICIENTS as K } from './coefficients.ts';

export const LeverValues = ['procedural', 'financial', 'relational', 'value'] as const;
export type Lever = (typeof LeverValues)[number];
export type Shares = Record<Lever, number>;

const EQUAL_SPLIT: Shares = { procedural: 0.25, financial: 0.25, relational: 0.25, value: 0.25 };

/** The last round's shares, cleaned (negative or non-finite → 0) and rescaled to sum to 1; none ⇒ equal split. */
export function readShares(rounds: readonly Record<string, number>[] | undefined): Shares {
  const last = rounds?.[rounds.length - 1];
  if (!last) return { ...EQUAL_SPLIT };
  const raw = LeverValues.map((lever) => {
    const value = last[lever];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  if (sum <= 0) return { ...EQUAL_SPLIT };
  const [procedural = 0, financial = 0, relational = 0, value = 0] = raw.map((share) => share / sum);
  return { procedural, financial, relational, value };
}

export interface PortfolioEffect {
  /** Added to the procedural cost before portability cuts it. */
  proceduralCost: number;
  /** Friction annoys everyone a little: subtracted from satisfaction. */
  proceduralAnnoyance: number;
  financialCost: number;
  /** Reached in full only as the relationship builds (see `relationshipBuild`). */
  relationalCost: number;
  relationalSatisfaction: number;
  valueSatisfaction: number;
  /** Reached in full only as the value is felt, like satisfaction. */
  valueGainCut: number;
  /** How much the barriers bought look like prohibited conduct, 0–1. */
  breach: number;
}

/** Yuan per customer per month, relative to the reference budget. */
export function budgetIntensity(retentionBudget: number, baseCustomers: number): number {
  return retentionBudget / Math.max(1, baseCustomers) / K.referenceBudgetPerCustomer;
}

/** Share of a lever's maximum effect reached: 1 − e^(−k · share · intensity). */
function reached(share: number, intensity: number): number {
  return 1 - Math.exp(-K.diminishingReturns * share * intensity);
}

export function portfolioEffect(shares: Shares, intensity: number): PortfolioEffect {
  const procedural = reached(shares.procedural, intensity);
  const financial = reached(shares.financial, intensity);
  const relational = reached(shares.relational, intensity);
  const value = reached(shares.value, intensity);
  return {
    proceduralCost: K.proceduralCostMax * procedural,
    proceduralAnnoyance: K.proceduralAnnoyanceMax * procedural,
    financialCost: K.financialCostMax * financial,
    relationalCost: K.relationalCostMax * relational,
    relationalSatisfaction: K.relationalSatisfactionMax * relational,
    valueSatisfaction: K.valueSatisfactionMax * value,
    valueGainCut: K.valueGainCutMax * value,
    breach: K.proceduralBreachMax * procedural + K.financialBreachMax * financial,
  };
}

/** Relationships and value take time to be felt: 1 − e^(−month / build months). */
export function relationshipBuild(month: number): number {
  return 1 - Math.exp(-month / K.relationshipBuildMonths);
}
