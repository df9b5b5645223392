// Validation problems as editor marks: an issue's 1-based line and column become a range
// of characters in the text (line 0 — a problem with no place, like the file's size — goes
// on line 1), with the message in the teacher's language. Pure, so it is tested without CodeMirror.
import type { Locale } from '../../engine/locale.ts';
import { formatPath, type ScenarioIssue } from '../../engine/scenario/issues.ts';
import { scenarioMessage } from '../../engine/scenario/messages.ts';

export interface IssueMark {
  /** Character offsets in the text, as CodeMirror counts them. */
  from: number;
  to: number;
  /** Where the mark is, 1-based, after clamping into the text. */
  line: number;
  col: number;
  message: string;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset range for a 1-based line/column: from the column to the end of the line's text. */
export function markRange(text: string, starts: readonly number[], line: number, col: number): Omit<IssueMark, 'message'> {
  const lineNumber = Math.min(Math.max(1, line), starts.length);
  const start = starts[lineNumber - 1]!;
  const nextStart = starts[lineNumber] ?? text.length + 1;
  const content = text.slice(start, nextStart - 1).replace(/\r$/, '');
  const column = Math.min(Math.max(1, col), content.length + 1);
  const from = start + column - 1;
  const to = Math.max(from, start + content.trimEnd().length);
  return { from, to, line: lineNumber, col: column };
}

export function issueMessage(issue: ScenarioIssue, locale: Locale): string {
  const message = scenarioMessage(issue, locale);
  return issue.path.length ? `${formatPath(issue.path)}: ${message}` : message;
}

export function issueMarks(text: string, issues: readonly ScenarioIssue[], locale: Locale): IssueMark[] {
  const starts = lineStarts(text);
  return issues.map((issue) => ({ ...markRange(text, starts, issue.line, issue.col), message: issueMessage(issue, locale) }));
}
