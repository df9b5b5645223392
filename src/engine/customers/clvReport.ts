// CLV for a whole base: each customer's value, the base's total, and the value by CLV decile,
// ABC class and RFM segment (the lenses a retention budget can be allocated by).
import type { AbcClass } from './abc.ts';
import { pAlive, type BgNbdParams } from './bgnbd.ts';
import { discountedPurchases, monthlyPurchasesIfActive, type ClvOptions } from './clv.ts';
import { expectedSpend, type GammaGammaParams } from './gammaGamma.ts';
import type { SegmentId } from './rfm.ts';

export interface GroupValue {
  customers: number;
  clv: number;
  /** Calibration-period revenue of the group: its historic value. */
  historic: number;
}

export interface ClvReport {
  options: ClvOptions;
  /** Per customer, in summary order. */
  values: number[];
  total: number;
  historic: number;
  /** Ten groups, highest CLV first. */
  deciles: GroupValue[];
  byClass: Record<AbcClass, GroupValue>;
  bySegment: Partial<Record<SegmentId, GroupValue>>;
}

interface ClvCustomer { x: number; tx: number; T: number; mx: number; revenue: number }

/** Monthly expected purchases of an active customer depend only on (x, T); a cache lets a slider move re-use them. */
export type MonthlyCache = Map<string, Float64Array>;

export function clvValues(customers: readonly ClvCustomer[], bg: BgNbdParams, gg: GammaGammaParams, o: ClvOptions, cache: MonthlyCache = new Map()): number[] {
  const discounted = new Map<string, number>();
  return customers.map((c) => {
    const key = `${c.x}|${c.T}|${o.years}`;
    let d = discounted.get(key);
    if (d === undefined) {
      let monthly = cache.get(key);
      if (!monthly) cache.set(key, (monthly = monthlyPurchasesIfActive(bg, c.x, c.T, o.years)));
      d = discountedPurchases(monthly, o.discountRate);
      discounted.set(key, d);
    }
    return o.margin * expectedSpend(gg, c.x, c.mx) * pAlive(bg, c.x, c.tx, c.T) * d;
  });
}

export function clvReport(
  customers: readonly ClvCustomer[], bg: BgNbdParams, gg: GammaGammaParams, o: ClvOptions,
  classOf: readonly AbcClass[], segments: readonly SegmentId[], cache?: MonthlyCache,
): ClvReport {
  const values = clvValues(customers, bg, gg, o, cache);
  const empty = (): GroupValue => ({ customers: 0, clv: 0, historic: 0 });
  const add = (g: GroupValue, i: number) => { g.customers += 1; g.clv += values[i]!; g.historic += customers[i]!.revenue; };
  const deciles = Array.from({ length: 10 }, empty);
  const order = values.map((_, i) => i).sort((i, j) => values[j]! - values[i]! || i - j);
  order.forEach((index, rank) => add(deciles[Math.floor((rank * 10) / order.length)]!, index));
  const byClass: Record<AbcClass, GroupValue> = { A: empty(), B: empty(), C: empty() };
  const bySegment: Partial<Record<SegmentId, GroupValue>> = {};
  values.forEach((_, i) => {
    add(byClass[classOf[i]!], i);
    add((bySegment[segments[i]!] ??= empty()), i);
  });
  return {
    options: o, values, total: values.reduce((s, v) => s + v, 0),
    historic: customers.reduce((s, c) => s + c.revenue, 0), deciles, byClass, bySegment,
  };
}
