// Results as CSV, one row per attempt, for spreadsheets: RFC 4180 quoting, CRLF lines, a
// UTF-8 byte-order mark so Excel reads Chinese correctly, and no cell that runs as a formula.
import { SharedDimensionValues } from '../engine/scoring/types.ts';
import type { Attempt } from './types.ts';

export const CSV_BOM = '\uFEFF';
export const CSV_BASE_COLUMNS = ['scenario', 'version', 'started', 'finished', 'total', 'grade'] as const;

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP's list), also after
 * leading spaces (some spreadsheets trim them) and in their full-width forms (＝＋－＠),
 * which Chinese input methods type and some spreadsheets read as the ASCII ones.
 */
const FORMULA_START = /^[\t\r]|^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Defuses a text cell that a spreadsheet would evaluate: a leading quote makes it text. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textCell(value: string | null | undefined): string {
  return quoteField(guardFormula(value ?? ''));
}

function numberCell(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** Scenario-specific dimensions beyond the shared four, alphabetically, so columns are stable. */
export function extraDimensions(attempts: readonly Attempt[]): string[] {
  const shared = new Set<string>(SharedDimensionValues);
  const extra = new Set<string>();
  for (const a of attempts) for (const id of Object.keys(a.scores?.dimensions ?? {})) if (!shared.has(id)) extra.add(id);
  return [...extra].sort();
}

export function attemptsToCsv(attempts: readonly Attempt[]): string {
  const dimensions = [...SharedDimensionValues, ...extraDimensions(attempts)];
  const header = [...CSV_BASE_COLUMNS, ...dimensions].map(textCell);
  const rows = attempts.map((a) => [
    textCell(a.scenarioId),
    numberCell(a.scenarioVersion),
    textCell(a.startedAt),
    textCell(a.finishedAt),
    numberCell(a.scores?.total),
    textCell(a.scores?.grade),
    ...dimensions.map((id) => numberCell(a.scores?.dimensions[id])),
  ]);
  return CSV_BOM + [header, ...rows].map((cells) => `${cells.join(',')}\r\n`).join('');
}
