// The events a scenario actor accepts. The UI sends them; the store logs them; replaying
// the log from the same seed rebuilds the same attempt.
export type PlayEvent =
  /** Answer the current choice step: one option id, or several for a multiple choice. */
  | { type: 'CHOOSE'; option: string | string[] }
  /** Answer the current estimate step (value) or allocate step (allocation: shares summing to 1). */
  | { type: 'SUBMIT'; value?: number; allocation?: Record<string, number> }
  /** Move a parameter inside a sandbox step (exploration only; scoring keeps the attempt's parameters). */
  | { type: 'SET_PARAM'; name: string; value: number }
  /** Leave the current step forward (refused until the step is answered, every round played). */
  | { type: 'NEXT' }
  /** On an allocate step with rounds: open the next round after a round's results. */
  | { type: 'NEXT_ROUND' }
  | { type: 'BACK' }
  /** Start the attempt over from the first step, optionally with a new seed. */
  | { type: 'RESET'; seed?: number };

