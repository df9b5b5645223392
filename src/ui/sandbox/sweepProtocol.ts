// The messages between the sandbox and its sensitivity worker: the scenario once, then
// sweep requests by id; each answer carries the id of the request it answers.
import type { Scenario } from '../../engine/scenario/schema.ts';
import type { SensitivityResult } from '../../engine/sensitivity.ts';

export interface SweepInput {
  params: Record<string, number>;
  seed: number;
  metric: string;
  /** Sweep hidden parameters too (the panel leaves off those the learner may not see yet). */
  includeHidden?: boolean;
}

export type SweepRequest = { type: 'scenario'; scenario: Scenario } | ({ type: 'sweep'; id: number } & SweepInput);

export type SweepResponse = { id: number; ok: true; result: SensitivityResult } | { id: number; ok: false; message: string };
