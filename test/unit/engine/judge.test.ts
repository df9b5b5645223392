// Answer keys from the learner's own run (test/fixtures/run-dependent-key.yaml): "did revenue
// rise?" is right or wrong depending on the plan chosen before it, read at that step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playDecisions } from '../../../src/engine/play.ts';
import { judgeChoice } from '../../../src/engine/judge.ts';
import type { DecisionEntry } from '../../../src/engine/decisions.ts';
import { MINIMAL } from './fixtures.ts';

const root = join(import.meta.dirname, '../../..');
const text = readFileSync(join(root, 'test/fixtures/run-dependent-key.yaml'), 'utf8');
const loaded = loadScenario(text);
if (!loaded.ok) throw new Error('fixture invalid');
const p = prepareScenario(loaded.scenario);

function run(decisions: DecisionEntry[]) {
  const r = playDecisions(p, decisions, { seed: 1 });
  const input = { params: r.params, answers: answersOf(decisions), seed: 1 };
  return { r, judged: judgeChoice(p, input, 'rose')! };
}
/** The answers these decisions record (each step once, in the case's order). */
function answersOf(decisions: DecisionEntry[]) {
  const choices = Object.fromEntries(decisions.map((d) => [d.step, [d.choose!].flat()]));
  return { choices, estimates: {}, allocations: {}, order: ['plan', 'rose', 'late'] };
}

describe('a formula answer key', () => {
  it('marks "it rose" right after keeping the customers: revenue 10·(1 + 1) = 20 > 10', () => {
    const { r, judged } = run([{ step: 'plan', choose: 'keep' }, { step: 'rose', choose: 'yes' }, { step: 'late', choose: 'boost' }]);
    expect(judged.options.map((o) => [o.id, o.chosen, o.correct])).toEqual([['yes', true, true], ['no', false, false]]);
    expect(judged.options[0]!.feedback?.en).toBe('Right: you kept the customers, and revenue is twice the price.');
    expect(judged.accuracy).toBe(1);
    expect(r.evaluation.scores.dimensions[0]!.score).toBe(100);
  });

  it('marks the same answer wrong after dropping them, read at that step and not after the later boost', () => {
    const { r, judged } = run([{ step: 'plan', choose: 'drop' }, { step: 'rose', choose: 'yes' }, { step: 'late', choose: 'boost' }]);
    // At "rose": kept 0, revenue 10, not > 10. At the end: kept 0 + 5 → revenue 60 (would be "right").
    expect(r.evaluation.metrics.revenue).toBe(60);
    expect(judged.options.map((o) => [o.id, o.chosen, o.correct])).toEqual([['yes', true, false], ['no', false, true]]);
    expect(judged.options[0]!.feedback?.en).toBe('Not so: you let them go, and revenue did not move.');
    // A wrong single choice earns nothing.
    expect(judged.accuracy).toBe(0);
    expect(r.evaluation.scores.dimensions[0]!.score).toBe(0);
  });

  it('scores "it did not" right in that second run', () => {
    const { r } = run([{ step: 'plan', choose: 'drop' }, { step: 'rose', choose: 'no' }, { step: 'late', choose: 'rest' }]);
    expect(r.evaluation.scores.dimensions[0]!.score).toBe(100);
  });
});

describe('a fixed key', () => {
  it('gives a wrong single choice no points (it used to count the unchosen wrong options)', () => {
    const loadedMin = loadScenario(MINIMAL);
    if (!loadedMin.ok) throw new Error('minimal invalid');
    const q = prepareScenario(loadedMin.scenario);
    // insight = 100·accuracy(pick); "drop" is wrong (keep is the key): 0, not 100·1/2.
    const insight = (choose: string) => playDecisions(q, [{ step: 'pick', choose }], { seed: 1 }).evaluation.scores.dimensions[1]!.score;
    expect(insight('drop')).toBe(0);
    expect(insight('keep')).toBe(100);
  });
});

describe('validation of run-dependent keys', () => {
  it.each([
    { field: 'correct: revenue > price', broken: 'correct: revenu > price', path: 'steps[2].options[0].correct' },
    { field: '- when: revenue > price', broken: '- when: revenue >> price', path: 'steps[2].options[0].feedback[0].when' },
  ])('points at a broken formula in $path', ({ field, broken, path }) => {
    const result = loadScenario(text.replace(field, broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(formatIssue('f', result.issues[0]!, 'en')).toMatch(new RegExp(`^f:\\d+:\\d+: ${path.replace(/[[\].]/g, '\\$&')}: `));
  });
});
