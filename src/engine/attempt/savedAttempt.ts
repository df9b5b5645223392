// The saved attempt: what the store keeps of an attempt in progress (in its `snapshot`
// field) and what export files carry. Versioned plain JSON that the engine owns; the
// machine's own persisted snapshot is never stored again (see readSaved.ts for the old one).
import type { Answers } from '../answers.ts';
import type { PlayContext } from '../machine/context.ts';

/** Bump when SavedAttempt changes, and teach readSaved.ts to migrate the previous shape. */
export const ATTEMPT_FORMAT_VERSION = 1;

export interface SavedAttempt {
  formatVersion: typeof ATTEMPT_FORMAT_VERSION;
  scenarioId: string;
  /** The case version the attempt was last checked against. */
  scenarioVersion: number;
  seed: number;
  /** The attempt's parameters (scored). */
  params: Record<string, number>;
  answers: Answers;
  /** The step the learner is on. */
  step: string;
  /** Steps left behind, most recent last. */
  trail: string[];
  /** On an allocate step: true while a round waits for its shares. */
  roundOpen: boolean;
  /** Values moved in the current sandbox step (never scored). */
  explore: Record<string, number>;
  finished: boolean;
}

/** The saved form of a machine state: `step` is the state's value, the rest its context. */
export function encodeAttempt(state: { value: unknown; context: PlayContext }): SavedAttempt {
  const c = state.context;
  return {
    formatVersion: ATTEMPT_FORMAT_VERSION,
    scenarioId: c.scenarioId,
    scenarioVersion: c.scenarioVersion,
    seed: c.seed,
    params: { ...c.params },
    answers: structuredClone(c.answers),
    step: String(state.value),
    trail: [...c.trail],
    roundOpen: c.roundOpen,
    explore: { ...c.explore },
    finished: c.finished,
  };
}
