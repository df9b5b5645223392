// Issue 16, "the paper cranes": the case's figures worked out by hand from its formulas
// (docs/model/haidilao-wait.md): the crane discount, the walk-away hazard and its cost per table kept.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { strategyDecisions } from '../../../src/engine/compare.ts';
import { loadCase, root } from './playCase.ts';

const { play, prepared } = loadCase('scenarios/haidilao-wait.yaml');
const e = Math.exp;

const design = (comforts: string[], cranes: 'offer' | 'skip'): DecisionEntry[] => [
  { step: 'comforts', choose: comforts },
  { step: 'cranes', choose: cranes },
];
const USUAL = ['snacks', 'seats', 'estimates'];
const NO_CRANES = design(USUAL, 'skip');
const CRANES = design(USUAL, 'offer');

// Hazards by hand: 0.02 a minute, cut by snacks 25 %, seats 15 %, estimates 20 %, cranes 30 %.
const H_NO_CRANES = 0.02 * 0.75 * 0.85 * 0.8; // 0.0102
const H_CRANES = H_NO_CRANES * 0.7; // 0.00714
const STAY_NO_CRANES = e(-H_NO_CRANES * 20); // e^-0.204 ≈ 0.81546
const STAY_CRANES = e(-H_CRANES * 20); // e^-0.1428 ≈ 0.86693
const STAY_TICKET = e(-0.02 * 20); // e^-0.4 ≈ 0.67032

describe('haidilao-wait: the figures at the defaults', () => {
  it('the crane discount is 20 minutes × 1 crane a minute × 0.5 yuan = 10 yuan a table', () => {
    expect(play().metrics.discountPerTable).toBe(10);
    expect(play({ params: { waitMinutes: 40 } }).metrics.discountPerTable).toBe(20);
    expect(play({ params: { craneValue: 1, cranesPerMinute: 0.5 } }).metrics.discountPerTable).toBe(10);
  });

  it('with only a ticket, 60 × (1 − e^−0.4) ≈ 19.78 tables walk away', () => {
    const m = play({ decisions: design(['ticket'], 'skip') }).metrics;
    expect(m.tablesLost).toBeCloseTo(60 * (1 - STAY_TICKET), 10);
    expect(m.tablesLost).toBeCloseTo(19.781, 3);
    expect(m.tablesKept).toBe(0);
    expect(m.designCost).toBe(0);
    expect(m.costPerTableKept).toBe(0);
  });

  it('no cranes: hazard 0.0102, 60 × (1 − e^−0.204) ≈ 11.07 tables lost, 390 yuan, 44.78 yuan per table kept', () => {
    const m = play({ decisions: NO_CRANES }).metrics;
    expect(m.hazard).toBeCloseTo(0.0102, 12);
    expect(m.tablesLost).toBeCloseTo(60 * (1 - STAY_NO_CRANES), 10);
    expect(m.tablesLost).toBeCloseTo(11.072, 3);
    // Snacks 5 + seats 1 + estimates 0.5 = 6.5 yuan for each of 60 queued tables.
    expect(m.comfortCost).toBeCloseTo(390, 10);
    expect(m.craneCost).toBe(0);
    expect(m.costPerTableKept).toBeCloseTo(390 / (60 * (STAY_NO_CRANES - STAY_TICKET)), 8);
    expect(m.costPerTableKept).toBeCloseTo(44.78, 2);
    // 400 × 0.55 = 220 yuan a table kept.
    expect(m.netGain).toBeCloseTo(60 * (STAY_NO_CRANES - STAY_TICKET) * 220 - 390, 8);
  });

  it('cranes: hazard 0.00714, ≈ 7.98 tables lost; 10 yuan to each of ≈ 52 seated tables; ≈ 168 yuan per extra table', () => {
    const m = play({ decisions: CRANES }).metrics;
    expect(m.hazard).toBeCloseTo(0.00714, 12);
    expect(m.tablesLost).toBeCloseTo(60 * (1 - STAY_CRANES), 10);
    expect(m.tablesLost).toBeCloseTo(7.984, 3);
    expect(m.craneCost).toBeCloseTo(60 * STAY_CRANES * 10, 8);
    expect(m.craneCost).toBeCloseTo(520.16, 2);
    expect(m.costPerTableKept).toBeCloseTo((390 + 600 * STAY_CRANES) / (60 * (STAY_CRANES - STAY_TICKET)), 8);
    expect(m.tablesKeptByCranes).toBeCloseTo(60 * (STAY_CRANES - STAY_NO_CRANES), 8);
    expect(m.craneCostPerExtraTable).toBeCloseTo((10 * STAY_CRANES) / (STAY_CRANES - STAY_NO_CRANES), 6);
    expect(m.craneCostPerExtraTable).toBeCloseTo(168.45, 2);
    expect(m.netGain).toBeCloseTo(60 * (STAY_CRANES - STAY_TICKET) * 220 - 390 - 600 * STAY_CRANES, 8);
  });

  it('cranes loses fewer tables than no cranes, and pays at a 400-yuan bill but not at 300', () => {
    const withCranes = play({ decisions: CRANES }).metrics;
    const without = play({ decisions: NO_CRANES }).metrics;
    expect(withCranes.tablesLost).toBeLessThan(without.tablesLost!);
    expect(withCranes.netGain).toBeGreaterThan(without.netGain!);
    // At 300 yuan: 60 × [(e^−0.1428 − e^−0.204) × 165 − 10 e^−0.1428] ≈ −10.6 yuan an evening.
    const at300 = (d: DecisionEntry[]) => play({ params: { billPerTable: 300 }, decisions: d }).metrics.netGain!;
    const diff = 60 * ((STAY_CRANES - STAY_NO_CRANES) * 165 - 10 * STAY_CRANES);
    expect(at300(CRANES) - at300(NO_CRANES)).toBeCloseTo(diff, 8);
    expect(diff).toBeLessThan(0);
  });
});

