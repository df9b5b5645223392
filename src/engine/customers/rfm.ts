// RFM: recency, frequency and monetary quintile scores (5 = best) and named segments read
// off the recency × frequency grid, with the names in both languages.
import type { Localized } from '../locale.ts';

export interface RfmInput {
  /** Weeks since the last purchase (smaller is better). */
  recency: number;
  /** Number of purchase days. */
  frequency: number;
  /** Mean spend per purchase day. */
  monetary: number;
}

export interface RfmScore {
  r: number;
  f: number;
  m: number;
}

/**
 * Quintile scores with ties kept together: score = 1 + ⌊5·L/n⌋, L being the number of
 * customers strictly worse on that measure. Equal values always get the same score, and
 * a tie is scored where it starts (the lower quintile), so a large tie (say, 60 % who bought
 * once) fills the lowest scores rather than being split at random.
 */
export function quintileScores(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  return values.map((v) => {
    // strictly worse: below v when higher is better, above v otherwise (binary search)
    let lo = 0;
    let hi = n;
    if (higherIsBetter) {
      while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! < v) lo = mid + 1; else hi = mid; }
      return 1 + Math.floor((5 * lo) / n);
    }
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! <= v) lo = mid + 1; else hi = mid; }
    return 1 + Math.floor((5 * (n - lo)) / n);
  });
}

export function rfmScores(rows: readonly RfmInput[]): RfmScore[] {
  const r = quintileScores(rows.map((c) => c.recency), false);
  const f = quintileScores(rows.map((c) => c.frequency), true);
  const m = quintileScores(rows.map((c) => c.monetary), true);
  return rows.map((_, i) => ({ r: r[i]!, f: f[i]!, m: m[i]! }));
}

export type SegmentId = 'champions' | 'loyal' | 'new' | 'promising' | 'atRisk' | 'hibernating' | 'lost';

export interface SegmentRule {
  id: SegmentId;
  r: [number, number];
  f: [number, number];
  name: Localized;
}

/** Read top to bottom; the first rule whose R and F ranges (inclusive) hold names the customer. */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  { id: 'champions', r: [4, 5], f: [4, 5], name: { en: 'Champions', 'zh-CN': '冠军客户' } },
  { id: 'loyal', r: [3, 5], f: [3, 5], name: { en: 'Loyal', 'zh-CN': '忠诚客户' } },
  { id: 'new', r: [4, 5], f: [1, 1], name: { en: 'New', 'zh-CN': '新客户' } },
  { id: 'promising', r: [3, 5], f: [1, 2], name: { en: 'Promising', 'zh-CN': '潜力客户' } },
  { id: 'atRisk', r: [1, 2], f: [3, 5], name: { en: 'At risk', 'zh-CN': '流失风险客户' } },
  { id: 'hibernating', r: [2, 2], f: [1, 2], name: { en: 'Hibernating', 'zh-CN': '沉睡客户' } },
  { id: 'lost', r: [1, 1], f: [1, 2], name: { en: 'Lost', 'zh-CN': '已流失客户' } },
];

export const SEGMENT_IDS: readonly SegmentId[] = SEGMENT_RULES.map((s) => s.id);

export function segmentOf(score: RfmScore, rules: readonly SegmentRule[] = SEGMENT_RULES): SegmentId {
  const inRange = (v: number, [lo, hi]: [number, number]) => v >= lo && v <= hi;
  return rules.find((rule) => inRange(score.r, rule.r) && inRange(score.f, rule.f))?.id ?? 'lost';
}

export interface RfmGridCell {
  r: number;
  f: number;
  customers: number;
  /** Mean monetary value of the cell's customers (0 when empty). */
  meanMonetary: number;
}

export interface RfmReport {
  scores: RfmScore[];
  segments: SegmentId[];
  counts: Record<SegmentId, number>;
  /** 25 cells, r and f from 1 to 5. */
  grid: RfmGridCell[];
}

export function rfmAnalysis(rows: readonly RfmInput[]): RfmReport {
  const scores = rfmScores(rows);
  const segments = scores.map((s) => segmentOf(s));
  const counts = Object.fromEntries(SEGMENT_IDS.map((id) => [id, 0])) as Record<SegmentId, number>;
  for (const id of segments) counts[id] += 1;
  const grid: RfmGridCell[] = [];
  for (let r = 1; r <= 5; r += 1) for (let f = 1; f <= 5; f += 1) grid.push({ r, f, customers: 0, meanMonetary: 0 });
  scores.forEach((s, i) => {
    const cell = grid[(s.r - 1) * 5 + (s.f - 1)]!;
    cell.customers += 1;
    cell.meanMonetary += rows[i]!.monetary;
  });
  for (const cell of grid) if (cell.customers > 0) cell.meanMonetary /= cell.customers;
  return { scores, segments, counts, grid };
}
