// Layout for BarChart (and histograms): one bar per item on a band scale, growing from
// zero; an optional baseline run is drawn as a dashed marker across each matching band, and
// value markers (a learner's estimate) as a line: across a histogram's bins where the value
// falls, or level with the value on the bars' axis.
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

/** A value marked on the chart, e.g. "your estimate". */
export interface ValueMarker {
  id: string;
  value: number;
  label: string;
}

export interface MarkerLine {
  id: string;
  value: number;
  label: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** Vertical on a histogram (x is the value), horizontal on bars (y is the value). */
  orientation: 'vertical' | 'horizontal';
  /** The value lies outside the histogram's bins: the line stands at that edge. */
  clamped: 'below' | 'above' | null;
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
  markers: MarkerLine[];
}

export interface BarLayoutOptions {
  baseline?: BarSeries;
  markers?: ValueMarker[];
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
  const isHistogram = data.items.length > 0 && data.items.every((item) => item.range !== undefined);
  const markerValues = isHistogram ? [] : (options.markers ?? []).map((m) => m.value);
  const { scale: y, ticks } = valueAxis(
    [...data.items.map((item) => item.value), ...baselineById.values(), ...markerValues],
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
  const top = margin.top;
  const bottom = height - margin.bottom;
  const markers = (options.markers ?? []).map((m): MarkerLine => {
    if (!isHistogram) {
      const at = round2(y(m.value));
      return { ...m, x1: margin.left, x2: width - margin.right, y1: at, y2: at, orientation: 'horizontal', clamped: null };
    }
    const { x, clamped } = histogramX(data, band, m.value);
    return { ...m, x1: round2(x), x2: round2(x), y1: top, y2: bottom, orientation: 'vertical', clamped };
  });
  return { width, height, margin, yTicks: ticks, zero: round2(zero), bars, baseline, isLabelRotated, markers };
}

/** Where a value falls across histogram bins: inside its bin in proportion, or at the near edge. */
function histogramX(data: BarSeries, band: ReturnType<typeof scaleBand<string>>, value: number): { x: number; clamped: 'below' | 'above' | null } {
  const first = data.items[0]!;
  const last = data.items.at(-1)!;
  if (value < first.range![0]) return { x: band(first.id) ?? 0, clamped: 'below' };
  if (value > last.range![1]) return { x: (band(last.id) ?? 0) + band.bandwidth(), clamped: 'above' };
  const item = data.items.find((i) => value >= i.range![0] && value <= i.range![1]) ?? last;
  const [from, to] = item.range!;
  const share = to > from ? (value - from) / (to - from) : 0.5;
  return { x: (band(item.id) ?? 0) + share * band.bandwidth(), clamped: null };
}
