// A base of 20,000 customers drawn from known parameters is fitted back. The tolerance is not
// tuned: it comes from the fit's own sampling error, as derived below.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GENERATE, generateCustomers, generatedCsv, generatedSummary, GENERATED_START } from '../../../src/engine/customers/generate.ts';
import { expectedPurchases, fitBgNbd, repeatData, type BgNbdParams } from '../../../src/engine/customers/bgnbd.ts';
import { fitGammaGamma } from '../../../src/engine/customers/gammaGamma.ts';
import { parseTransactions } from '../../../src/engine/customers/parse.ts';
import { customerHistories, summarize } from '../../../src/engine/customers/summary.ts';

/*
 * Tolerance. The maximum-likelihood estimate θ̂ is asymptotically normal around the true θ
 * with covariance I(θ)⁻¹, I the Fisher information; −∇²ln L(θ̂), the observed information,
 * estimates I, so SEᵢ = √[(−∇²ln L)⁻¹]ᵢᵢ. Then P(|θ̂ᵢ − θᵢ| > 4·SEᵢ) = 2(1 − Φ(4)) ≈ 6.3e-5,
 * and by Bonferroni the chance that any of the four parameters misses is below 2.6e-4. A
 * miss therefore means a wrong likelihood, optimiser or generator, not bad luck. (The run is
 * seeded, so it is also reproducible.) With 20,000 customers the SEs are about √(2357/20000)
 * ≈ 0.34 of CDNOW's: r ± 0.004, α ± 0.13, a ± 0.06, b ± 0.24.
 */
const Z = 4;
const TRUE: BgNbdParams = { r: DEFAULT_GENERATE.r, alpha: DEFAULT_GENERATE.alpha, a: DEFAULT_GENERATE.a, b: DEFAULT_GENERATE.b };
const CALIBRATION_WEEKS = 39;

function expectWithin(fitted: BgNbdParams, se: BgNbdParams | null) {
  expect(se).not.toBeNull();
  for (const key of ['r', 'alpha', 'a', 'b'] as const) {
    // A standard error larger than the value would make the check meaningless.
    expect(se![key]).toBeLessThan(0.2 * TRUE[key]);
    expect(Math.abs(fitted[key] - TRUE[key]), key).toBeLessThan(Z * se![key]);
  }
}

describe('synthetic base of 20,000 from CDNOW-like parameters', { timeout: 60_000 }, () => {
  const base = generateCustomers(20_000, 2005);

  it('is reproducible from its seed', () => {
    const again = generateCustomers(50, 2005);
    expect(again.map((c) => c.times)).toEqual(base.slice(0, 50).map((c) => c.times));
    expect(generateCustomers(50, 2006).map((c) => c.times)).not.toEqual(again.map((c) => c.times));
  });

  it('fits back to the true BG/NBD parameters within 4 standard errors (exact times)', () => {
    const fit = fitBgNbd(repeatData(generatedSummary(base, CALIBRATION_WEEKS)));
    expectWithin(fit.params, fit.standardErrors);
  });

  it('fits back within 4 standard errors through the CSV file (days, one purchase per day)', () => {
    const parsed = parseTransactions(generatedCsv(base), { columns: ['customer', 'date', 'quantity', 'amount'] });
    expect(parsed.header).toBe(true);
    expect(parsed.badRows).toBe(0);
    const summary = summarize(customerHistories(parsed.transactions), GENERATED_START + CALIBRATION_WEEKS * 7 - 1);
    const fit = fitBgNbd(repeatData(summary));
    expectWithin(fit.params, fit.standardErrors);
    // Spend: a looser check (3 parameters, strongly correlated p–q–γ), on the population mean
    // spend γp/(q−1), which the data pin down far better than each parameter alone.
    const gg = fitGammaGamma(summary).params;
    const truth = (DEFAULT_GENERATE.gamma * DEFAULT_GENERATE.p) / (DEFAULT_GENERATE.q - 1);
    expect(Math.abs((gg.gamma * gg.p) / (gg.q - 1) - truth) / truth).toBeLessThan(0.1);
  });

  it('E[X(t)] matches the simulated mean repeat purchases within 4 standard errors of the mean', () => {
    // Repeat purchases in the first 39 weeks of each customer's own clock (all have 66+ weeks).
    const counts = base.map((c) => c.times.filter((t) => t > c.times[0]! && t - c.times[0]! <= CALIBRATION_WEEKS).length);
    const n = counts.length;
    const mean = counts.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(counts.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(mean - expectedPurchases(TRUE, CALIBRATION_WEEKS))).toBeLessThan(Z * sd / Math.sqrt(n));
  });
});
