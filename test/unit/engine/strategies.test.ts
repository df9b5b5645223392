// Strategies (named decision sets): the validator's located errors, headless play of one,
// and the comparison of runs under one seed. Expected figures worked out by hand below.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { compareRuns, evaluateWithDecisions, keyMetrics, strategyDecisions, strategyRuns } from '../../../src/engine/compare.ts';
import { playDecisions, PlayError } from '../../../src/engine/play.ts';
import { MINIMAL, edited } from './fixtures.ts';

const root = join(import.meta.dirname, '../../..');
function coffee() {
  const loaded = loadScenario(readFileSync(join(root, 'scenarios/coffee-card-example.yaml'), 'utf8'));
  if (!loaded.ok) throw new Error('coffee example invalid');
  return prepareScenario(loaded.scenario);
}
function issuesOf(text: string) {
  const result = loadScenario(text);
  return result.ok ? [] : result.issues;
}
const withStrategies = (strategies: unknown[]) => edited((d) => (d.strategies = strategies));
const label = { 'zh-CN': '方案', en: 'Plan' };

describe('strategies: validation', () => {
  it('accepts a valid strategy on the minimal scenario', () => {
    expect(loadScenario(withStrategies([{ id: 'keep-it', label, decisions: [{ step: 'pick', choose: 'keep' }, { step: 'guess', estimate: 40 }] }])).ok).toBe(true);
  });

  it.each([
    { name: 'an unknown step', decisions: [{ step: 'nope', choose: 'keep' }], code: 'strategy-no-such-step', path: 'strategies[0].decisions[0].step' },
    { name: 'an unknown option', decisions: [{ step: 'pick', choose: 'sell' }], code: 'strategy-unknown-option', path: 'strategies[0].decisions[0].choose' },
    { name: 'a list on a single choice', decisions: [{ step: 'pick', choose: ['keep', 'drop'] }], code: 'strategy-single-takes-one', path: 'strategies[0].decisions[0].choose' },
    { name: 'an estimate out of range', decisions: [{ step: 'guess', estimate: 5000 }], code: 'strategy-estimate-range', path: 'strategies[0].decisions[0].estimate' },
    { name: 'a decision on a narrative step', decisions: [{ step: 'intro', choose: 'keep' }], code: 'strategy-no-decision', path: 'strategies[0].decisions[0].step' },
  ])('refuses $name with a located bilingual error', ({ decisions, code, path }) => {
    const issues = issuesOf(withStrategies([{ id: 'bad', label, decisions }]));
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]!.line).toBeGreaterThan(0);
    expect(formatIssue('f.yaml', issues[0]!, 'en')).toContain(`${path}: strategy “bad”`);
    expect(formatIssue('f.yaml', issues[0]!, 'zh-CN')).toContain(`${path}: 方案“bad”`);
  });

  it('refuses shares that do not sum to 1 and a duplicate id', () => {
    const text = MINIMAL.replace('  - id: end\n', `  - id: split
    kind: allocate
    title: { zh-CN: 分配, en: Split }
    options:
      - { id: a, label: { zh-CN: 甲, en: A } }
      - { id: b, label: { zh-CN: 乙, en: B } }
  - id: end
`) + `strategies:
  - id: twice
    label: { zh-CN: 一, en: One }
    decisions: [{ step: split, allocate: { a: 0.5, b: 0.4 } }]
  - id: twice
    label: { zh-CN: 二, en: Two }
    decisions: []
`;
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, formatIssue('f', i, 'en').split(': ')[1]])).toEqual([
      ['strategy-shares-sum', 'strategies[0].decisions[0].allocate'],
      ['duplicate-id', 'strategies[1].id'],
    ]);
    expect(formatIssue('f', issues[0]!, 'en')).toContain('they add up to 0.9');
  });
});

describe('strategies: play and compare (coffee example, default parameters)', () => {
  const p = coffee();

  it('plays a strategy: stamp card, 230 free cups guessed, all three right statements, 20/80 split', () => {
    const result = playDecisions(p, strategyDecisions(p, 'stamp-and-service'), { seed: 1 });
    // stamp: uplift 0.15, freeShare 0.1. cups 500·4·1.15 = 2300; revenue 2300·0.9·20 = 41,400;
    // gross 41,400 − 2300·6 = 27,600; base 2000·14 = 28,000 → change −400.
    expect(result.evaluation.metrics.profitChange).toBe(-400);
    // value 60 − 400/50 = 52; relationship 50·0.8 + 50 = 90; ethics 100;
    // insight 50·1 + 50·(1 − |ln(230/230)|) = 100 → total (52+90+100+100)/4 = 85.5.
    expect(result.evaluation.scores.total).toBe(85.5);
    expect(result.evaluation.scores.grade).toBe('A');
  });

  it('throws a PlayError for an unknown strategy', () => {
    expect(() => strategyDecisions(p, 'nope')).toThrow(PlayError);
  });

  it('compares the learner beside the strategies and names the best alternative', () => {
    const runs = [{ id: 'you', label, decisions: [{ step: 'design', choose: 'discount' }] }, ...strategyRuns(p)];
    const c = compareRuns(p, runs, { seed: 1 });
    expect(c.metrics).toEqual(keyMetrics(p));
    expect(c.metrics).toEqual(['profitChange', 'freeCupsStamp']);
    expect(c.runs.map((r) => r.id)).toEqual(['you', 'stamp-and-service', 'no-card', 'discount-for-all']);
    // discount for all: uplift 0.05 → cups 2100, revenue 37,800, gross 25,200 → −2,800.
    expect(c.runs[0]!.metrics.profitChange).toBe(-2800);
    // you (discount, the other steps at their defaults): value 4; relationship 50·0.5 = 25;
    // ethics 100; insight 50 + 50·(1 − |ln(200/230)|) = 50 + 43.01 → (4+25+100+93.01)/4 = 55.5.
    // no card: 77.5 (see cli.test.ts); discount, everyone: value 4, relationship 0,
    // ethics 100, insight 50·(1/5) + 50 = 60 → 41.
    expect(c.runs.map((r) => r.scores.total)).toEqual([55.5, 85.5, 77.5, 41]);
    expect(c.bestAlternative).toEqual({ id: 'stamp-and-service', label: p.scenario.strategies![0]!.label, total: 85.5, grade: 'A', deltaToStudent: 30 });
  });

  it('evaluates a sandbox with decisions: the same figures as headless play', () => {
    const e = evaluateWithDecisions(p, { cupPrice: 25 }, [{ step: 'design', choose: 'none' }], 3);
    // No card: change 0 whatever the price.
    expect(e.metrics.profitChange).toBe(0);
    // 500·4·(25 − 6) = 38,000.
    expect(e.metrics.baseProfit).toBe(38000);
  });
});
