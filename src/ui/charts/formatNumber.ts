// Locale-aware number formatting for chart labels and data tables (zh-CN and en).
// Tables show full grouped values; axes use compact forms (221K in en, 22.1万 in zh-CN).
import type { Locale } from '../../engine/locale.ts';

/** At and above this magnitude, axis labels switch to compact notation. */
export const COMPACT_FROM = 10_000;

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per language and options: creating one costs far more than formatting (sliders format on every move). */
export function cachedNumberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Large values are counts or money, where decimals are noise; small ones keep two. */
function defaultFractionDigits(value: number): number {
  return Math.abs(value) >= 1000 ? 0 : 2;
}

/** A full grouped value: 221000 → "221,000" (en and zh-CN); 0.354 → "0.35". */
export function formatValue(value: number, locale: Locale, maximumFractionDigits?: number): string {
  if (!Number.isFinite(value)) return '—';
  return cachedNumberFormat(locale, {
    maximumFractionDigits: maximumFractionDigits ?? defaultFractionDigits(value),
  }).format(value);
}

/** A short value for axis ticks: below 10,000 as formatValue; above, 221K / 22.1万. */
export function formatCompact(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) < COMPACT_FROM) return formatValue(value, locale);
  return cachedNumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A change with its sign: +1,200 / -300 / 0 (waterfall steps, swings). */
export function formatSigned(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  return cachedNumberFormat(locale, {
    maximumFractionDigits: defaultFractionDigits(value),
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A label with its unit in brackets, in the language's own brackets; bare when no unit. */
export function labelWithUnit(label: string, unit: string, locale: Locale): string {
  if (!unit) return label;
  return locale === 'zh-CN' ? `${label}（${unit}）` : `${label} (${unit})`;
}
