// Issue 5, "Mrs. Smith walks away": the case file's figures by hand (defaults, Timm's preset,
// slider combinations), its rubric (guess, diagnosis, recovery), and the CLI printing the same.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playHeadless, type DecisionEntry } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { CASCADE_PRESETS, cascadeVariables } from '../../../src/engine/models/cascade.ts';

const root = join(import.meta.dirname, '../../..');
const FILE = 'scenarios/mrs-smith-lost-value.yaml';
const loaded = loadScenario(readFileSync(join(root, FILE), 'utf8'));
if (!loaded.ok) throw new Error(`${FILE} is invalid: ${JSON.stringify(loaded.issues)}`);
const scenario = loaded.scenario;
const p = prepareScenario(scenario);

/** What `lab play` prints, computed in-process: preset values first, then explicit params. */
function play(run: { seed?: number; preset?: string; params?: Record<string, number>; decisions?: DecisionEntry[] } = {}) {
  const seed = run.seed ?? 1;
  const preset = run.preset === undefined ? {} : scenario.presets?.[run.preset]?.values;
  if (!preset) throw new Error(`no preset ${run.preset}`);
  const result = playHeadless(p, { seed, params: { ...preset, ...run.params }, decisions: run.decisions });
  const scores = summarizeScores(result.evaluation.scores);
  return {
    printed: {
      scenario: scenario.id,
      seed,
      params: result.params,
      metrics: result.evaluation.metrics,
      scores: { dimensions: scores.dimensions, total: scores.total, grade: scores.grade },
      path: result.path,
    },
    metrics: result.evaluation.metrics,
    scores: scores.dimensions,
    /** Each term's points (rounded to 0.1 like the engine), by dimension id. */
    terms: Object.fromEntries(result.evaluation.scores.dimensions.map((d) => [d.id, d.terms.map((t) => t.points)])),
    issues: result.evaluation.issues,
  };
}

const ALL_FAILURES = ['refused-requests', 'chatting-cashiers', 'id-check', 'no-thanks'];
const decide = (guess: number, diagnose: string[] = ALL_FAILURES, recover = 'do-nothing'): DecisionEntry[] => [
  { step: 'diagnose', choose: diagnose },
  { step: 'guess', estimate: guess },
  { step: 'recover', choose: recover },
];

describe('mrs-smith-lost-value: the figures', () => {
  it('declares every cascade variable as a parameter, with the model default and range', () => {
    expect(Object.keys(scenario.parameters ?? {}).sort()).toEqual(cascadeVariables.map((v) => v.name).sort());
    for (const v of cascadeVariables) {
      expect(scenario.parameters?.[v.name], v.name).toMatchObject({ default: v.default, min: v.min, max: v.max });
    }
  });

  it('ships the model presets exactly (CASCADE_PRESETS)', () => {
    expect(scenario.presets?.textbook?.values).toEqual(CASCADE_PRESETS.textbook);
    expect(scenario.presets?.['timm-original']?.values).toEqual(CASCADE_PRESETS['timm-original']);
  });

  it('plays the textbook defaults: $26,000 of her own, 30–60 affected, 7.5–15 lost, $221,000–$416,000', () => {
    const run = play();
    expect(run.metrics).toMatchObject({
      directLoss: 26000,
      affectedLow: 30,
      affectedHigh: 60,
      lostCustomersLow: 7.5,
      lostCustomersHigh: 15,
      totalLossLow: 221000,
      totalLossHigh: 416000,
      // (195,000 + 390,000) / 2, and 26,000 + 292,500.
      wordOfMouthLossMid: 292500,
      lossAtStake: 318500,
      lossAvoided: 0,
    });
    expect(run.printed.path).toEqual(['story', 'diagnose', 'guess', 'explore', 'recover', 'debrief']);
    expect(run.issues).toEqual([]);
  });

  it("plays Timm's own arithmetic under the preset: 442,000 rounded, 435,500 not", () => {
    const { metrics } = play({ preset: 'timm-original' });
    // She is one of the people: 1 + 11 + 55 = 67 affected; a quarter is 16.75, rounded to 17; 17 × 26,000.
    expect(metrics).toMatchObject({ affectedLow: 67, affectedHigh: 67, lostCustomersLow: 17, lostCustomersHigh: 17 });
    expect(metrics.totalLossLow).toBe(442000);
    expect(metrics.totalLossHigh).toBe(442000);
    // Unrounded: 16.75 × 26,000 = 435,500.
    const unrounded = play({ preset: 'timm-original', params: { roundPeople: 0 } }).metrics;
    expect(unrounded.lostCustomersLow).toBe(16.75);
    expect(unrounded.totalLossLow).toBe(435500);
    // The loss a recovery could save is that total: she is inside the 67, not added again.
    expect(metrics.lossAtStake).toBe(442000);
  });

  it('shows the profit lost beside the sales lost: 25% of 221,000 and 416,000', () => {
    const { metrics } = play();
    expect([metrics.profitLossLow, metrics.profitLossHigh]).toEqual([55250, 104000]);
    // The ceiling: 20 told, all swayed: 20 + 100 = 120 affected, 30 lost; 30 × 26,000 + 26,000.
    expect(metrics.totalLossCeiling).toBe(806000);
  });

  it('discounts her spending at 5% over 3 years: 2600/1.05 + 2600/1.05² + 2600/1.05³', () => {
    const { metrics } = play({ params: { discountRate: 0.05, years: 3 } });
    const direct = 2600 / 1.05 + 2600 / 1.05 ** 2 + 2600 / 1.05 ** 3; // ≈ 7,080.45
    expect(metrics.directLoss).toBeCloseTo(direct, 6);
    // Low end: herself + 7.5 lost customers worth the same; high end: herself + 15.
    expect(metrics.totalLossLow).toBeCloseTo(8.5 * direct, 6);
    expect(metrics.totalLossHigh).toBeCloseTo(16 * direct, 6);
  });

  const paramCases: { name: string; params: Record<string, number>; expected: Record<string, number> }[] = [
    {
      name: 'only the second circle counted',
      params: { countFirstCircle: 0 },
      // 25–50 affected, a quarter lost: 6.25–12.5; 26,000 + 6.25 × 26,000 and 26,000 + 12.5 × 26,000.
      expected: { affectedLow: 25, affectedHigh: 50, lostCustomersLow: 6.25, lostCustomersHigh: 12.5, totalLossLow: 188500, totalLossHigh: 351000 },
    },
    {
      name: "Timm's 11 told, rounded, she not among the counted but added on top",
      params: { toldLow: 11, toldHigh: 11, influencedShare: 1, roundPeople: 1 },
      // 66 affected → 16.5 → 17 lost; 26,000 + 17 × 26,000.
      expected: { affectedLow: 66, lostCustomersLow: 17, totalLossLow: 468000, totalLossHigh: 468000 },
    },
    {
      name: '$60 a week and half of the affected lost',
      params: { weeklySpend: 60, lostShare: 0.5 },
      // 60 × 52 × 10 = 31,200; 15–30 lost; 31,200 × 16 and 31,200 × 31.
      expected: { directLoss: 31200, lostCustomersLow: 15, lostCustomersHigh: 30, totalLossLow: 499200, totalLossHigh: 967200 },
    },
    {
      name: 'rounded people, her own spend left out',
      params: { roundPeople: 1, includeHerself: 0 },
      // 7.5 → 8 and 15 lost; 8 × 26,000 and 15 × 26,000.
      expected: { lostCustomersLow: 8, lostCustomersHigh: 15, totalLossLow: 208000, totalLossHigh: 390000 },
    },
  ];
  it.each(paramCases)('--param: $name', ({ params, expected }) => {
    expect(play({ params }).metrics).toMatchObject(expected);
  });
});

