// The sandbox's evaluation with no learner and the sensitivity sweep, checked against the
// coffee-card example's formulas worked by hand (scenarios/coffee-card-example.yaml).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareScenario, type PreparedScenario } from '../../src/engine/prepared.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { evaluateWithDefaults, sandboxAnswers, sensitivity } from '../../src/engine/sensitivity.ts';
import { edited } from './engine/fixtures.ts';

function prepared(text: string): PreparedScenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return prepareScenario(result.scenario);
}

const coffee = prepared(readFileSync(resolve(import.meta.dirname, '../../scenarios/coffee-card-example.yaml'), 'utf8'));

// With the default card (stamp: a tenth of cups free, uplift = upliftStamp):
// profitChange = C·V·[(1 + u)(0.9·P − cost) − (P − cost)].
// Defaults C=500, V=4, P=20, cost=6, u=0.15: 2000 · (1.15 · 12 − 14) = −400.
const profitChange = (v: { C?: number; V?: number; P?: number; cost?: number; u?: number }) => {
  const { C = 500, V = 4, P = 20, cost = 6, u = 0.15 } = v;
  return C * V * ((1 + u) * (0.9 * P - cost) - (P - cost));
};

describe('evaluateWithDefaults', () => {
  it('takes every decision at its default: the stamp card at the default parameters', () => {
    const e = evaluateWithDefaults(coffee, { params: {}, seed: 1 });
    expect(e.metrics.cupsPerMonth).toBeCloseTo(2300, 9);
    expect(e.metrics.revenue).toBeCloseTo(41400, 9);
    expect(e.metrics.grossProfit).toBeCloseTo(27600, 9);
    expect(e.metrics.baseProfit).toBe(28000);
    expect(e.metrics.profitChange).toBeCloseTo(-400, 9);
    expect(e.metrics.freeCupsStamp).toBeCloseTo(230, 9);
  });

  it('uses the parameters given, the others at their defaults', () => {
    const e = evaluateWithDefaults(coffee, { params: { upliftStamp: 0.3 }, seed: 1 });
    expect(e.metrics.profitChange).toBeCloseTo(3200, 9); // 2000 · (1.3 · 12 − 14)
    expect(e.vars.customers).toBe(500);
  });

  it('plays allocate steps for as many rounds as their formula gives for the parameters', () => {
    const text = edited((doc) => {
      doc.parameters.quarters = { label: { 'zh-CN': '季度', en: 'Quarters' }, default: 3, min: 1, max: 8 };
      doc.steps.splice(3, 0, {
        id: 'split',
        kind: 'allocate',
        title: { 'zh-CN': '分配', en: 'Split' },
        rounds: 'quarters',
        options: [
          { id: 'ads', label: { 'zh-CN': '广告', en: 'Ads' } },
          { id: 'service', label: { 'zh-CN': '服务', en: 'Service' } },
        ],
      });
    });
    const p = prepared(text);
    expect(sandboxAnswers(p, { params: {}, seed: 1 }).allocations.split).toHaveLength(3);
    const five = sandboxAnswers(p, { params: { quarters: 5 }, seed: 1 });
    expect(five.allocations.split).toEqual(Array.from({ length: 5 }, () => ({ ads: 0.5, service: 0.5 })));
    expect(five.choices).toEqual({ pick: ['keep'] });
    expect(five.estimates).toEqual({ guess: 5 });
    expect(five.order).toEqual(['pick', 'guess', 'split']);
  });
});

describe('sensitivity of profitChange in the coffee-card example', () => {
  const result = sensitivity(coffee, { params: {}, seed: 1, metric: 'profitChange' });

  it('starts from the metric at the given parameters', () => {
    expect(result.metric).toBe('profitChange');
    expect(result.base).toBeCloseTo(-400, 9);
  });

  it('moves each parameter to its min and max, largest swing first', () => {
    const expected = [
      { name: 'upliftStamp', low: 0, high: 0.5, lowValue: -4000, highValue: 8000, swing: 12000 },
      { name: 'cupCost', low: 1, high: 30, lowValue: 1100, highValue: -7600, swing: 8700 },
      { name: 'customers', low: 50, high: 5000, lowValue: -40, highValue: -4000, swing: 3960 },
      { name: 'cupPrice', low: 5, high: 60, lowValue: -1450, highValue: 2400, swing: 3850 },
      { name: 'visitsPerMonth', low: 1, high: 20, lowValue: -100, highValue: -2000, swing: 1900 },
    ];
    expect(result.bars.map((b) => b.name)).toEqual(expected.map((b) => b.name));
    result.bars.forEach((bar, i) => {
      const want = expected[i]!;
      expect(bar.low).toBe(want.low);
      expect(bar.high).toBe(want.high);
      expect(bar.lowValue).toBeCloseTo(want.lowValue, 9);
      expect(bar.highValue).toBeCloseTo(want.highValue, 9);
      expect(bar.swing).toBeCloseTo(want.swing, 9);
    });
  });

  it('agrees with the closed form for upliftStamp at 0 and 0.5', () => {
    const bar = result.bars.find((b) => b.name === 'upliftStamp')!;
    expect(bar.lowValue).toBeCloseTo(profitChange({ u: 0 }), 9);
    expect(bar.highValue).toBeCloseTo(profitChange({ u: 0.5 }), 9);
  });

  it('holds the other parameters at their current values, not their defaults', () => {
    const moved = sensitivity(coffee, { params: { upliftStamp: 0.3, cupCost: 10 }, seed: 1, metric: 'profitChange' });
    expect(moved.base).toBeCloseTo(profitChange({ u: 0.3, cost: 10 }), 9); // 2000 · (1.3 · 8 − 10) = 800
    const price = moved.bars.find((b) => b.name === 'cupPrice')!;
    expect(price.lowValue).toBeCloseTo(profitChange({ u: 0.3, cost: 10, P: 5 }), 9);
    expect(price.highValue).toBeCloseTo(profitChange({ u: 0.3, cost: 10, P: 60 }), 9);
  });

  it('sweeps a one-parameter scenario exactly', () => {
    const flat = sensitivity(prepared(edited(() => {})), { params: {}, seed: 1, metric: 'revenue' });
    expect(flat.base).toBe(20); // price 10 · (1 + kept 1): the default choice keeps
    expect(flat.bars).toEqual([{ name: 'price', low: 0, high: 100, lowValue: 0, highValue: 200, swing: 200 }]);
  });
});
