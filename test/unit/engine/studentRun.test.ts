// The learner's run beside the case's strategies: the answers go back into the decisions
// format, and replayed under the attempt's seed they give exactly the attempt's own scores.
import { expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { evaluateContext } from '../../../src/engine/machine/context.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { answersAsDecisions, compareWithStrategies } from '../../../src/engine/studentRun.ts';
import { coffee } from '../../component/player/fixtures.ts';

const YOU = { en: 'Your run', 'zh-CN': '你的方案' };

function attempt(seed: number) {
  const p = coffee();
  const actor = createActor(createScenarioMachine(p), { input: { seed } }).start();
  for (const event of [
    { type: 'NEXT' }, { type: 'CHOOSE', option: 'discount' }, { type: 'NEXT' },
    { type: 'SUBMIT', value: 300 }, { type: 'NEXT' },
    { type: 'CHOOSE', option: ['behaviour', 'everyone'] }, { type: 'NEXT' },
    { type: 'SUBMIT', allocation: { card: 0.5, service: 0.5 } }, { type: 'NEXT_ROUND' },
    { type: 'SUBMIT', allocation: { card: 0.9, service: 0.1 } },
  ] as const) actor.send(event as never);
  const context = actor.getSnapshot().context;
  actor.stop();
  return { p, context };
}

test('answers become decisions: single choice as an id, multiple as a list, one entry per round', () => {
  const { p, context } = attempt(7);
  expect(answersAsDecisions(p, context.answers)).toEqual([
    { step: 'design', choose: 'discount' },
    { step: 'freeCups', estimate: 300 },
    { step: 'why', choose: ['behaviour', 'everyone'] },
    { step: 'budget', allocate: { card: 0.5, service: 0.5 } },
    { step: 'budget', allocate: { card: 0.9, service: 0.1 } },
  ]);
});

test("the learner's run, replayed beside the strategies, scores what the attempt scored", () => {
  const { p, context } = attempt(7);
  const own = summarizeScores(evaluateContext(p, context).scores);
  const comparison = compareWithStrategies(p, context.answers, { seed: context.seed, params: context.params, studentLabel: YOU })!;
  expect(comparison.runs.map((r) => r.id)).toEqual(['you', 'stamp-and-service', 'no-card', 'discount-for-all']);
  expect(comparison.runs[0]!.scores).toEqual(own);
  expect(comparison.runs[0]!.label).toEqual(YOU);
  // The best alternative is the strategy with the highest total, and its gap to the learner.
  const others = comparison.runs.slice(1);
  const best = others.reduce((a, b) => (b.scores.total > a.scores.total ? b : a));
  expect(comparison.bestAlternative).toMatchObject({ id: best.id, total: best.scores.total });
  expect(comparison.bestAlternative!.deltaToStudent).toBeCloseTo(best.scores.total - own.total, 1);
  expect(comparison.seed).toBe(7);
});
