// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV:
// using iso-value curves for customer base analysis", JMR 42(4); Fader & Hardie 2013 note).
import { minimize } from './optimize.ts';
import { lnGamma } from './special.ts';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Repeat customers only: x transactions with mean spend m. */
export interface SpendRow {
  x: number;
  mx: number;
}

/**
 * ln L = Σ ln f(m̄ | x): with z ~ Gamma(p, ν) per transaction and ν ~ Gamma(q, γ),
 * f(m̄ | p, q, γ, x) = Γ(px+q) / (Γ(px)Γ(q)) · γ^q m̄^(px−1) x^(px) / (γ + m̄x)^(px+q).
 */
export function gammaGammaLogLikelihood(g: GammaGammaParams, rows: readonly SpendRow[]): number {
  return spendLogLikelihood(g, spendData(rows));
}

/** Repeat buyers in columns, with ln m̄ and ln x computed once for all evaluations. */
export interface SpendData {
  x: Int32Array;
  mx: Float64Array;
  lnMx: Float64Array;
  maxX: number;
}

export function spendData(rows: readonly SpendRow[]): SpendData {
  const used = rows.filter((row) => row.x > 0 && row.mx > 0);
  const x = Int32Array.from(used, (r) => r.x);
  const mx = Float64Array.from(used, (r) => r.mx);
  return { x, mx, lnMx: mx.map(Math.log), maxX: x.reduce((m, v) => Math.max(m, v), 0) };
}

/** The same likelihood on prepared data; the Γ terms depend only on x, so once per distinct x. */
export function spendLogLikelihood(g: GammaGammaParams, data: SpendData): number {
  const { p, q, gamma } = g;
  if (!(p > 0 && q > 0 && gamma > 0)) return Number.NEGATIVE_INFINITY;
  const byX = new Float64Array(data.maxX + 1).fill(Number.NaN);
  const base = q * Math.log(gamma) - lnGamma(q);
  let total = 0;
  for (let i = 0; i < data.x.length; i += 1) {
    const x = data.x[i]!;
    const px = p * x;
    let head = byX[x]!;
    if (Number.isNaN(head)) byX[x] = head = lnGamma(px + q) - lnGamma(px) + base + px * Math.log(x);
    total += head + (px - 1) * data.lnMx[i]! - (px + q) * Math.log(gamma + data.mx[i]! * x);
  }
  return total;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  customers: number;
}

export function fitGammaGamma(rows: readonly SpendRow[], start: GammaGammaParams = { p: 1, q: 1, gamma: 1 }): GammaGammaFit {
  const data = spendData(rows);
  const toParams = (v: number[]): GammaGammaParams => ({ p: Math.exp(v[0]!), q: Math.exp(v[1]!), gamma: Math.exp(v[2]!) });
  const best = minimize((v) => -spendLogLikelihood(toParams(v), data), [start.p, start.q, start.gamma].map(Math.log), {
    step: 1, tolerance: 1e-13, maxEvaluations: 20000,
  });
  return { params: toParams(best.point), logLikelihood: -best.value, customers: data.x.length };
}

/**
 * E[M | p, q, γ, m̄, x] = (γ + m̄x)p / (px + q − 1): a weighted mean of the population mean
 * γp/(q−1) and the customer's own mean m̄, the weight on m̄ growing with x.
 */
export function expectedSpend(g: GammaGammaParams, x: number, mx: number): number {
  const { p, q, gamma } = g;
  if (x <= 0 || !(mx > 0)) return q > 1 ? (gamma * p) / (q - 1) : Number.NaN;
  return ((gamma + mx * x) * p) / (p * x + q - 1);
}
