// The cascade's exact arithmetic: her own lost spend over the horizon (optionally discounted)
// and, for one value of "people told", the circles, the lost customers and the lost value.
import type { CascadeValues } from './variables.ts';

/**
 * Her spend over `years`, year t discounted by (1 + rate)^t. A fractional horizon counts its
 * whole years, then the final part-year as that share of a year's spend, discounted as year
 * floor(years) + 1.
 */
export function directLossOf(weeklySpend: number, weeksPerYear: number, years: number, discountRate: number): number {
  const perYear = weeklySpend * weeksPerYear;
  const wholeYears = Math.floor(years);
  let total = 0;
  for (let year = 1; year <= wholeYears; year += 1) total += perYear / (1 + discountRate) ** year;
  const partYear = years - wholeYears;
  if (partYear > 0) total += (perYear * partYear) / (1 + discountRate) ** (wholeYears + 1);
  return total;
}

/** Halves go up (16.5 → 17, 7.5 → 8); the tiny margin keeps 16.4999999… from float error at 17. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

export interface CascadeEnd {
  told: number;
  firstCircle: number;
  secondCircle: number;
  affected: number;
  lostCustomers: number;
  /** Her own spending, added on top (includeHerself) or as her share of the counted crowd (herselfCounted). */
  herOwnLoss: number;
  firstCircleLoss: number;
  secondCircleLoss: number;
  wordOfMouthLoss: number;
  totalLoss: number;
}

/** One end of the range (T = toldLow or toldHigh); the equations are in docs/model/cascade.md. */
export function cascadeEnd(told: number, values: CascadeValues, directLoss: number): CascadeEnd {
  const firstCircle = told * values.influencedShare;
  const secondCircle = firstCircle * values.retell;
  const countedFirst = values.countFirstCircle * firstCircle;
  // Timm's convention: she is one of the people counted (11 + 55 + 1 = 67).
  const herself = values.herselfCounted >= 0.5 ? 1 : 0;
  const affected = countedFirst + secondCircle + herself;
  const exactLost = affected * values.lostShare;
  const lostCustomers = values.roundPeople >= 0.5 ? roundHalfUp(exactLost) : exactLost;
  const crowdLoss = lostCustomers * directLoss;
  // The crowd's loss is split by each group's share of the affected: the circles, and her.
  const share = (people: number) => (affected > 0 ? (crowdLoss * people) / affected : 0);
  const herOwnLoss = values.includeHerself * directLoss + share(herself);
  const firstCircleLoss = share(countedFirst);
  // Never below 0 (float rounding when she is the only one counted).
  const wordOfMouthLoss = Math.max(0, crowdLoss - share(herself));
  return {
    told,
    firstCircle,
    secondCircle,
    affected,
    lostCustomers,
    herOwnLoss,
    firstCircleLoss,
    secondCircleLoss: Math.max(0, wordOfMouthLoss - firstCircleLoss),
    wordOfMouthLoss,
    totalLoss: herOwnLoss + wordOfMouthLoss,
  };
}
