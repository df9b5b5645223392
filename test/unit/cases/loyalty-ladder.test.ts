// The flagship case "the customer-loyalty ladder" (scenarios/loyalty-ladder.yaml): what it
// declares, what a switching-cost plan and a balanced plan lead to, and that the CLI agrees.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../src/engine/answers.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { LeverValues, ladderFlowsForQuarter, ladderModel } from '../../../src/engine/models/ladder.ts';
import { playHeadless, type DecisionEntry, type HeadlessResult } from '../../../src/engine/play.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import type { AllocateStep } from '../../../src/engine/scenario/schema.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';

const root = join(import.meta.dirname, '../../..');
const scenarioFile = 'scenarios/loyalty-ladder.yaml';
const fixture = (name: string) => `test/unit/cases/ladder-${name}.json`;
const decisions = (name: string) => JSON.parse(readFileSync(join(root, fixture(name)), 'utf8')) as DecisionEntry[];

const loaded = loadScenario(readFileSync(join(root, scenarioFile), 'utf8'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const scenario = loaded.scenario;
const p = prepareScenario(scenario);
const play = (name: string, seed = 1) => playHeadless(p, { seed, decisions: decisions(name) });
const dimension = (result: HeadlessResult, id: string) => summarizeScores(result.evaluation.scores).dimensions[id];

const balancedShares = { attract: 0.2, needs: 0.3, club: 0.2, employees: 0.2, rewards: 0.1 };
const requiredMetrics = {
  profit: 'money', revenue: 'money', advocates: 'people', core: 'people', repeat: 'people', lost: 'people',
  population: 'people', referred: 'people', trueLoyalShare: 'percent', spuriousLoyalShare: 'percent', churnAtShock: 'percent',
};

describe('the loyalty-ladder scenario declares', () => {
  it('the ladder model, fed by the repeating allocate step `quarter` with the six levers', () => {
    expect(scenario.model).toEqual({ type: 'ladder', settings: { allocateStep: 'quarter' } });
    const quarter = p.steps.get('quarter') as AllocateStep;
    expect(quarter).toMatchObject({ kind: 'allocate', rounds: 'rounds', budget: 'budget' });
    expect(quarter.options.map((o) => o.id)).toEqual([...LeverValues]);
    for (const option of quarter.options) expect(option.description?.en && option.description['zh-CN']).toBeTruthy();
    expect(scenario.steps.map((s) => `${s.id}:${s.kind}`)).toEqual([
      'story:narrative', 'quarter:allocate', 'types:choice', 'worth:choice', 'lookBack:sandbox', 'debrief:debrief',
    ]);
  });

  it('every metric the case needs, read from the model, with its format', () => {
    for (const [name, format] of Object.entries(requiredMetrics)) {
      expect(scenario.metrics?.[name], name).toMatchObject({ formula: `model.${name}`, format });
    }
  });

  it('every model variable as a parameter with the model’s range, except population (a metric’s name)', () => {
    const parameters = scenario.parameters ?? {};
    const variables = ladderModel.variables.filter((v) => v.name !== 'population');
    expect(Object.keys(parameters)).toEqual(variables.map((v) => v.name));
    for (const v of variables) {
      expect(parameters[v.name], v.name).toMatchObject({ default: v.default, min: v.min, max: v.max });
      expect(parameters[v.name]!.step).toBeGreaterThan(0);
      expect(parameters[v.name]!.label.en && parameters[v.name]!.label['zh-CN']).toBeTruthy();
    }
    expect(parameters.flowQuarter).toMatchObject({ default: 0, min: 0, max: 20, step: 1 });
  });

  it('the five charts on their model series', () => {
    expect(scenario.charts?.map((c) => [c.id, c.kind, c.series])).toEqual([
      ['rungs', 'stackedArea', 'rungs'], ['profit', 'line', 'profit'], ['quadrant', 'quadrant', 'quadrant'],
      ['flows', 'sankey', 'flows'], ['types', 'bar', 'types'],
    ]);
    expect(p.steps.get('quarter')?.charts).toEqual(['rungs', 'profit', 'quadrant']);
  });

  it('no word of the shock before it comes', () => {
    for (const id of ['story', 'quarter']) {
      const step = p.steps.get(id)!;
      const text = JSON.stringify([step.title, step.body, step.kind === 'allocate' ? step.options : null]);
      expect(text, id).not.toMatch(/shock|rival|barrier|冲击|对手|壁垒/i);
    }
  });
});

describe('switching costs against a balanced plan (seed 1)', () => {
  const balanced = play('balanced');
  const switching = play('switching');
  const m = (result: HeadlessResult) => result.evaluation.metrics as Record<keyof typeof requiredMetrics, number>;

  it('switching buys spurious loyalty that the shock takes away, and costs ethics', () => {
    expect(m(switching).spuriousLoyalShare).toBeGreaterThan(m(balanced).spuriousLoyalShare + 0.3);
    expect(m(switching).churnAtShock).toBeGreaterThan(m(balanced).churnAtShock + 0.2);
    expect(dimension(switching, 'ethics')).toBe(0);
    expect(dimension(balanced, 'ethics')).toBe(100);
  });

  it('the balanced plan has more advocates and a far better relationship', () => {
    expect(m(balanced).advocates).toBeGreaterThan(10 * m(switching).advocates);
    expect(dimension(balanced, 'relationship')).toBe(86);
    expect(dimension(switching, 'relationship')).toBe(4.7);
    expect(summarizeScores(switching.evaluation.scores)).toEqual({
      dimensions: { value: 64.6, relationship: 4.7, ethics: 0, insight: 100 }, total: 42.3, grade: 'D',
    });
  });

  it('gives these numbers for the balanced plan (the model doc’s table: 586,292 yuan, 137 advocates)', () => {
    const metrics = m(balanced);
    const expected = {
      profit: 586291.572, revenue: 986291.572, advocates: 137.148, core: 228.731, repeat: 650.199, lost: 1263.407,
      population: 10035.074, referred: 35.074, trueLoyalShare: 0.22979, spuriousLoyalShare: 0.15767, churnAtShock: 0.36619,
    };
    expect(Object.keys(metrics)).toEqual(Object.keys(expected));
    for (const [name, value] of Object.entries(expected)) expect(metrics[name as keyof typeof expected], name).toBeCloseTo(value, 3);
    expect(metrics.population).toBeCloseTo(10000 + metrics.referred, 9);
    expect(summarizeScores(balanced.evaluation.scores)).toEqual({
      dimensions: { value: 79.3, relationship: 86, ethics: 100, insight: 100 }, total: 91.3, grade: 'A',
    });
    expect(balanced.path).toEqual(['story', 'quarter', 'types', 'worth', 'lookBack', 'debrief']);
  });

  it('explains each score by its terms', () => {
    const terms = balanced.evaluation.scores.dimensions.map((d) => [d.id, d.terms.map((t) => t.points)]);
    expect(terms).toEqual([['value', [50, 29.3]], ['relationship', [46, 40]], ['ethics', [100, 0]], ['insight', [50, 50]]]);
    const ethics = switching.evaluation.scores.dimensions.find((d) => d.id === 'ethics')!;
    expect(ethics.terms.map((t) => t.points)).toEqual([100, -105]);
    expect(ethics.feedback.en).toMatch(/hostages/);
  });

  it('is the same for any seed (the case runs the model in expected-value mode)', () => {
    expect(play('balanced', 7).evaluation.metrics).toEqual(m(balanced));
  });
});

describe('a decisions file with fewer entries than quarters', () => {
  const result = play('two-entries');
  it('repeats its last entry: the model sees 8 quarters, the first one all on attract', () => {
    const submitted = result.events.flatMap((e) => (e.type === 'SUBMIT' && 'allocation' in e && e.allocation ? [e.allocation] : []));
    expect(submitted).toEqual([{ attract: 1 }, ...Array.from({ length: 7 }, () => balancedShares)]);
    expect(result.evaluation.model?.outputs.quarters).toBe(8);
    const direct = ladderModel.run({
      settings: {}, vars: {}, mode: 'expected', random: createRandom(1),
      decisions: { choices: {}, estimates: {}, allocations: { quarter: submitted } },
    });
    expect(result.evaluation.metrics.profit).toBe(direct.outputs.profit);
    expect(result.evaluation.metrics.profit).toBeCloseTo(980245.454, 3);
    expect(result.path).toEqual(['story', 'quarter', 'types', 'worth', 'lookBack', 'debrief']);
  });

  it('scores the check by accuracy: 3 of 5 statements right, and a wrong single choice earns nothing', () => {
    const insight = result.evaluation.scores.dimensions.find((d) => d.id === 'insight')!;
    // 50·3/5 = 30; the single choice was answered wrongly: 0 (it once counted the unchosen
    // wrong option as "right" and showed +16.7).
    expect(insight.terms.map((t) => t.points)).toEqual([30, 0]);
    expect(insight.score).toBe(30);
  });
});

describe('the flowQuarter parameter', () => {
  it('lets the sandbox show the shock quarter’s flows instead of the last quarter’s', () => {
    const answers = { ...emptyAnswers(), allocations: { quarter: Array.from({ length: 8 }, () => ({ switching: 0.7, attract: 0.3 })) } };
    const params = Object.fromEntries(Object.entries(scenario.parameters!).map(([name, spec]) => [name, spec.default]));
    const flows = (flowQuarter: number) => evaluate(p, { params: { ...params, flowQuarter }, answers, seed: 1 }).model!.series.flows;
    const input = { settings: {}, vars: {}, mode: 'expected' as const, random: createRandom(1), decisions: { choices: {}, estimates: {}, allocations: answers.allocations } };
    expect(flows(6)).toEqual(ladderFlowsForQuarter(input, 6));
    expect(flows(0)).toEqual(ladderFlowsForQuarter(input, 8));
  });
});

describe('the CLI', { timeout: 60_000 }, () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  it.each(['balanced', 'switching'])('prints the same JSON as headless play for the %s plan', (name) => {
    const run = spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', scenarioFile, '--decisions', fixture(name)], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = play(name);
    const scores = summarizeScores(result.evaluation.scores);
    expect(JSON.parse(run.stdout)).toEqual({
      scenario: 'loyalty-ladder', seed: 1, params: result.params, metrics: result.evaluation.metrics,
      scores: { dimensions: scores.dimensions, total: scores.total, grade: scores.grade }, path: result.path,
    });
  });
});
