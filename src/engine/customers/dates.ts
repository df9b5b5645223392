// Calendar dates as whole day numbers (days since 1970-01-01, UTC), so that date
// arithmetic is integer arithmetic and no time zone can shift a purchase to another day.

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** The day number of a calendar date, or null if the date does not exist (2023-02-30). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / 86400000);
}

/** YYYY-MM-DD for a day number. */
export function isoDate(dayNo: number): string {
  return new Date(dayNo * 86400000).toISOString().slice(0, 10);
}

/** YYYYMMDD for a day number (the CDNOW files' form). */
export function compactDate(dayNo: number): string {
  return isoDate(dayNo).replaceAll('-', '');
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LOCAL = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * Reads YYYYMMDD, ISO (YYYY-MM-DD, with an optional time that is ignored) or a locale form
 * with the year last (D/M/YYYY or M/D/YYYY, chosen by `order`). Null when it is not a date.
 */
export function parseDate(text: string, order: DateOrder = 'ymd'): number | null {
  const s = text.trim();
  let m = COMPACT.exec(s) ?? ISO.exec(s);
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  m = LOCAL.exec(s);
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return order === 'mdy' ? dayNumber(year, first, second) : dayNumber(year, second, first);
}
