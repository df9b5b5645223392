// Layout for TornadoChart (sensitivity): per parameter, the metric at the parameter's min
// and max drawn as two bars out from the base value, sorted with the largest swing on top.
import { extent } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { round2, type Margin, type Tick } from './chartGeometry.ts';

export interface TornadoBarIn {
  id: string;
  label: string;
  /** The parameter's own min and max. */
  low: number;
  high: number;
  /** The metric with the parameter at its min / max (others at base). */
  lowValue: number;
  highValue: number;
}

export interface TornadoRect {
  x: number;
  width: number;
}

export interface TornadoRow {
  bar: TornadoBarIn;
  /** |highValue − lowValue|. */
  swing: number;
  y: number;
  height: number;
  center: number;
  /** From the base to the metric at the parameter's min, and at its max. */
  atLow: TornadoRect;
  atHigh: TornadoRect;
}

export interface TornadoLayout {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  /** x of the base value. */
  baseX: number;
  rows: TornadoRow[];
}

export const TORNADO_ROW_HEIGHT = 36;
const TORNADO_MARGIN: Margin = { top: 16, right: 20, bottom: 48, left: 16 };

/** Largest swing first; equal swings keep the caller's order. */
export function sortBySwing(bars: readonly TornadoBarIn[]): { bar: TornadoBarIn; swing: number }[] {
  return bars
    .map((bar, order) => ({ bar, swing: Math.abs(bar.highValue - bar.lowValue), order }))
    .sort((a, b) => b.swing - a.swing || a.order - b.order)
    .map(({ bar, swing }) => ({ bar, swing }));
}

export function tornadoHeight(count: number): number {
  return Math.max(120, count * TORNADO_ROW_HEIGHT + TORNADO_MARGIN.top + TORNADO_MARGIN.bottom);
}

export function layoutTornado(
  bars: readonly TornadoBarIn[],
  base: number,
  width: number,
  height: number,
  options: { maxLabelWidth?: number } = {},
): TornadoLayout {
  // Parameter names go left of the plot; never let them take more than 40% of the width.
  const labelRoom = Math.min(Math.round(width * 0.4), (options.maxLabelWidth ?? 0) + 12);
  const margin = { ...TORNADO_MARGIN, left: TORNADO_MARGIN.left + labelRoom };
  const sorted = sortBySwing(bars);
  const [lo = base, hi = base] = extent([base, ...bars.flatMap((b) => [b.lowValue, b.highValue])]);
  const x = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .nice()
    .range([margin.left, width - margin.right]);
  const band = scaleBand()
    .domain(sorted.map((s) => s.bar.id))
    .range([margin.top, height - margin.bottom])
    .padding(0.25);
  const baseX = x(base);
  const rect = (value: number): TornadoRect => ({
    x: round2(Math.min(baseX, x(value))),
    width: round2(Math.abs(x(value) - baseX)),
  });
  const count = Math.max(2, Math.floor((width - margin.left - margin.right) / 80));
  return {
    width,
    height,
    margin,
    xTicks: x.ticks(count).map((value) => ({ value, pos: round2(x(value)) })),
    baseX: round2(baseX),
    rows: sorted.map(({ bar, swing }) => {
      const top = band(bar.id) ?? 0;
      return {
        bar,
        swing,
        y: round2(top),
        height: round2(band.bandwidth()),
        center: round2(top + band.bandwidth() / 2),
        atLow: rect(bar.lowValue),
        atHigh: rect(bar.highValue),
      };
    }),
  };
}
