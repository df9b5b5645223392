// Layout for LineChart: data → scales, ticks and SVG paths for lines or stacked areas,
// plus an optional baseline run drawn dashed on the same scales (for compare).
import { extent, max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, line, stack } from 'd3-shape';
import type { LineSeries } from '../../engine/series.ts';
import { AXIS_MARGIN, round2, type Margin, type Tick } from './chartGeometry.ts';

export interface LinePath {
  id: string;
  index: number;
  /** SVG path data of the line (for stacked charts: the top edge of the layer). */
  line: string;
  /** SVG path data of the filled layer; empty unless stacked. */
  area: string;
  points: { x: number; y: number; value: number }[];
}

export interface LineLayout {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  series: LinePath[];
  baseline: LinePath[];
  /** Vertical marks (data.markers) inside the x range, at their pixel position. */
  markers: { pos: number; index: number }[];
}

export interface LineLayoutOptions {
  stacked?: boolean;
  baseline?: LineSeries;
  margin?: Margin;
}

/** Per-x cumulative [bottom, top] of each series, in series order. */
function stackLayers(data: LineSeries): [number, number][][] {
  const rows = data.x.map((_, i) => Object.fromEntries(data.series.map((s) => [s.id, s.values[i] ?? 0])));
  const layers = stack<Record<string, number>>().keys(data.series.map((s) => s.id))(rows);
  return layers.map((layer) => layer.map((point) => [point[0], point[1]] as [number, number]));
}

function bands(data: LineSeries, isStacked: boolean): [number, number][][] {
  if (isStacked) return stackLayers(data);
  return data.series.map((s) => data.x.map((_, i) => [0, s.values[i] ?? 0] as [number, number]));
}

export function layoutLines(
  data: LineSeries,
  width: number,
  height: number,
  options: LineLayoutOptions = {},
): LineLayout {
  const margin = options.margin ?? AXIS_MARGIN;
  const isStacked = options.stacked ?? false;
  const mainBands = bands(data, isStacked);
  const baseBands = options.baseline ? bands(options.baseline, isStacked) : [];
  const allXs = [...data.x, ...(options.baseline?.x ?? [])];
  const allYs = [...mainBands, ...baseBands].flat().flat();

  const [x0 = 0, x1 = 1] = extent(allXs);
  const x = scaleLinear()
    .domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([margin.left, width - margin.right]);
  const yMin = Math.min(0, min(allYs) ?? 0);
  const top = max(allYs) ?? 1;
  const yMax = top > yMin ? top : yMin + 1;
  const y = scaleLinear().domain([yMin, yMax]).nice().range([height - margin.bottom, margin.top]);

  const toPaths = (source: LineSeries, layerBands: [number, number][][]): LinePath[] =>
    source.series.map((s, index) => {
      const band = layerBands[index] ?? [];
      const pts = band.map(([lo, hi], i) => ({ x: source.x[i] ?? 0, lo, hi }));
      const topLine = line<(typeof pts)[number]>().x((p) => x(p.x)).y((p) => y(p.hi)).digits(2);
      const fill = area<(typeof pts)[number]>().x((p) => x(p.x)).y0((p) => y(p.lo)).y1((p) => y(p.hi)).digits(2);
      return {
        id: s.id,
        index,
        line: topLine(pts) ?? '',
        area: isStacked ? (fill(pts) ?? '') : '',
        points: pts.map((p, i) => ({ x: round2(x(p.x)), y: round2(y(p.hi)), value: s.values[i] ?? 0 })),
      };
    });

  const isIntegerX = allXs.every(Number.isInteger);
  const tickCount = Math.max(2, Math.min(data.x.length, Math.floor((width - margin.left - margin.right) / 60)));
  return {
    width,
    height,
    margin,
    xTicks: x.ticks(tickCount).filter((v) => !isIntegerX || Number.isInteger(v)).map((value) => ({ value, pos: round2(x(value)) })),
    yTicks: y.ticks(Math.max(2, Math.floor((height - margin.top - margin.bottom) / 40))).map((value) => ({ value, pos: round2(y(value)) })),
    series: toPaths(data, mainBands),
    baseline: options.baseline ? toPaths(options.baseline, baseBands) : [],
    markers: (data.markers ?? [])
      .map((marker, index) => ({ pos: round2(x(marker.x)), index, value: marker.x }))
      .filter((marker) => marker.value >= (x0 ?? 0) && marker.value <= (x1 ?? 0))
      .map(({ pos, index }) => ({ pos, index })),
  };
}
