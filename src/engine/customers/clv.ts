// Customer lifetime value from the two models: expected purchases (BG/NBD) × expected spend
// (Gamma-Gamma) × margin, month by month over a horizon, discounted at a yearly rate.
import { pAlive, type BgNbdParams } from './bgnbd.ts';
import { hyp2f1 } from './special.ts';
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
 * E[Y(t) | x, t_x, T] (FHL 2005, eq. 10) factors as P(alive | x, t_x, T) × E[Y(t) | alive, x, T],
 * and the second factor, (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))],
 * does not depend on t_x. So many customers share it, and it is computed once per (x, T).
 */
export function expectedIfActive(p: BgNbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return 0;
  const lead = (a + b + x - 1) / (a - 1);
  return lead * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t)));
}

/**
 * Expected purchases in each month of the horizon for an active customer with x repeat
 * purchases and age T: differences of the cumulative expectation at consecutive month
 * ends. Discount-free, so a change of rate or margin only re-weights these.
 */
export function monthlyPurchasesIfActive(p: BgNbdParams, x: number, T: number, years: number): Float64Array {
  const months = Math.max(1, Math.round(years * MONTHS_PER_YEAR));
  const out = new Float64Array(months);
  let previous = 0;
  for (let k = 1; k <= months; k += 1) {
    const cumulative = expectedIfActive(p, (k * WEEKS_PER_YEAR) / MONTHS_PER_YEAR, x, T);
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
  const monthly = monthlyPurchasesIfActive(bg, c.x, c.T, o.years);
  return o.margin * expectedSpend(gg, c.x, c.mx) * pAlive(bg, c.x, c.tx, c.T) * discountedPurchases(monthly, o.discountRate);
}
