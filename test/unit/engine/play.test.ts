// The compiled machine and headless play: the path, the numbers, determinism, and
// a persisted snapshot that continues exactly as the original would.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { evaluateContext } from '../../../src/engine/machine/context.ts';
import { playHeadless, PlayError } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { MINIMAL } from './fixtures.ts';

function prepared(text = MINIMAL): PreparedScenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return prepareScenario(result.scenario);
}

describe('playHeadless', () => {
  it('takes each step default when there are no decisions', () => {
    const result = playHeadless(prepared(), { seed: 1 });
    expect(result.path).toEqual(['intro', 'pick', 'guess', 'end']);
    expect(result.evaluation.metrics).toEqual({ revenue: 20 });
    expect(summarizeScores(result.evaluation.scores)).toEqual({ dimensions: { value: 80, insight: 100 }, total: 86.7, grade: 'A' });
  });

  it('follows the decisions given', () => {
    const result = playHeadless(prepared(), { seed: 1, decisions: [{ step: 'pick', choose: 'drop' }, { step: 'guess', estimate: 12 }] });
    expect(result.evaluation.metrics.revenue).toBe(10);
    expect(summarizeScores(result.evaluation.scores)).toEqual({ dimensions: { value: 40, insight: 0 }, total: 26.7, grade: 'C' });
    expect(result.evaluation.scores.dimensions[0]!.feedback.en).toBe('Poor');
    expect(result.evaluation.scores.dimensions[0]!.terms).toEqual([{ label: { 'zh-CN': '收入', en: 'Revenue' }, points: 40 }]);
  });

  it('uses the parameters given', () => {
    const result = playHeadless(prepared(), { seed: 1, params: { price: 20 } });
    expect(result.evaluation.metrics.revenue).toBe(40);
    expect(result.evaluation.scores.dimensions[0]!.score).toBe(100);
  });

  it.each([
    { name: 'unknown step', decisions: [{ step: 'nope', choose: 'keep' }], message: 'no such step' },
    { name: 'unknown option', decisions: [{ step: 'pick', choose: 'maybe' }], message: 'unknown option "maybe"' },
    { name: 'estimate out of range', decisions: [{ step: 'guess', estimate: 5000 }], message: 'must be a number in 0..1000' },
  ])('refuses a decisions file with an $name', ({ decisions, message }) => {
    expect(() => playHeadless(prepared(), { seed: 1, decisions })).toThrow(PlayError);
    expect(() => playHeadless(prepared(), { seed: 1, decisions })).toThrow(message);
  });
});

describe('the scenario machine', () => {
  it('moves by NEXT, refuses to leave an unanswered step, and goes BACK', () => {
    const p = prepared();
    const actor = createActor(createScenarioMachine(p), { input: { seed: 3 } }).start();
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('pick');
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('pick');
    actor.send({ type: 'CHOOSE', option: 'drop' });
    actor.send({ type: 'CHOOSE', option: 'keep' }); // the first answer stands
    expect(actor.getSnapshot().context.answers.choices).toEqual({ pick: ['drop'] });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('pick');
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SUBMIT', value: 2000 }); // outside 0..1000: refused
    expect(actor.getSnapshot().context.answers.estimates).toEqual({});
    actor.send({ type: 'SUBMIT', value: 7 });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('end');
    expect(actor.getSnapshot().context.finished).toBe(true);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().value).toBe('intro');
    expect(actor.getSnapshot().context.answers.order).toEqual([]);
  });

  it('restores a persisted snapshot that continues exactly as the original', () => {
    const p = prepared();
    const machine = createScenarioMachine(p);
    const original = createActor(machine, { input: { seed: 9 } }).start();
    original.send({ type: 'NEXT' });
    original.send({ type: 'CHOOSE', option: 'keep' });
    const saved = JSON.parse(JSON.stringify(original.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: saved, input: { seed: 9 } }).start();
    for (const actor of [original, restored]) {
      actor.send({ type: 'NEXT' });
      actor.send({ type: 'SUBMIT', value: 30 });
      actor.send({ type: 'NEXT' });
    }
    expect(restored.getSnapshot().value).toBe('end');
    expect(restored.getSnapshot().context).toEqual(original.getSnapshot().context);
    expect(evaluateContext(p, restored.getSnapshot().context).scores).toEqual(evaluateContext(p, original.getSnapshot().context).scores);
  });
});

describe('seeded randomness', () => {
  const withModel = MINIMAL.replace('state:', `model:
  type: cascade
  settings: { samples: 200 }
state:`).replace(`    formula: price * (1 + kept)`, `    formula: price * (1 + kept)
  spread:
    label: { zh-CN: 分布均值, en: Distribution mean }
    formula: model.distMean`);

  it('gives identical output for the same seed and different output for another seed', () => {
    const p = prepared(withModel);
    const a = playHeadless(p, { seed: 11 }).evaluation.metrics;
    const b = playHeadless(p, { seed: 11 }).evaluation.metrics;
    const c = playHeadless(p, { seed: 12 }).evaluation.metrics;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.spread).not.toBe(a.spread);
    expect(c.revenue).toBe(a.revenue); // the deterministic part does not move with the seed
  });
});

it('lets a learner go back into a finished allocate step and leave it again', async () => {
  const { readFileSync } = await import('node:fs');
  const p = prepared(readFileSync(new URL('../../../scenarios/coffee-card-example.yaml', import.meta.url), 'utf8'));
  const actor = createActor(createScenarioMachine(p), { input: { seed: 1 } }).start();
  const send = (...events: Parameters<typeof actor.send>[0][]) => events.forEach((e) => actor.send(e));
  send({ type: 'NEXT' }, { type: 'CHOOSE', option: 'none' }, { type: 'NEXT' }, { type: 'CHOOSE', option: ['best'] }, { type: 'NEXT' });
  send({ type: 'SUBMIT', allocation: { card: 1 } });
  send({ type: 'NEXT' }); // round 2 of 2 remains: leaving is refused, and NEXT opens no round
  expect(actor.getSnapshot().context.roundOpen).toBe(false);
  send({ type: 'NEXT_ROUND' }, { type: 'SUBMIT', allocation: { service: 1 } });
  expect(actor.getSnapshot().can({ type: 'NEXT_ROUND' })).toBe(false);
  send({ type: 'NEXT' });
  expect(actor.getSnapshot().value).toBe('explore');
  send({ type: 'BACK' });
  expect(actor.getSnapshot().value).toBe('budget');
  send({ type: 'SUBMIT', allocation: { card: 1 } }); // all rounds played: refused
  expect(actor.getSnapshot().context.answers.allocations.budget).toHaveLength(2);
  send({ type: 'NEXT' });
  expect(actor.getSnapshot().value).toBe('explore');
});
