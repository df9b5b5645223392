// The cascade model (Mrs. Smith): exact figures of the textbook and of Timm's original,
// hand-computed variants, the seeded distribution and its expectation, and finite extremes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cascadeModel, CASCADE_PRESETS, cascadeOutputNames } from '../../../src/engine/models/cascade.ts';
import { drawBinomial } from '../../../src/engine/models/cascade/binomial.ts';
import { createRandom } from '../../../src/engine/random.ts';
import type { BarSeries, TreeSeries } from '../../../src/engine/series.ts';

const noDecisions = { choices: {}, estimates: {}, allocations: {} };

function run(vars: Record<string, number> = {}, seed = 1, samples = 1000) {
  return cascadeModel.run({ settings: { samples }, vars, decisions: noDecisions, random: createRandom(seed), mode: 'expected' });
}

/** The true expectation of the sampled total (docs/model/cascade.md, "Distribution"). */
function expectedTotal(v: { D: number; inc: number; q: number; s: number; c: number; r: number; lo: number; hi: number }) {
  return v.inc * v.D + v.q * v.D * v.s * (v.c + v.r) * ((v.lo + v.hi) / 2);
}

describe('cascade: the textbook defaults (seed 001)', () => {
  it('gives $26,000 of her own, 30–60 affected, 7.5–15 lost, $221,000–$416,000 in total', () => {
    expect(run().outputs).toMatchObject({
      directLoss: 26000,
      firstCircleLow: 5,
      firstCircleHigh: 10,
      secondCircleLow: 25,
      secondCircleHigh: 50,
      affectedLow: 30,
      affectedHigh: 60,
      lostCustomersLow: 7.5,
      lostCustomersHigh: 15,
      wordOfMouthLossLow: 195000,
      wordOfMouthLossHigh: 390000,
      totalLossLow: 221000,
      totalLossHigh: 416000,
    });
  });

  it('returns every declared output and series, with the declared kinds', () => {
    const result = run();
    expect(Object.keys(result.outputs).sort()).toEqual([...cascadeOutputNames].sort());
    expect(Object.keys(result.outputs).sort()).toEqual([...cascadeModel.outputs].sort());
    for (const [name, kind] of Object.entries(cascadeModel.series)) expect(result.series[name]?.kind).toBe(kind);
  });

  it('the textbook preset is exactly the defaults', () => {
    expect(run(CASCADE_PRESETS.textbook).outputs).toEqual(run().outputs);
  });
});

describe('cascade: Timm’s original arithmetic', () => {
  it('11 told, 5 each, she among them: a quarter of 67 is 16.75, rounded to 17: $442,000 at both ends', () => {
    const { outputs } = run(CASCADE_PRESETS['timm-original']);
    expect(outputs).toMatchObject({
      affectedLow: 67,
      affectedHigh: 67,
      lostCustomersLow: 17,
      lostCustomersHigh: 17,
      totalLossLow: 442000,
      totalLossHigh: 442000,
    });
    // Unrounded, Timm's own count gives 16.75 × 26,000 = 435,500.
    expect(run({ ...CASCADE_PRESETS['timm-original'], roundPeople: 0 }).outputs.totalLossLow).toBe(435500);
    // Her share of the crowd's loss is one 67th of it: she is inside the total, not added on top.
    expect(outputs.herOwnLossLow).toBeCloseTo(442000 / 67, 9);
  });
});

interface HandComputed {
  name: string;
  vars: Record<string, number>;
  directLoss: number;
  lost: number[];
  total: number[];
}

