// Suggests a column mapping from a file's first lines, so the mapping step starts from a
// sensible guess: the date-like column is the date, the first the customer, the last
// decimal column the amount, a small whole-number column the quantity.
import { parseDate } from './dates.ts';
import type { ColumnRole } from './parse.ts';

/** The first `count` non-empty, non-comment lines split into fields as the parser would. */
export function previewRows(text: string, count = 6): string[][] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(0, count);
  const first = lines[0] ?? '';
  const split = (l: string) => first.includes('\t') ? l.split('\t').map((f) => f.trim())
    : first.includes(',') ? l.split(',').map((f) => f.trim().replace(/^"|"$/g, ''))
    : first.includes(';') ? l.split(';').map((f) => f.trim())
    : l.trim().split(/\s+/);
  return lines.map(split);
}

const isNumber = (s: string) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s.replace(/^[$¥€£]/, ''));

export function guessColumns(rows: string[][]): ColumnRole[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const data = rows.filter((r) => r.some((f) => parseDate(f) !== null));
  const sample = data.length > 0 ? data : rows;
  const all = (i: number, test: (s: string) => boolean) => sample.length > 0 && sample.every((r) => r[i] !== undefined && test(r[i]!));
  const roles: ColumnRole[] = Array.from({ length: width }, () => '-');
  const dateAt = roles.findIndex((_, i) => all(i, (s) => parseDate(s) !== null));
  if (dateAt >= 0) roles[dateAt] = 'date';
  const customerAt = roles.findIndex((r) => r === '-');
  if (customerAt >= 0) roles[customerAt] = 'customer';
  for (let i = width - 1; i >= 0; i -= 1) {
    if (roles[i] === '-' && all(i, isNumber)) { roles[i] = 'amount'; break; }
  }
  const quantityAt = roles.findIndex((r, i) => r === '-' && i > customerAt && all(i, (s) => /^\d{1,3}$/.test(s)));
  if (quantityAt >= 0 && quantityAt > dateAt) roles[quantityAt] = 'quantity';
  return roles;
}
