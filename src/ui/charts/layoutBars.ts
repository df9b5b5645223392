// Layout for BarChart (and histograms): one bar per item on a band scale, growing from
// zero; an optional baseline run is drawn as a dashed marker across each matching band.
import { scaleBand } from 'd3-scale';
import type { BarSeries } from '../../engine/series.ts';
import { AXIS_MARGIN, round2, type Margin, type Tick } from './chartGeometry.ts';
import { valueAxis } from './valueScale.ts';

export interface BarRect {
  id: string;
  index: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the band, where the category label goes. */
  center: number;
}

export interface BaselineMarker {
  id: string;
  value: number;
  x1: number;
  x2: number;
  y: number;
}

export interface BarLayout {
  width: number;
  height: number;
  margin: Margin;
  yTicks: Tick[];
  /** y of the zero line. */
  zero: number;
  bars: BarRect[];
  baseline: BaselineMarker[];
  /** Category labels are turned when they would not fit their band side by side. */
  isLabelRotated: boolean;
}

export interface BarLayoutOptions {
  baseline?: BarSeries;
  /** Widest category label in px (estimated by the caller, which knows the language). */
  maxLabelWidth?: number;
  margin?: Margin;
}

export function layoutBars(data: BarSeries, width: number, height: number, options: BarLayoutOptions = {}): BarLayout {
  const labelWidth = options.maxLabelWidth ?? 0;
  const base = options.margin ?? AXIS_MARGIN;
  const ids = data.items.map((item) => item.id);
  const band = scaleBand().domain(ids).range([base.left, width - base.right]).padding(0.2);
  const isLabelRotated = labelWidth > round2(band.step()) - 4;
  // Turned labels hang below the axis at 40°, so they need sin(40°) of their width.
  const margin = isLabelRotated ? { ...base, bottom: base.bottom + Math.min(90, Math.ceil(labelWidth * 0.64)) } : base;
  const baselineById = new Map((options.baseline?.items ?? []).map((item) => [item.id, item.value]));
  const { scale: y, ticks } = valueAxis(
    [...data.items.map((item) => item.value), ...baselineById.values()],
    height,
    margin,
  );
  const zero = y(0);
  const bars = data.items.map((item, index) => {
    const top = y(Math.max(0, item.value));
    return {
      id: item.id,
      index,
      value: item.value,
      x: round2(band(item.id) ?? 0),
      y: round2(top),
      width: round2(band.bandwidth()),
      height: round2(Math.abs(y(item.value) - zero)),
      center: round2((band(item.id) ?? 0) + band.bandwidth() / 2),
    };
  });
  const baseline = data.items.flatMap((item) => {
    const value = baselineById.get(item.id);
    if (value === undefined) return [];
    const left = (band(item.id) ?? 0) - band.step() * 0.05;
    return [{ id: item.id, value, x1: round2(left), x2: round2(left + band.bandwidth() + band.step() * 0.1), y: round2(y(value)) }];
  });
  return { width, height, margin, yTicks: ticks, zero: round2(zero), bars, baseline, isLabelRotated };
}
