// Customer lifetime value from the two models: expected purchases (BG/NBD) × expected spend
// (Gamma-Gamma) × margin, month by month over a horizon, discounted at a yearly rate.
import { conditionalExpected, type BgNbdParams } from './bgnbd.ts';
import { expectedSpend, type GammaGammaParams } from './gammaGamma.ts';

export interface ClvOptions {
  /** Gross margin on spend, 0..1. */
  margin: number;
  /** Yearly discount rate, e.g. 0.1 for 10 %. */
  discountRate: number;
  /** Horizon in years. */
  years: number;
}

export const DEFAULT_CLV: ClvOptions = { margin: 0.3, discountRate: 0.1, years: 3 };
const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;

/**
 * Expected purchases in each month of the horizon for one history: the difference of
 * E[Y(t) | x, t_x, T] at consecutive month ends (E[Y] is cumulative). Discount-free, so a
 * change of rate or margin only re-weights these.
 */
export function monthlyPurchases(p: BgNbdParams, x: number, tx: number, T: number, years: number): Float64Array {
  const months = Math.max(1, Math.round(years * MONTHS_PER_YEAR));
  const out = new Float64Array(months);
  let previous = 0;
  for (let k = 1; k <= months; k += 1) {
    const cumulative = conditionalExpected(p, (k * WEEKS_PER_YEAR) / MONTHS_PER_YEAR, x, tx, T);
    out[k - 1] = cumulative - previous;
    previous = cumulative;
  }
  return out;
}

/** Σ_k purchases_k / (1 + d)^(k/12): discounted expected purchases, month k's purchases at its end. */
export function discountedPurchases(monthly: Float64Array, discountRate: number): number {
  let sum = 0;
  for (let k = 0; k < monthly.length; k += 1) sum += monthly[k]! / Math.pow(1 + discountRate, (k + 1) / MONTHS_PER_YEAR);
  return sum;
}

/** CLV of one customer: margin × E[spend per purchase] × discounted expected purchases. */
export function customerClv(bg: BgNbdParams, gg: GammaGammaParams, c: { x: number; tx: number; T: number; mx: number }, o: ClvOptions): number {
  const monthly = monthlyPurchases(bg, c.x, c.tx, c.T, o.years);
  return o.margin * expectedSpend(gg, c.x, c.mx) * discountedPurchases(monthly, o.discountRate);
}
