// Number formats the class report shows: scores and percentages with at most one decimal,
// in the teacher's language, and a dash where there is nothing to show.
import type { Locale } from '../../engine/locale.ts';

export function formatOne(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
