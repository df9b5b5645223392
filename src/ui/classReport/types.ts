// The class report's data: what a loaded export file holds, what the scenario files tell
// us about each case, and the report the page renders. Plain data, no DOM.
import type { Localized } from '../../engine/locale.ts';
import type { ScoreSummary } from '../../engine/scoring/types.ts';
import type { ImportErrorCode } from '../../store/importFile.ts';
import type { Attempt, LearnerInfo } from '../../store/types.ts';

/** One student's export file that passed the store's import checks. */
export interface LoadedExport {
  fileName: string;
  /** When the student exported it: tells apart same-named files of students without a name. */
  exportedAt: string;
  learner: LearnerInfo;
  attempts: Attempt[];
}

/** Why a file was not loaded: the store's import codes, plus a read the browser refused. */
export type FileProblemCode = ImportErrorCode | 'readFailed';
export interface FileProblem {
  fileName: string;
  errors: { code: FileProblemCode; params: Record<string, string | number> }[];
}

export const DecisionKindValues = ['choice', 'allocate', 'estimate'] as const;
export type DecisionKind = (typeof DecisionKindValues)[number];

/** A decision step as the report needs it: titles and option labels in both languages. */
export interface DecisionStepInfo {
  id: string;
  kind: DecisionKind;
  title: Localized;
  multiple: boolean;
  options: { id: string; label: Localized }[];
  unit: Localized | null;
}

/** What the report knows about a case from its scenario file. */
export interface CaseInfo {
  id: string;
  title: Localized;
  steps: DecisionStepInfo[];
  dimensionLabels: Record<string, Localized>;
}

export interface Distribution {
  count: number;
  mean: number | null;
  median: number | null;
  /** Students per band: 0–9, 10–19, …, 80–89, 90–100. */
  bins: number[];
}

export interface OptionShare {
  id: string;
  /** Null for an option the current scenario file does not list (an older version's). */
  label: Localized | null;
  /** Choice: students who chose it. Allocate: unused (0). */
  count: number;
  /** Choice: count ÷ students who answered. Allocate: the mean share of the budget. Both 0–1. */
  share: number;
}

export type DecisionSummary =
  | { kind: 'choice'; stepId: string; title: Localized; multiple: boolean; answered: number; options: OptionShare[] }
  | { kind: 'allocate'; stepId: string; title: Localized; answered: number; options: OptionShare[] }
  | { kind: 'estimate'; stepId: string; title: Localized; answered: number; mean: number | null; median: number | null; unit: Localized | null };

export interface CaseReport {
  scenarioId: string;
  /** From the scenario file; null when this app does not ship the case. */
  info: CaseInfo | null;
  /** Students with at least one attempt at the case. */
  started: number;
  /** Students with at least one finished, scored attempt. */
  finished: number;
  total: Distribution;
  dimensions: { id: string; label: Localized | null; distribution: Distribution }[];
  decisions: DecisionSummary[];
}

/** One student's standing in one case. */
export interface StudentCase {
  attempts: number;
  isFinished: boolean;
  best: ScoreSummary | null;
  /** The most recently updated attempt's status and total (null while unfinished). */
  latest: { status: Attempt['status']; total: number | null; grade: string | null };
}

export interface StudentRow {
  key: string;
  name: string | null;
  classCode: string | null;
  fileNames: string[];
  cases: Record<string, StudentCase>;
}

export interface ClassReport {
  students: StudentRow[];
  cases: CaseReport[];
  /** Attempts found in more than one file (or twice in the same dropped file), counted once. */
  duplicateAttempts: number;
  attemptCount: number;
}
