// A decoded attempt (attempt/index.ts) as a state of the case's machine, to start an actor
// from: the codec has already checked the step and rebuilt the context by replay.
import type { PlayContext } from './context.ts';
import type { ScenarioMachine } from './compile.ts';

export function restoredState(machine: ScenarioMachine, attempt: { step: string; context: PlayContext }) {
  return machine.resolveState({ value: attempt.step, context: attempt.context });
}
