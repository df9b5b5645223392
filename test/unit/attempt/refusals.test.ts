// The codec refuses a saved attempt that does not fit its case, with a message in both
// languages, and opens one from another case version with a notice. Each case below
// changes one field of a real saved attempt (test/fixtures/attempts) by hand.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { attemptNoticeMessage, attemptProblemMessage, decodeAttempt, encodeAttempt, normaliseImportedAttempt } from '../../../src/engine/attempt/index.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { shipped } from './shipped.ts';

const read = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/attempts', `${name}.json`), 'utf8')).attempts[0];
const coffee = shipped('coffee-card-example');
const mid = read('coffee-card-example.mid');
const finished = read('coffee-card-example.finished');

/** The mid-case snapshot (at "why", after design = discount, freeCups = 5100) with `change` applied to a copy. */
function midWith(change: (s: any) => void) {
  const snapshot = structuredClone(mid.snapshot);
  change(snapshot);
  return snapshot;
}

const problemOf = (raw: unknown) => {
  const decoded = decodeAttempt(raw, coffee);
  return decoded.ok ? null : decoded.problem;
};

test.each([
  ['not an object', () => 42, { code: 'not-an-attempt' }],
  ['a stopped actor', () => midWith((s) => (s.status = 'done')), { code: 'not-active' }],
  ['an unknown step', () => midWith((s) => (s.value = 'nowhere')), { code: 'unknown-step', params: { step: 'nowhere' } }],
  ['an unknown option', () => midWith((s) => (s.context.answers.choices.design = ['free-coffee'])), { code: 'bad-answer', params: { step: 'design' } }],
  ['two options for a single choice', () => midWith((s) => (s.context.answers.choices.design = ['stamp', 'discount'])), { code: 'bad-answer', params: { step: 'design' } }],
  ['an estimate above its max (10000)', () => midWith((s) => (s.context.answers.estimates.freeCups = 10001)), { code: 'bad-answer', params: { step: 'freeCups' } }],
  ['an estimate that is not a number', () => midWith((s) => (s.context.answers.estimates.freeCups = '5100')), { code: 'bad-field', params: { field: 'answers' } }],
  ['a parameter that is not a number', () => midWith((s) => (s.context.params.customers = 'many')), { code: 'param-value', params: { name: 'customers' } }],
  ['a parameter out of its range (50..5000)', () => midWith((s) => (s.context.params.customers = 5001)), { code: 'param-value', params: { name: 'customers' } }],
  ['an unknown parameter', () => midWith((s) => (s.context.params.ghost = 1)), { code: 'unknown-param', params: { name: 'ghost' } }],
  ['trail null', () => midWith((s) => (s.context.trail = null)), { code: 'bad-field', params: { field: 'trail' } }],
  ['a trail that skips a step', () => midWith((s) => (s.context.trail = ['story', 'freeCups'])), { code: 'path', params: { from: 'story', to: 'freeCups' } }],
  ['a trail past an unanswered step', () => midWith((s) => {
    s.context.answers.estimates = {};
    s.context.answers.order = ['design'];
  }), { code: 'left-unanswered', params: { step: 'freeCups' } }],
  ['an answer missing from the order', () => midWith((s) => (s.context.answers.order = ['design'])), { code: 'bad-answer', params: { step: 'freeCups' } }],
  ['the debrief without answers', () => midWith((s) => {
    s.value = 'debrief';
    s.context.finished = true;
    s.context.trail = ['story', 'design', 'freeCups', 'why', 'budget', 'explore'];
  }), { code: 'left-unanswered', params: { step: 'why' } }],
  ['the debrief, not finished', () => {
    const s = structuredClone(finished.snapshot);
    s.context.finished = false;
    return s;
  }, { code: 'debrief-unfinished' }],
  ['a closed round at a choice step', () => midWith((s) => (s.context.roundOpen = false)), { code: 'round-state', params: { step: 'why' } }],
  ['an explored value outside a sandbox step', () => midWith((s) => (s.context.explore = { cupPrice: 30 })), { code: 'explore-value', params: { name: 'cupPrice' } }],
  ['another case', () => midWith((s) => (s.context.scenarioId = 'loyalty-ladder')), { code: 'other-case', params: { id: 'loyalty-ladder' } }],
  ['a newer format', () => ({ ...encodeAttempt({ value: mid.snapshot.value, context: mid.snapshot.context }), formatVersion: 2 }), { code: 'newer-format', params: { version: 2 } }],
  ['a seed that is not a whole number', () => midWith((s) => (s.context.seed = 1.5)), { code: 'bad-field', params: { field: 'seed' } }],
])('refuses %s', (_, make, expected) => {
  expect(problemOf(make())).toEqual(expected);
});

test('the refusal reads in both languages', () => {
  const problem = problemOf(midWith((s) => (s.value = 'nowhere')))!;
  expect(attemptProblemMessage(problem, 'en')).toBe('This saved attempt cannot be continued: the case has no step “nowhere”.');
  expect(attemptProblemMessage(problem, 'zh-CN')).toBe('这次保存的练习无法继续：案例中没有步骤“nowhere”。');
});

test('an explored value at a sandbox step is kept when settable and in range', () => {
  const snapshot = structuredClone(finished.snapshot);
  snapshot.value = 'explore';
  snapshot.context.finished = false;
  snapshot.context.trail = snapshot.context.trail.slice(0, -1);
  snapshot.context.explore = { cupPrice: 30 };
  const decoded = decodeAttempt(snapshot, coffee);
  expect(decoded.ok && decoded.context.explore).toEqual({ cupPrice: 30 });
  snapshot.context.explore = { cupPrice: 61 }; // max 60
  expect(problemOf(snapshot)).toEqual({ code: 'explore-value', params: { name: 'cupPrice' } });
});

test('an attempt from an older case version opens with a notice; values the case dropped are left out', () => {
  const newer = prepareScenario({ ...coffee.scenario, version: 2 });
  const snapshot = midWith((s) => (s.context.params.ghost = 1));
  const decoded = decodeAttempt(snapshot, newer);
  if (!decoded.ok) throw new Error(decoded.problem.code);
  expect(decoded.step).toBe('why');
  expect(decoded.saved.scenarioVersion).toBe(2);
  expect(decoded.savedVersion).toBe(1);
  expect(decoded.notices).toEqual([
    { code: 'case-version', params: { saved: 1, current: 2 } },
    { code: 'dropped-values', params: { names: 'ghost' } },
  ]);
  expect(attemptNoticeMessage(decoded.notices[0]!, 'en')).toBe('This attempt was saved with version 1 of the case; it now continues in version 2, with your answers kept.');
  expect(attemptNoticeMessage(decoded.notices[0]!, 'zh-CN')).toBe('这次练习保存于案例第 1 版；现在在第 2 版中继续，你的回答都已保留。');
});

test('an imported record: scores are recomputed, fields must agree with the snapshot', () => {
  const record = { ...finished, scores: { dimensions: { value: 100 }, total: 100, grade: 'A' } };
  const checked = normaliseImportedAttempt(record, coffee);
  if (!checked.ok) throw new Error(checked.problem.code);
  expect(checked).toMatchObject({ stepId: 'debrief', finished: true, scores: finished.scores });
  expect(checked.snapshot.formatVersion).toBe(1);
  expect(normaliseImportedAttempt({ ...finished, seed: finished.seed + 1 }, coffee)).toEqual({ ok: false, problem: { code: 'bad-field', params: { field: 'seed' } } });
  expect(normaliseImportedAttempt({ ...mid }, coffee)).toMatchObject({ ok: true, stepId: 'why', finished: false, scores: null });
});