const handComputed: HandComputed[] = [
  { name: 'shorter, cheaper: $40 a week for 5 years', vars: { weeklySpend: 40, years: 5 }, directLoss: 10400, lost: [7.5, 15], total: [88400, 166400] },
  { name: 'first circle not counted', vars: { countFirstCircle: 0 }, directLoss: 26000, lost: [6.25, 12.5], total: [188500, 351000] },
  { name: 'whole people: 7.5 → 8, 15 stays', vars: { roundPeople: 1 }, directLoss: 26000, lost: [8, 15], total: [234000, 416000] },
  { name: 'whole people, halves up: 6.25 → 6, 12.5 → 13', vars: { roundPeople: 1, countFirstCircle: 0 }, directLoss: 26000, lost: [6, 13], total: [182000, 364000] },
  { name: 'her own spend left out', vars: { includeHerself: 0 }, directLoss: 26000, lost: [7.5, 15], total: [195000, 390000] },
  {
    name: '48 weeks, 12–16 told, 3/4 influenced, 4 retold, a fifth lost',
    vars: { weeksPerYear: 48, toldLow: 12, toldHigh: 16, influencedShare: 0.75, retell: 4, lostShare: 0.2 },
    directLoss: 24000,
    lost: [9, 12],
    total: [240000, 312000],
  },
  { name: 'half a year more: 10.5 years undiscounted', vars: { years: 10.5 }, directLoss: 27300, lost: [7.5, 15], total: [232050, 436800] },
];

describe('cascade: hand-computed variations', () => {
  it.each(handComputed)('$name', ({ vars, directLoss, lost, total }) => {
    const { outputs } = run(vars);
    expect(outputs.directLoss).toBe(directLoss);
    expect([outputs.lostCustomersLow, outputs.lostCustomersHigh]).toEqual(lost);
    expect([outputs.totalLossLow, outputs.totalLossHigh]).toEqual(total);
  });

  it('discounts year t by 1.1^t: 2600/1.1 + 2600/1.21 + 2600/1.331 over 3 years', () => {
    const { outputs } = run({ discountRate: 0.1, years: 3 });
    expect(outputs.directLoss).toBeCloseTo(6465.815176558978, 6);
    expect(outputs.totalLossLow).toBeCloseTo(8.5 * 6465.815176558978, 6);
    expect(outputs.totalLossHigh).toBeCloseTo(16 * 6465.815176558978, 6);
  });

  it('prorates a final part-year, discounted as the next whole year', () => {
    // 2600/1.1 + 2600/1.21 + 0.5 × 2600/1.331
    expect(run({ discountRate: 0.1, years: 2.5 }).outputs.directLoss).toBeCloseTo(5489.105935386927, 6);
  });

  it('clamps out-of-range values and replaces non-numbers by the default', () => {
    const { outputs } = run({ weeklySpend: -5, years: Number.NaN, lostShare: 3 });
    expect(outputs.directLoss).toBe(0);
    expect(outputs.lostCustomersLow).toBe(30);
  });
});

describe('cascade: charts', () => {
  it('the low-end waterfall goes her spend → first circle → second circle → total', () => {
    const waterfall = run().series.waterfall as BarSeries;
    expect(waterfall.items.map((item) => [item.id, item.value, item.total ?? false])).toEqual([
      ['herself', 26000, false],
      ['first-circle', 32500, false],
      ['second-circle', 162500, false],
      ['total', 221000, true],
    ]);
    expect((run().series.waterfallHigh as BarSeries).items.map((item) => item.value)).toEqual([26000, 65000, 325000, 416000]);
  });

  it('the trees count her, the first and the second circle in both languages', () => {
    const tree = run().series.tree as TreeSeries;
    expect(tree.root.label).toEqual({ en: 'Mrs. Smith (tells 10 people)', 'zh-CN': '史密斯女士（告诉 10 人）' });
    const first = tree.root.children[0];
    expect(first?.value).toBe(5);
    expect(first?.label).toEqual({ en: 'First circle: 5 people influenced', 'zh-CN': '第一圈：5 人受影响' });
    expect(first?.children[0]?.value).toBe(25);
    expect((run().series.treeHigh as TreeSeries).root.children[0]?.children[0]?.label.en).toBe('Second circle: 50 people');
    expect((run({ countFirstCircle: 0 }).series.tree as TreeSeries).root.children[0]?.label.en).toContain('not counted');
  });

  it('shows the two ends side by side', () => {
    const ends = run().series.ends as BarSeries;
    expect(ends.items.map((item) => [item.id, item.value])).toEqual([['low', 221000], ['high', 416000]]);
  });
});

