// The model formulas against values worked out by hand from the papers' equations.
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, conditionalExpected, expectedPurchases, pAlive, repeatData } from '../../../src/engine/customers/bgnbd.ts';
import { expectedSpend, gammaGammaLogLikelihood } from '../../../src/engine/customers/gammaGamma.ts';
import { discountedPurchases, expectedIfActive } from '../../../src/engine/customers/clv.ts';
import { hyp2f1, lnBeta, lnGamma } from '../../../src/engine/customers/special.ts';

describe('special functions', () => {
  it('ln Γ at known points', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(30.5) - lnGamma(29.5)).toBeCloseTo(Math.log(29.5), 11);
    expect(lnBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12);
  });

  it('₂F₁(1, 1; 2; z) = −ln(1 − z)/z', () => {
    for (const z of [0.1, 0.5, 0.9]) expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
  });
});

describe('BG/NBD by hand (r = 1, α = 1, a = 1, b = 2)', () => {
  const p = { r: 1, alpha: 1, a: 1, b: 2 };
  it('likelihood of x = 0, T = 2 is (α/(α+T))^r = 1/3', () => {
    expect(bgnbdLogLikelihood(p, repeatData([{ x: 0, tx: 0, T: 2 }]))).toBeCloseTo(Math.log(1 / 3), 12);
  });
  it('likelihood of x = 1, t_x = 1, T = 2 is 2/3 · 1/9 + 1/3 · 1/4 = 17/108', () => {
    // B(1,3)/B(1,2) = 2/3 and (α+T)^2 = 9; B(2,2)/B(1,2) = 1/3 and (α+t_x)^2 = 4.
    expect(bgnbdLogLikelihood(p, repeatData([{ x: 1, tx: 1, T: 2 }]))).toBeCloseTo(Math.log(17 / 108), 12);
  });
  it('merged rows count with their weight', () => {
    const rows = [{ x: 1, tx: 1, T: 2 }, { x: 1, tx: 1, T: 2 }, { x: 0, tx: 0, T: 2 }];
    expect(bgnbdLogLikelihood(p, repeatData(rows))).toBeCloseTo(2 * Math.log(17 / 108) + Math.log(1 / 3), 12);
  });
  it('P(alive | x = 1, t_x = 1, T = 2) = (2/27)/(17/108) = 8/17, and 1 with no repeat', () => {
    expect(pAlive(p, 1, 1, 2)).toBeCloseTo(8 / 17, 12);
    expect(pAlive(p, 0, 0, 5)).toBe(1);
  });
  it('a new customer\'s conditional expectation is the unconditional one', () => {
    const q = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    expect(conditionalExpected(q, 39, 0, 0, 0)).toBeCloseTo(expectedPurchases(q, 39), 12);
  });
  it('E[X(t)] grows like the purchase rate r/α while nobody has left yet', () => {
    const q = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    expect(expectedPurchases(q, 1e-4) / 1e-4).toBeCloseTo(q.r / q.alpha, 4);
  });
});

describe('Gamma-Gamma and CLV by hand', () => {
  it('E[M] = (γ + m̄x)p/(px + q − 1): p 2, q 3, γ 4, x 2, m̄ 5 gives 28/6', () => {
    expect(expectedSpend({ p: 2, q: 3, gamma: 4 }, 2, 5)).toBeCloseTo(28 / 6, 12);
    expect(expectedSpend({ p: 2, q: 3, gamma: 4 }, 0, 0)).toBeCloseTo(4, 12); // γp/(q−1)
  });
  it('the spend density for x = 1 integrates to one', () => {
    // f(m | x=1) over m; a midpoint sum on a fine grid out to where the tail is negligible.
    const g = { p: 3, q: 4, gamma: 20 };
    let sum = 0;
    const h = 0.01;
    for (let m = h / 2; m < 2000; m += h) sum += Math.exp(gammaGammaLogLikelihood(g, [{ x: 1, mx: m }])) * h;
    expect(sum).toBeCloseTo(1, 4);
  });
  it('E[Y | x, t_x, T] = P(alive) × E[Y | alive, x, T], the factoring CLV relies on', () => {
    const q = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
    for (const [x, tx, T] of [[0, 0, 30], [1, 2, 30], [5, 20, 38], [12, 37, 38]] as const) {
      expect(pAlive(q, x, tx, T) * expectedIfActive(q, 52, x, T)).toBeCloseTo(conditionalExpected(q, 52, x, tx, T), 12);
    }
  });
  it('discounts month k at (1 + d)^(k/12)', () => {
    expect(discountedPurchases(Float64Array.from([1, 2]), 0.1)).toBeCloseTo(1 / 1.1 ** (1 / 12) + 2 / 1.1 ** (2 / 12), 12);
  });
});
