// Reads a transaction file (CSV, TSV or whitespace-separated) into transactions, with a
// located problem (line, column) for every row it cannot read; bad rows are skipped and counted.
import { parseDate, type DateOrder } from './dates.ts';

export type ColumnRole = 'customer' | 'date' | 'amount' | 'quantity' | '-';
export const COLUMN_ROLES: readonly ColumnRole[] = ['customer', 'date', 'amount', 'quantity', '-'];

export interface Transaction {
  customer: string;
  /** Day number (days since 1970-01-01). */
  day: number;
  amount: number;
  quantity: number;
}

export interface ParseProblem {
  code: string;
  /** 1-based line in the file; 0 for a problem with the whole file or the mapping. */
  line: number;
  /** 1-based column (field) within the line; 0 when it is the whole line. */
  column: number;
  params: Record<string, string | number>;
}

export interface ParseOptions {
  columns: ColumnRole[];
  dateOrder?: DateOrder;
  /** Most data rows read; further rows are a problem, not silently dropped. */
  maxRows?: number;
  /** Problems kept in detail; all bad rows are still counted. */
  maxProblems?: number;
  onProgress?: (fraction: number) => void;
}

export interface ParseResult {
  transactions: Transaction[];
  /** Detailed problems (at most maxProblems), row problems first in file order. */
  problems: ParseProblem[];
  /** Data rows that could not be read and were skipped. */
  badRows: number;
  /** Data rows seen (read or not), header excluded. */
  rows: number;
  header: boolean;
  /** A problem that makes the whole file unusable (binary, bad mapping, no good row). */
  fatal: ParseProblem | null;
  separator: 'tab' | 'comma' | 'semicolon' | 'space';
}

export const MAX_ROWS = 1_000_000;
const MAX_LINE = 10_000;

/** Checks a mapping: customer, date and amount each exactly once, quantity at most once. */
export function mappingProblem(columns: ColumnRole[]): ParseProblem | null {
  for (const role of columns) {
    if (!COLUMN_ROLES.includes(role)) return { code: 'mapping-unknown', line: 0, column: 0, params: { role: String(role) } };
  }
  for (const role of ['customer', 'date', 'amount', 'quantity'] as const) {
    const count = columns.filter((c) => c === role).length;
    if (count === 0 && role !== 'quantity') return { code: 'mapping-missing', line: 0, column: 0, params: { role } };
    if (count > 1) return { code: 'mapping-twice', line: 0, column: 0, params: { role } };
  }
  return null;
}

/** Text that is not text: NUL bytes or many undecodable characters in the first 64 KB. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 65536);
  let odd = 0;
  for (let i = 0; i < head.length; i += 1) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd += 1;
  }
  return odd > head.length / 100;
}

function detectSeparator(line: string): ParseResult['separator'] {
  if (line.includes('\t')) return 'tab';
  if (line.includes(',')) return 'comma';
  if (line.includes(';')) return 'semicolon';
  return 'space';
}

/** Splits one line; CSV fields may be "quoted" (with "" for a quote inside). */
function splitLine(line: string, separator: ParseResult['separator']): string[] {
  if (separator === 'space') return line.trim().split(/\s+/);
  const sep = separator === 'tab' ? '\t' : separator === 'comma' ? ',' : ';';
  if (!line.includes('"')) return line.split(sep).map((f) => f.trim());
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { fields.push(field.trim()); field = ''; } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function readNumber(text: string): number | null {
  const s = text.replace(/^[$¥€£]/, '');
  return NUMBER.test(s) ? Number(s) : null;
}

type FieldResult = { ok: true; tx: Transaction } | { ok: false; problem: Omit<ParseProblem, 'line'> };

function readRow(fields: string[], columns: ColumnRole[], order: DateOrder): FieldResult {
  if (fields.length < columns.length) {
    return { ok: false, problem: { code: 'too-few-columns', column: fields.length + 1, params: { expected: columns.length, found: fields.length } } };
  }
  const tx: Transaction = { customer: '', day: 0, amount: 0, quantity: 1 };
  for (let i = 0; i < columns.length; i += 1) {
    const role = columns[i]!;
    const raw = fields[i]!;
    const column = i + 1;
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    if (role === 'customer') {
      if (raw === '') return { ok: false, problem: { code: 'empty-customer', column, params: {} } };
      tx.customer = raw;
    } else if (role === 'date') {
      const day = parseDate(raw, order);
      if (day === null) return { ok: false, problem: { code: 'bad-date', column, params: { value: shown } } };
      tx.day = day;
    } else if (role === 'amount' || role === 'quantity') {
      const value = readNumber(raw);
      if (value === null || !Number.isFinite(value)) return { ok: false, problem: { code: 'bad-number', column, params: { value: shown } } };
      if (value < 0) return { ok: false, problem: { code: role === 'amount' ? 'negative-amount' : 'negative-quantity', column, params: { value: shown } } };
      tx[role] = value;
    }
  }
  return { ok: true, tx };
}

/** A first line is the column names when none of its date and number fields reads as one. */
function isHeader(fields: string[], columns: ColumnRole[], order: DateOrder): boolean {
  if (fields.length < columns.length) return false;
  return columns.every((role, i) => role === 'customer' || role === '-' || (parseDate(fields[i]!, order) === null && readNumber(fields[i]!) === null));
}

export function parseTransactions(text: string, options: ParseOptions): ParseResult {
  const { columns, dateOrder = 'ymd', maxRows = MAX_ROWS, maxProblems = 100, onProgress } = options;
  const result: ParseResult = { transactions: [], problems: [], badRows: 0, rows: 0, header: false, fatal: null, separator: 'space' };
  result.fatal = mappingProblem(columns);
  if (result.fatal) return result;
  if (looksBinary(text)) {
    result.fatal = { code: 'binary', line: 0, column: 0, params: {} };
    return result;
  }
  let start = 0;
  let lineNo = 0;
  let sawData = false;
  const progressEvery = Math.max(1, Math.floor(text.length / 100));
  let nextProgress = progressEvery;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    lineNo += 1;
    if (onProgress && start >= nextProgress) { onProgress(Math.min(1, start / text.length)); nextProgress = start + progressEvery; }
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!sawData) result.separator = detectSeparator(line);
    const first = !sawData;
    sawData = true;
    if (line.length > MAX_LINE) {
      result.rows += 1;
      result.badRows += 1;
      if (result.problems.length < maxProblems) result.problems.push({ code: 'line-too-long', line: lineNo, column: 0, params: { max: MAX_LINE } });
      continue;
    }
    const fields = splitLine(line, result.separator);
    const row = readRow(fields, columns, dateOrder);
    if (!row.ok && first && isHeader(fields, columns, dateOrder)) {
      result.header = true;
      continue;
    }
    if (result.rows >= maxRows) {
      result.problems.push({ code: 'too-many-rows', line: lineNo, column: 0, params: { max: maxRows } });
      result.fatal = result.problems.at(-1)!;
      return result;
    }
    result.rows += 1;
    if (row.ok) result.transactions.push(row.tx);
    else {
      result.badRows += 1;
      if (result.problems.length < maxProblems) result.problems.push({ ...row.problem, line: lineNo });
    }
  }
  onProgress?.(1);
  if (result.transactions.length === 0) {
    result.fatal = result.problems[0] ?? { code: 'no-rows', line: 0, column: 0, params: {} };
    if (result.problems.length > 0) result.fatal = { code: 'no-good-rows', line: result.fatal.line, column: result.fatal.column, params: { bad: result.badRows } };
  }
  return result;
}