describe('haidilao-wait: the scores', () => {
  it('scores the defaults: value 50 + 1685.06 / 40, relationship 100 × e^−0.1428, insight 35 + 30 + 35 × (1 − |ln(12 / 19.78)|)', () => {
    const run = play();
    expect(run.path).toEqual(['story', 'guessLost', 'weigh', 'comforts', 'cranes', 'paid', 'explore', 'debrief']);
    expect(run.scores).toEqual({ value: 92.1, relationship: 86.7, ethics: 100, insight: 82.5 });
    expect(run.issues).toEqual([]);
  });

  it('understating the wait costs 60 points of ethics, and 30 of relationship plus 10 for the review it always brings', () => {
    const run = play({ decisions: design([...USUAL, 'lowball'], 'offer') });
    // Hazard 0.00714 × 0.9 = 0.006426: 100 × e^−0.12852 − 30 − 10 = 47.9.
    expect(run.scores.ethics).toBe(40);
    expect(run.scores.relationship).toBeCloseTo(100 * e(-0.006426 * 20) - 30 - 10, 1);
    expect(run.events.map((f) => f.id)).toEqual(['lowball-review', 'crane-weibo']);
  });

  it('the Weibo card comes with the cranes and only with them; no review without an understated wait', () => {
    expect(play({ decisions: CRANES }).events.map((f) => f.id)).toEqual(['crane-weibo']);
    expect(play({ decisions: NO_CRANES }).events).toEqual([]);
  });

  it('comparing the discount per table with one bill earns none of the 35 insight points for the comparison', () => {
    expect(play({ decisions: [{ step: 'weigh', choose: 'pertable' }] }).scores.insight).toBe(47.5);
  });
});

describe('haidilao-wait: whether the cranes pay is judged on the learner\'s own waiting area', () => {
  // craneNetEffect = N × [(S1 − S0) × margin − S1 × discount], S0 and S1 the shares seated without and with cranes.
  const effect = (h0: number, margin: number) => 60 * ((e(-h0 * 0.7 * 20) - e(-h0 * 20)) * margin - e(-h0 * 0.7 * 20) * 10);

  it('the usual comforts: the cranes add 1685.06 − 1525.88 ≈ 159 yuan, so "gain" is right whether or not they were chosen', () => {
    for (const cranes of ['offer', 'skip'] as const) {
      const run = play({ decisions: [...design(USUAL, cranes), { step: 'paid', choose: 'gain' }] });
      expect(run.metrics.craneNetEffect).toBeCloseTo(effect(H_NO_CRANES, 220), 8);
      expect(run.metrics.craneNetEffect).toBeCloseTo(159.18, 2);
      expect(run.scores.insight).toBe(82.5);
    }
  });

  it('every comfort and a 300-yuan bill: the cranes lose ≈ 113 yuan, so "loss" is right and "gain" earns nothing', () => {
    const all = ['snacks', 'seats', 'games', 'estimates'];
    const h0 = 0.02 * 0.75 * 0.85 * 0.8 * 0.8; // 0.00816
    const run = (answer: string) => play({ params: { billPerTable: 300 }, decisions: [...design(all, 'skip'), { step: 'paid', choose: answer }] });
    expect(run('loss').metrics.craneNetEffect).toBeCloseTo(effect(h0, 165), 8);
    expect(effect(h0, 165)).toBeCloseTo(-113.26, 2);
    // 35 + 30 + 17.5 against 35 + 0 + 17.5.
    expect(run('loss').scores.insight).toBe(82.5);
    expect(run('gain').scores.insight).toBe(52.5);
  });
});

describe('haidilao-wait: the strategies, in-process and from the lab CLI', { timeout: 60_000 }, () => {
  it('no-cranes and cranes are the usual comforts without and with the crane discount', () => {
    const pick = (id: string) => strategyDecisions(prepared, id).filter((d) => d.step === 'comforts' || d.step === 'cranes');
    expect(pick('no-cranes')).toEqual(NO_CRANES);
    expect(pick('cranes')).toEqual(CRANES);
  });

  it('lab play --strategy prints 10 yuan a table, and cranes losing fewer tables (7.98) than no-cranes (11.07)', () => {
    const run = (id: string) => {
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/haidilao-wait.yaml', '--strategy', id], { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      return JSON.parse(cli.stdout) as { metrics: Record<string, number>; scores: { dimensions: Record<string, number> } };
    };
    const cranes = run('cranes');
    const noCranes = run('no-cranes');
    expect(cranes.metrics.discountPerTable).toBe(10);
    expect(noCranes.metrics.discountPerTable).toBe(10);
    expect(cranes.metrics.tablesLost).toBeCloseTo(60 * (1 - STAY_CRANES), 10);
    expect(noCranes.metrics.tablesLost).toBeCloseTo(60 * (1 - STAY_NO_CRANES), 10);
    expect(cranes.metrics.tablesLost).toBeLessThan(noCranes.metrics.tablesLost!);
    expect(cranes.metrics.costPerTableKept).toBeCloseTo(77.16, 2);
    expect(noCranes.metrics.costPerTableKept).toBeCloseTo(44.78, 2);
    // Both guess 20 tables and say the cranes pay: 35 + 30 + 35 × (1 − |ln(20 / 19.781)|) = 99.6.
    expect(cranes.scores.dimensions.insight).toBeCloseTo(65 + 35 * (1 - Math.abs(Math.log(20 / (60 * (1 - STAY_TICKET))))), 1);
  });
});