describe('mrs-smith-lost-value: the rubric', () => {
  // Insight = 50 × accuracy(diagnose) + the guess term; all four failures named gives the first 50.
  it.each([
    { name: 'inside the range', guess: 300000, points: 50 },
    { name: 'at the low end', guess: 221000, points: 50 },
    // 4,160,000 / 806,000 (the ceiling: all swayed) = 5.1613: 50 × (1 − 0.712758) = 14.36.
    { name: 'ten times the high floor', guess: 4160000, points: 14.4 },
    { name: 'ten times the ceiling', guess: 8060000, points: 0 },
    { name: 'a tenth of the low end', guess: 22100, points: 0 },
    { name: 'far too high', guess: 9000000, points: 0 },
    // The textbook's figures are floors: Timm's 442,000 is above them and below the ceiling, 806,000.
    { name: "Timm's 442,000", guess: 442000, points: 50 },
    // 2,210,000 / 806,000 = 2.74194: 50 × (1 − log10 2.74194) = 50 × (1 − 0.438058) = 28.10.
    { name: '2,210,000', guess: 2210000, points: 28.1 },
    // 221,000 / 100,000 = 2.21: 50 × (1 − log10 2.21) = 50 × (1 − 0.344392) = 32.78.
    { name: '100,000 (too low)', guess: 100000, points: 32.8 },
  ])('scores a guess $name: $points points', ({ guess, points }) => {
    const run = play({ decisions: decide(guess) });
    expect(run.terms.insight).toEqual([50, points]);
    expect(run.scores.insight).toBe(Math.round((50 + points) * 10) / 10);
  });

  it('gives 442,000 full marks under the timm-original preset, where both ends are 442,000', () => {
    expect(play({ preset: 'timm-original', decisions: decide(442000) }).terms.insight).toEqual([50, 50]);
  });

  it.each([
    { name: 'all four failures', diagnose: ALL_FAILURES, points: 50 },
    // 6 of 7 options classified right: 50 × 6/7 = 42.857.
    { name: 'all four plus a distractor (prices)', diagnose: [...ALL_FAILURES, 'prices'], points: 42.9 },
    // 2 chosen right + 3 distractors left out: 50 × 5/7 = 35.714.
    { name: 'two failures only', diagnose: ['chatting-cashiers', 'no-thanks'], points: 35.7 },
    { name: 'only the distractors', diagnose: ['prices', 'location', 'range'], points: 0 },
  ])('scores the diagnosis: $name → $points', ({ diagnose, points }) => {
    expect(play({ decisions: decide(300000, diagnose) }).terms.insight).toEqual([points, 50]);
  });

  const recoveries = ['visit-this-week', 'overhaul-first', 'train-cashiers', 'loyalty-card', 'apologise-only', 'coupon', 'do-nothing'];

  it('orders the recoveries from the sincere repair down to silence, in value and in relationship', () => {
    const runs = recoveries.map((recover) => play({ decisions: decide(300000, ALL_FAILURES, recover) }).scores);
    const value = runs.map((s) => s.value!);
    const relationship = runs.map((s) => s.relationship!);
    expect(value).toEqual([...value].sort((a, b) => b - a));
    expect(relationship).toEqual([...relationship].sort((a, b) => b - a));
    expect(new Set(value).size).toBe(recoveries.length);
    expect(new Set(relationship).size).toBe(recoveries.length);
  });

  it('scores the prompt visit exactly', () => {
    const run = play({ decisions: decide(300000, ALL_FAILURES, 'visit-this-week') });
    // Sales saved: 0.5 × 26,000 + 0.4 × 292,500 = 130,000; profit: 0.25 × 130,000 − 300 = 32,200
    // of 0.25 × 318,500 = 79,625 at stake; 200 × 32,200 / 79,625 = 80.88.
    expect(run.metrics.lossAvoided).toBe(130000);
    expect(run.metrics.netProfitSaved).toBe(32200);
    expect(run.scores.value).toBe(80.9);
    // 80 × 0.5 + 50 × 1 = 90.
    expect(run.scores.relationship).toBe(90);
    expect(run.printed.scores).toEqual({ dimensions: { value: 80.9, relationship: 90, insight: 100 }, total: 90.3, grade: 'A' });
  });

  it('does not reward the longest, slowest option most: the overhaul scores below the prompt visit', () => {
    const run = play({ decisions: decide(300000, ALL_FAILURES, 'overhaul-first') });
    // 0.25 × (0.25 × 26,000 + 0.3 × 292,500) − 8,000 = 15,562.5; 200 × 15,562.5 / 79,625 = 39.09.
    expect(run.metrics.netProfitSaved).toBe(15562.5);
    expect(run.scores.value).toBe(39.1);
    // 80 × 0.25 + 50 × 0.8 = 60.
    expect(run.scores.relationship).toBe(60);
  });

  it('scores the generic coupon exactly', () => {
    const run = play({ decisions: decide(300000, ALL_FAILURES, 'coupon') });
    // Saved: 0.05 × 26,000 = 1,300 of sales; 0.25 × 1,300 − 5 = 320 of profit; 200 × 320 / 79,625 = 0.80.
    expect(run.metrics.lossAvoided).toBe(1300);
    expect(run.scores.value).toBe(0.8);
    // 80 × 0.05 + 50 × 0.1 = 9.
    expect(run.scores.relationship).toBe(9);
  });
});

