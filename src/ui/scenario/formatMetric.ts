// How a metric's value is written for a learner: the scenario's format and digits,
// in the current language. Formatting only — the engine computed the value.
import type { Locale } from '../../engine/locale.ts';
import type { Metric } from '../../engine/scenario/schema.ts';
import { cachedNumberFormat } from '../charts/formatNumber.ts';

export function formatMetric(value: number, metric: Pick<Metric, 'format' | 'digits'>, locale: Locale): string {
  const digits = metric.digits;
  switch (metric.format) {
    case 'percent':
      return cachedNumberFormat(locale, { style: 'percent', maximumFractionDigits: digits ?? 1 }).format(value);
    case 'people':
      return cachedNumberFormat(locale, { maximumFractionDigits: digits ?? 1 }).format(value);
    case 'money':
      return cachedNumberFormat(locale, { maximumFractionDigits: digits ?? 0 }).format(value);
    default:
      return cachedNumberFormat(locale, { maximumFractionDigits: digits ?? 2 }).format(value);
  }
}

/** A signed difference, e.g. "+1,200" or "−3.5", for baseline comparisons. */
export function formatDelta(delta: number, metric: Pick<Metric, 'format' | 'digits'>, locale: Locale): string {
  const text = formatMetric(Math.abs(delta), metric, locale);
  if (Math.abs(delta) < 1e-12) return `±${text}`;
  return `${delta > 0 ? '+' : '−'}${text}`;
}
