// A decoded attempt (attempt/index.ts) as an actor of the case's machine, started where it
// was left: the codec has already checked the step and rebuilt the context by replay.
import { createActor } from 'xstate';
import type { PlayContext } from './context.ts';
import type { ScenarioMachine } from './compile.ts';

export function restoredActor(machine: ScenarioMachine, attempt: { step: string; context: PlayContext }) {
  const snapshot = machine.resolveState({ value: attempt.step, context: attempt.context });
  // input is only read by a fresh start; a restored actor keeps the snapshot's context.
  return createActor(machine, { snapshot, input: { seed: attempt.context.seed, params: attempt.context.params } });
}
