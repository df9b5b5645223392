// An analysis made ready for the page: the valid scenario prepared for the preview (cheap,
// and it holds functions, so it cannot come from the worker), problems otherwise.
import { prepareScenario, type PreparedScenario } from '../../engine/prepared.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { analyseDraft, type DraftAnalysis } from './analyseDraft.ts';
import type { ReadResult } from './editable.ts';

export interface DraftCheck {
  text: string;
  issues: ScenarioIssue[];
  /** Ready to play and explore; null while there are problems. */
  prepared: PreparedScenario | null;
  editable: ReadResult;
}

export function toDraftCheck(analysis: DraftAnalysis): DraftCheck {
  const { text, editable } = analysis;
  if (!analysis.scenario) return { text, editable, issues: analysis.issues, prepared: null };
  try {
    return { text, editable, issues: [], prepared: prepareScenario(analysis.scenario) };
  } catch (error) {
    // Should not happen to a validated file; if it does, say so instead of a blank preview.
    const issue: ScenarioIssue = { code: 'invalid', params: { detail: String((error as Error)?.message ?? error) }, path: [], line: 0, col: 0 };
    return { text, editable, issues: [issue], prepared: null };
  }
}

/** On the main thread, at once (the page's first look, and tests). */
export const checkDraftNow = (text: string): DraftCheck => toDraftCheck(analyseDraft(text));
