// A problem found in a scenario file, located at its line and column. Problems are data;
// messages.ts renders them in the reader's language.
import type { Locale } from '../locale.ts';
import { scenarioMessage, type ScenarioIssueCode } from './messages.ts';

export type IssuePath = (string | number)[];

export interface ScenarioIssue {
  /** A stable id such as 'unknown-field' or 'unreachable-step' (see messages.ts). */
  code: ScenarioIssueCode;
  params: Record<string, string | number>;
  path: IssuePath;
  /** 1-based; 0 when the problem has no place in the text (e.g. the file is too large). */
  line: number;
  col: number;
}

/** `steps[2].options[0].label` — the form shown in error lines. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out || '(root)';
}

/** `FILE:LINE:COL: PATH: message`, one line per problem. */
export function formatIssue(file: string, issue: ScenarioIssue, locale: Locale): string {
  return `${file}:${issue.line}:${issue.col}: ${formatPath(issue.path)}: ${scenarioMessage(issue, locale)}`;
}

export function sortIssues(issues: ScenarioIssue[]): ScenarioIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.col - b.col);
}
