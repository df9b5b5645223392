// One look at a draft's text, as plain data that can cross to and from a Web Worker: the
// engine's validation (every problem, or the valid scenario) and the helper form's values.
// Parsing YAML dominates the cost (10–30 ms for a flagship case), so the editor runs this
// in a worker (check.worker.ts) and only the cheap preparation stays on the main thread.
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { loadScenario } from '../../engine/scenario/load.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { readEditable, type ReadResult } from './editable.ts';

export interface DraftAnalysis {
  /** The text this analysis belongs to. */
  text: string;
  issues: ScenarioIssue[];
  /** The validated scenario; null while there are problems. */
  scenario: Scenario | null;
  editable: ReadResult;
  /** How long the analysis took where it ran, in milliseconds. */
  ms: number;
}

export function analyseDraft(text: string): DraftAnalysis {
  const started = performance.now();
  const loaded = loadScenario(text);
  return {
    text,
    issues: loaded.ok ? [] : loaded.issues,
    scenario: loaded.ok ? loaded.scenario : null,
    editable: readEditable(text),
    ms: performance.now() - started,
  };
}
