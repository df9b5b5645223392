// The preview keeps its place across edits when the answers still fit the edited case, takes
// the new parameter defaults at once, and starts over when the place no longer exists.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createActor } from 'xstate';
import { expect, test } from 'vitest';
import { encodeAttempt, type SavedAttempt } from '../../../src/engine/attempt/index.ts';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { restoredActor } from '../../../src/engine/machine/restore.ts';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { carryAttempt } from '../../../src/ui/author/previewCarry.ts';

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');

function prepare(text: string): PreparedScenario {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return prepareScenario(loaded.scenario);
}

/** The saved attempt after: next, choose stamp, next (now at the estimate step). */
function savedAtEstimate(p: PreparedScenario): SavedAttempt {
  const actor = createActor(createScenarioMachine(p), { input: { seed: 1 } }).start();
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'CHOOSE', option: 'stamp' });
  actor.send({ type: 'NEXT' });
  expect(actor.getSnapshot().value).toBe('freeCups');
  return encodeAttempt(actor.getSnapshot());
}

const before = prepare(COFFEE);
const saved = savedAtEstimate(before);

test('an edit to a text keeps the place and the answers', () => {
  const edited = prepare(COFFEE.replace('en: Estimate', 'en: Estimate the cups'));
  const carried = carryAttempt(edited, saved)!;
  expect(carried.step).toBe('freeCups');
  expect(carried.context.answers.choices).toEqual({ design: ['stamp'] });
  // And the machine of the edited case takes it.
  const actor = restoredActor(createScenarioMachine(edited), carried).start();
  expect(actor.getSnapshot().value).toBe('freeCups');
});

test('a new parameter default shows at once', () => {
  const edited = prepare(COFFEE.replace(/(cupPrice:\n(?:.*\n){2}) {4}default: 20/, '$1    default: 25'));
  expect(edited.scenario.parameters?.cupPrice?.default).toBe(25);
  expect(carryAttempt(edited, saved)!.context.params.cupPrice).toBe(25);
});

test('a new id is taken into the carried context', () => {
  const edited = prepare(COFFEE.replace('id: coffee-card-example', 'id: my-copy'));
  expect(carryAttempt(edited, saved)!.context.scenarioId).toBe('my-copy');
});

test.each([
  { name: 'the current step was renamed', edit: (t: string) => t.replaceAll('freeCups', 'cupsGivenAway') },
  { name: 'the chosen option is gone', edit: (t: string) => t.replace(/- id: stamp$/m, '- id: stamps').replace(/default: stamp$/m, 'default: stamps').replace('design.stamp +', 'design.stamps +').replace('choose: stamp }', 'choose: stamps }') },
])('starts over when $name', ({ edit }) => {
  const edited = prepare(edit(COFFEE));
  expect(carryAttempt(edited, saved)).toBeNull();
});

test('nothing to carry from no attempt, or one claiming the debrief without its answers', () => {
  expect(carryAttempt(before, null)).toBeNull();
  expect(carryAttempt(before, { ...saved, step: 'debrief', finished: true })).toBeNull();
});