describe('cascade: the distribution', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = run({}, 7);
    expect(run({}, 7)).toEqual(a);
    expect(run({}, 8).series.distribution).not.toEqual(a.series.distribution);
  });

  it('pins seed 2024 with the defaults (a change here means the draws changed)', () => {
    const { outputs } = run({}, 2024);
    expect([outputs.distMean, outputs.distP10, outputs.distP90]).toEqual([316082, 156000, 468000]);
  });

  it('has 12 bins holding every sample, capped at 2,000', () => {
    const counts = (samples: number) =>
      (run({}, 3, samples).series.distribution as BarSeries).items.map((item) => item.value);
    expect(counts(1000)).toHaveLength(12);
    expect(counts(1000).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(counts(5000).reduce((a, b) => a + b, 0)).toBe(2000);
  });

  const expectations: { name: string; vars: Record<string, number>; expected: number }[] = [
    { name: 'the defaults', vars: {}, expected: expectedTotal({ D: 26000, inc: 1, q: 0.25, s: 0.5, c: 1, r: 5, lo: 10, hi: 20 }) },
    {
      name: 'fractional people and weights, her spend left out',
      vars: { toldLow: 7.3, toldHigh: 12.9, influencedShare: 0.6, retell: 3.4, countFirstCircle: 0.5, lostShare: 0.3, includeHerself: 0 },
      expected: expectedTotal({ D: 26000, inc: 0, q: 0.3, s: 0.6, c: 0.5, r: 3.4, lo: 7.3, hi: 12.9 }),
    },
    {
      name: 'a wide cascade (normal-approximated draws)',
      vars: { toldLow: 60, toldHigh: 100, influencedShare: 0.9, retell: 12, lostShare: 0.4 },
      expected: expectedTotal({ D: 26000, inc: 1, q: 0.4, s: 0.9, c: 1, r: 12, lo: 60, hi: 100 }),
    },
  ];

  it('expectation of the defaults is the midpoint of the two ends, 318,500', () => {
    expect(expectations[0]?.expected).toBe(318500);
  });

  it.each(expectations)('its mean over 10,000 draws matches the derived expectation: $name', ({ vars, expected }) => {
    const means = [1, 2, 3, 4, 5].map((seed) => run(vars, seed, 2000).outputs.distMean ?? Number.NaN);
    const pooled = means.reduce((a, b) => a + b, 0) / means.length;
    expect(Math.abs(pooled - expected) / expected).toBeLessThan(0.01);
  });

  it('orders p10 ≤ mean ≤ p90', () => {
    const { outputs } = run({}, 11);
    expect(outputs.distP10).toBeLessThanOrEqual(outputs.distMean ?? 0);
    expect(outputs.distMean).toBeLessThanOrEqual(outputs.distP90 ?? 0);
  });
});

describe('cascade: binomial draws', () => {
  it.each([
    { n: 40, p: 0.25 },
    { n: 30, p: 0.8 },
    { n: 2000, p: 0.5 },
  ])('n=$n, p=$p: mean n·p and variance n·p·(1−p) over 20,000 draws', ({ n, p }) => {
    const random = createRandom(99);
    const draws = Array.from({ length: 20000 }, () => drawBinomial(random, n, p));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean - n * p)).toBeLessThan(0.05 * Math.sqrt(n * p * (1 - p)));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.95);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.05);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThanOrEqual(n);
  });
});

describe('cascade: always finite', () => {
  const extremes = cascadeModel.variables.flatMap((variable) => [
    { [variable.name]: variable.min },
    { [variable.name]: variable.max },
  ]);
  const allMin = Object.fromEntries(cascadeModel.variables.map((v) => [v.name, v.min]));
  const allMax = Object.fromEntries(cascadeModel.variables.map((v) => [v.name, v.max]));

  it.each([...extremes, allMin, allMax])('at %o', (vars) => {
    for (const value of Object.values(run(vars, 5, 200).outputs)) expect(Number.isFinite(value)).toBe(true);
  });

  it('for any values within the ranges', () => {
    const arbitraryVars = fc.record(
      Object.fromEntries(
        cascadeModel.variables.map((v) => [v.name, fc.double({ min: v.min, max: v.max, noNaN: true })]),
      ),
    );
    fc.assert(
      fc.property(arbitraryVars, fc.integer(), (vars, seed) => {
        const { outputs } = run(vars, seed, 50);
        return Object.values(outputs).every((value) => Number.isFinite(value) && value >= 0);
      }),
      { numRuns: 200 },
    );
  });
});