describe('mrs-smith-lost-value: the lab CLI', { timeout: 90_000 }, () => {
  const lab = (...args: string[]) => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const cli = spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', FILE, ...args], { cwd: root, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    return JSON.parse(cli.stdout) as { metrics: Record<string, number>; scores: { dimensions: Record<string, number> } };
  };

  it("gives Timm's 442,000 rounded and 435,500 unrounded, and the textbook's 26,000 and 221,000/416,000", () => {
    expect(lab('--preset', 'timm-original').metrics).toMatchObject({ totalLossLow: 442000, totalLossHigh: 442000 });
    expect(lab('--preset', 'timm-original', '--param', 'roundPeople=0').metrics).toMatchObject({ totalLossLow: 435500, totalLossHigh: 435500 });
    expect(lab('--preset', 'textbook').metrics).toMatchObject({ directLoss: 26000, totalLossLow: 221000, totalLossHigh: 416000 });
  });

  it('lab play --strategy: the prompt visit scores above the long overhaul, which scores above doing nothing', () => {
    const [visit, overhaul, nothing] = ['visit-this-week', 'overhaul-first', 'do-nothing'].map((id) => lab('--strategy', id).scores.dimensions);
    expect(visit!.value).toBeGreaterThan(overhaul!.value!);
    expect(overhaul!.value).toBeGreaterThan(nothing!.value!);
    expect(visit!.relationship).toBeGreaterThan(overhaul!.relationship!);
  });

  it('prints the same JSON as the engine in-process, with the default figures', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const cli = spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', FILE], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const printed: unknown = JSON.parse(cli.stdout);
    expect(printed).toEqual({ ...play().printed, events: [] });
    expect(printed).toMatchObject({
      metrics: { directLoss: 26000, affectedLow: 30, affectedHigh: 60, lostCustomersLow: 7.5, lostCustomersHigh: 15, totalLossLow: 221000, totalLossHigh: 416000 },
      // The defaults: two failures named (35.7), a guess of 50,000 (50 × (1 − log10 4.42) = 17.7), no recovery.
      scores: { dimensions: { value: 0, relationship: 0, insight: 53.4 }, total: 17.8, grade: 'D' },
    });
  });
});
