// Small statistics for the class report: mean, median and 10-point score bands.
// Scores run 0–100; a 100 belongs to the top band (90–100), so there are ten bands.
import type { Distribution } from './types.ts';

export const BAND_COUNT = 10;
/** Band labels as shown on the histograms: 0–9, 10–19, …, 90–100. */
export const BAND_LABELS: readonly string[] = Array.from({ length: BAND_COUNT }, (_, i) =>
  i === BAND_COUNT - 1 ? `${i * 10}–100` : `${i * 10}–${i * 10 + 9}`,
);

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Which band a score falls in; 9.9 is in 0–9 (bands are by whole tens), out-of-range values are clamped. */
export function bandOf(score: number): number {
  return Math.min(BAND_COUNT - 1, Math.max(0, Math.floor(score / 10)));
}

export function distributionOf(values: readonly number[]): Distribution {
  const bins = new Array<number>(BAND_COUNT).fill(0);
  for (const value of values) bins[bandOf(value)]! += 1;
  return { count: values.length, mean: mean(values), median: median(values), bins };
}
