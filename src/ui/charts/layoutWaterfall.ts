// Layout for WaterfallChart: items in order; a `total` item is a bar from zero to its value
// (and the running sum continues from it), any other item floats from the running sum.
import { scaleBand } from 'd3-scale';
import type { BarSeries } from '../../engine/series.ts';
import { AXIS_MARGIN, round2, type Margin, type Tick } from './chartGeometry.ts';
import { valueAxis } from './valueScale.ts';

export const WaterfallKindValues = ['total', 'increase', 'decrease'] as const;
export type WaterfallKind = (typeof WaterfallKindValues)[number];

export interface WaterfallStep {
  id: string;
  index: number;
  kind: WaterfallKind;
  /** The item's own value (a change, or the total itself). */
  value: number;
  /** Running sum before and after this item; a total starts at 0. */
  start: number;
  end: number;
  x: number;
  y: number;
  width: number;
  height: number;
  center: number;
}

export interface WaterfallConnector {
  x1: number;
  x2: number;
  y: number;
}

export interface WaterfallLayout {
  width: number;
  height: number;
  margin: Margin;
  yTicks: Tick[];
  zero: number;
  steps: WaterfallStep[];
  /** Thin lines carrying each bar's end level over to the next bar. */
  connectors: WaterfallConnector[];
  isLabelRotated: boolean;
}

type Item = BarSeries['items'][number];

/** Running sums only; no geometry. Exported for the data table. */
export function runningSums(items: readonly Item[]): { start: number; end: number; kind: WaterfallKind }[] {
  let sum = 0;
  return items.map((item) => {
    if (item.total) {
      sum = item.value;
      return { start: 0, end: item.value, kind: 'total' as const };
    }
    const start = sum;
    sum += item.value;
    return { start, end: sum, kind: item.value < 0 ? ('decrease' as const) : ('increase' as const) };
  });
}

export function layoutWaterfall(
  items: readonly Item[],
  width: number,
  height: number,
  options: { maxLabelWidth?: number; margin?: Margin } = {},
): WaterfallLayout {
  const base = options.margin ?? AXIS_MARGIN;
  const band = scaleBand().domain(items.map((item) => item.id)).range([base.left, width - base.right]).padding(0.25);
  const labelWidth = options.maxLabelWidth ?? 0;
  const isLabelRotated = labelWidth > round2(band.step()) - 4;
  const margin = isLabelRotated ? { ...base, bottom: base.bottom + Math.min(90, Math.ceil(labelWidth * 0.64)) } : base;
  const sums = runningSums(items);
  const { scale: y, ticks } = valueAxis(sums.flatMap((s) => [s.start, s.end]), height, margin);
  const steps = items.map((item, index) => {
    const { start, end, kind } = sums[index] ?? { start: 0, end: 0, kind: 'total' as const };
    const left = band(item.id) ?? 0;
    return {
      id: item.id,
      index,
      kind,
      value: item.value,
      start,
      end,
      x: round2(left),
      y: round2(y(Math.max(start, end))),
      width: round2(band.bandwidth()),
      height: round2(Math.abs(y(start) - y(end))),
      center: round2(left + band.bandwidth() / 2),
    };
  });
  const connectors = steps.slice(1).map((next, i) => {
    const prev = steps[i] as WaterfallStep;
    return { x1: round2(prev.x + prev.width), x2: next.x, y: round2(y(prev.end)) };
  });
  return { width, height, margin, yTicks: ticks, zero: round2(y(0)), steps, connectors, isLabelRotated };
}
