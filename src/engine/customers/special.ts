// Special functions the customer-value models need: log-gamma, log-beta and the Gauss
// hypergeometric series 2F1, written from their textbook definitions.

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0. Shifts x up to ≥ 10 with Γ(x) = Γ(x + k) / (x (x+1) … (x+k−1)), then
 * uses Stirling's series to the x⁻⁷ term, whose truncation error there is below 1e-13.
 */
export function lnGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let z = x;
  while (z < 15) {
    shift += Math.log(z);
    z += 1;
  }
  const inv = 1 / z;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series - shift;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 by its power series
 * Σ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ, summed until a term no longer changes the sum.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z < 0 || z >= 1) return Number.NaN;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 100000; k += 1) {
    term *= ((a + k) * (b + k)) / ((c + k) * (k + 1)) * z;
    sum += term;
    if (Math.abs(term) <= 1e-15 * Math.abs(sum)) break;
  }
  return sum;
}
