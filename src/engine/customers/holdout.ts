// The checks the literature uses for a fitted BG/NBD model (Fader, Hardie & Lee 2005, figs.
// 2–4): holdout purchases, expected against actual, by calibration frequency; and the
// cumulative repeat purchases week by week, actual against the model.
import { conditionalExpected, expectedPurchases, type BgNbdParams } from './bgnbd.ts';
import type { CustomerHistory, CustomerSummary } from './summary.ts';

export interface FrequencyRow {
  /** Calibration repeat purchases; the last row collects `cap` and more. */
  x: number;
  customers: number;
  actual: number;
  expected: number;
}

/** Mean holdout purchases, actual and E[Y(t*) | x, t_x, T], for x = 0 … cap−1 and cap+. */
export function holdoutByFrequency(p: BgNbdParams, customers: readonly CustomerSummary[], holdoutWeeks: number, cap = 7): FrequencyRow[] {
  const rows: FrequencyRow[] = Array.from({ length: cap + 1 }, (_, x) => ({ x, customers: 0, actual: 0, expected: 0 }));
  for (const c of customers) {
    const row = rows[Math.min(c.x, cap)]!;
    row.customers += 1;
    row.actual += c.holdoutX;
    row.expected += conditionalExpected(p, holdoutWeeks, c.x, c.tx, c.T);
  }
  for (const row of rows) if (row.customers > 0) { row.actual /= row.customers; row.expected /= row.customers; }
  return rows;
}

export interface TrackingPoint {
  /** Weeks since the first customer's first purchase. */
  week: number;
  actual: number;
  expected: number;
}

/**
 * Cumulative repeat purchases by the end of each week. Expected: Σ over customers of
 * E[X(w − s)], s being when the customer's clock started (their first purchase).
 */
export function cumulativeTracking(p: BgNbdParams, histories: readonly CustomerHistory[], firstDay: number, weeks: number): TrackingPoint[] {
  const repeatsByWeek = new Float64Array(weeks + 1);
  const startsByDay = new Map<number, number>();
  for (const h of histories) {
    startsByDay.set(h.days[0]!, (startsByDay.get(h.days[0]!) ?? 0) + 1);
    for (let i = 1; i < h.days.length; i += 1) {
      const week = Math.ceil((h.days[i]! - firstDay + 1) / 7);
      if (week <= weeks) repeatsByWeek[week]! += 1;
    }
  }
  const out: TrackingPoint[] = [];
  let actual = 0;
  for (let w = 1; w <= weeks; w += 1) {
    actual += repeatsByWeek[w]!;
    let expected = 0;
    for (const [day, n] of startsByDay) {
      const t = w - (day - firstDay + 1) / 7;
      if (t > 0) expected += n * expectedPurchases(p, t);
    }
    out.push({ week: w, actual, expected });
  }
  return out;
}
