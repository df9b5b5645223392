// Layout for QuadrantChart: two 0–1 axes split at a threshold into four named quadrants,
// bubbles with area proportional to size (scaleSqrt), quadrant names in the corners.
import { max } from 'd3-array';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { PointSeries } from '../../engine/series.ts';
import { AXIS_MARGIN, clamp, round2, type Margin, type Tick } from './chartGeometry.ts';

export interface QuadrantBubble {
  id: string;
  index: number;
  cx: number;
  cy: number;
  r: number;
  /** 0–3, in the order of PointSeries.quadrants. */
  quadrant: number;
}

export interface QuadrantCorner {
  /** 0–3, in the order of PointSeries.quadrants. */
  quadrant: number;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface QuadrantLayout {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Position of the threshold lines. */
  splitX: number;
  splitY: number;
  corners: QuadrantCorner[];
  bubbles: QuadrantBubble[];
}

export const BUBBLE_MIN_RADIUS = 4;

/** Which quadrant a point falls in; a point on the threshold counts as high. */
export function quadrantOf(x: number, y: number, threshold: number): number {
  return (x >= threshold ? 1 : 0) + (y >= threshold ? 2 : 0);
}

/** A near-square plot reads best; keep it between 260 and 480 tall. */
export function quadrantHeight(width: number): number {
  return Math.round(clamp(width * 0.75, 260, 480));
}

export function layoutQuadrant(data: PointSeries, width: number, height: number, margin: Margin = AXIS_MARGIN): QuadrantLayout {
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const x = scaleLinear().domain([0, 1]).range([left, right]);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const maxRadius = Math.max(BUBBLE_MIN_RADIUS, Math.min(right - left, bottom - top) / 10);
  const radius = scaleSqrt().domain([0, max(data.points, (p) => p.size) || 1]).range([0, maxRadius]);
  const pad = 8;
  const corners: QuadrantCorner[] = [
    { quadrant: 0, x: left + pad, y: bottom - pad, anchor: 'start' },
    { quadrant: 1, x: right - pad, y: bottom - pad, anchor: 'end' },
    { quadrant: 2, x: left + pad, y: top + pad + 12, anchor: 'start' },
    { quadrant: 3, x: right - pad, y: top + pad + 12, anchor: 'end' },
  ];
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return {
    width,
    height,
    margin,
    xTicks: ticks.map((value) => ({ value, pos: round2(x(value)) })),
    yTicks: ticks.map((value) => ({ value, pos: round2(y(value)) })),
    splitX: round2(x(data.threshold)),
    splitY: round2(y(data.threshold)),
    corners: corners.map((c) => ({ ...c, x: round2(c.x), y: round2(c.y) })),
    bubbles: data.points.map((p, index) => ({
      id: p.id,
      index,
      cx: round2(x(clamp(p.x, 0, 1))),
      cy: round2(y(clamp(p.y, 0, 1))),
      r: round2(Math.max(BUBBLE_MIN_RADIUS, radius(Math.max(0, p.size)))),
      quadrant: quadrantOf(p.x, p.y, data.threshold),
    })),
  };
}
