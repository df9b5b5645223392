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

  it('moves each parameter over its plausible range (default ±20 %), largest swing first', () => {
    // profitChange = C·V·[(1 + u)(0.9·P − cost) − (P − cost)] at the ends of default ± 20 %:
    // u 0.12..0.18: 2000·(1.12·12 − 14) = −1,120 and 2000·(1.18·12 − 14) = 320;
    // cost 4.8..7.2: 2000·(0.7 − 0.15·cost) = −40 and −760; P 16..24: 2000·(0.035·P − 0.9) = −680 and −120;
    // C 400..600 and V 3.2..4.8: −0.2·C·V → −320 and −480 each (a tie: the scenario's order).
    const expected = [
      { name: 'upliftStamp', low: 0.12, high: 0.18, lowValue: -1120, highValue: 320, swing: 1440 },
      { name: 'cupCost', low: 4.8, high: 7.2, lowValue: -40, highValue: -760, swing: 720 },
      { name: 'cupPrice', low: 16, high: 24, lowValue: -680, highValue: -120, swing: 560 },
      { name: 'customers', low: 400, high: 600, lowValue: -320, highValue: -480, swing: 160 },
      { name: 'visitsPerMonth', low: 3.2, high: 4.8, lowValue: -320, highValue: -480, swing: 160 },
    ];
    expect(result.bars.map((b) => b.name)).toEqual(expected.map((b) => b.name));
    result.bars.forEach((bar, i) => {
      const want = expected[i]!;
      expect(bar.low).toBeCloseTo(want.low, 12);
      expect(bar.high).toBeCloseTo(want.high, 12);
      expect(bar.lowValue).toBeCloseTo(want.lowValue, 6);
      expect(bar.highValue).toBeCloseTo(want.highValue, 6);
      expect(bar.swing).toBeCloseTo(want.swing, 6);
    });
  });

  it('ranks the decisions: each option of a step alone, the others at their defaults', () => {
    // design: stamp −400; discount (uplift u/3 = 0.05) 2000·(1.05·12 − 14) = −2,800;
    // expiring (free 5 %, uplift 0.12): 2240 cups·(0.95·20) − 2240·6 − 28,000 = 1,120; none 0.
    // The other steps change no profit: swing 0, in the case's order.
    expect(result.decisions.map((d) => [d.step, d.low, d.high, d.swing])).toEqual([
      ['design', 'discount', 'expiring', expect.closeTo(3920, 6)],
      ['why', 'behaviour', 'behaviour', 0],
      ['budget', 'card', 'card', 0],
    ]);
    expect(result.decisions[0]!.options.map((o) => o.id)).toEqual(['stamp', 'discount', 'expiring', 'none']);
    expect(result.decisions[0]!.options.map((o) => o.value)).toEqual([expect.closeTo(-400, 6), expect.closeTo(-2800, 6), expect.closeTo(1120, 6), 0]);
  });

  it('skips display-only and hidden parameters, uses a declared plausible range, and sweeps a switch 0..1', () => {
    const text = edited((d) => {
      d.parameters.price.plausible = [5, 30];
      d.parameters.shown = { label: { 'zh-CN': '显示', en: 'Shown' }, default: 2, min: 1, max: 8, display: true };
      d.parameters.secret = { label: { 'zh-CN': '秘密', en: 'Secret' }, default: 2, min: 1, max: 8, hidden: true };
      d.parameters.flag = { label: { 'zh-CN': '开关', en: 'Flag' }, default: 0, min: 0, max: 1, switch: true };
    });
    const r = sensitivity(prepared(text), { params: {}, seed: 1, metric: 'revenue' });
    // revenue = price·(1 + kept), kept 1 (default "keep"): 5..30 → 10..60; flag is read by nothing.
    expect(r.bars).toEqual([
      { name: 'price', low: 5, high: 30, lowValue: 10, highValue: 60, swing: 50 },
      { name: 'flag', low: 0, high: 1, lowValue: 20, highValue: 20, swing: 0 },
    ]);
  });

  it('agrees with the closed form for upliftStamp at 0.12 and 0.18', () => {
    const bar = result.bars.find((b) => b.name === 'upliftStamp')!;
    expect(bar.lowValue).toBeCloseTo(profitChange({ u: 0.12 }), 9);
    expect(bar.highValue).toBeCloseTo(profitChange({ u: 0.18 }), 9);
  });

  it('holds the other parameters at their current values, not their defaults', () => {
    const moved = sensitivity(coffee, { params: { upliftStamp: 0.3, cupCost: 10 }, seed: 1, metric: 'profitChange' });
    expect(moved.base).toBeCloseTo(profitChange({ u: 0.3, cost: 10 }), 9); // 2000 · (1.3 · 8 − 10) = 800
    const price = moved.bars.find((b) => b.name === 'cupPrice')!;
    expect(price.lowValue).toBeCloseTo(profitChange({ u: 0.3, cost: 10, P: 16 }), 9);
    expect(price.highValue).toBeCloseTo(profitChange({ u: 0.3, cost: 10, P: 24 }), 9);
  });

  it('sweeps a one-parameter scenario exactly', () => {
    const flat = sensitivity(prepared(edited(() => {})), { params: {}, seed: 1, metric: 'revenue' });
    expect(flat.base).toBe(20); // price 10 · (1 + kept 1): the default choice keeps
    // 10 ± 20 %: 8..12 → 16..24; the choice: keep 20, drop 10.
    expect(flat.bars).toEqual([{ name: 'price', low: 8, high: 12, lowValue: 16, highValue: 24, swing: 8 }]);
    expect(flat.decisions).toEqual([{ step: 'pick', kind: 'choice', options: [{ id: 'keep', value: 20 }, { id: 'drop', value: 10 }], low: 'drop', high: 'keep', lowValue: 10, highValue: 20, swing: 10 }]);
  });
});
