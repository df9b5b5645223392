// Layout for RadarChart: one spoke per axis starting at the top and going clockwise,
// rings at quarters of the maximum, and one closed polygon per series.
import { round2 } from './chartGeometry.ts';

export interface RadarAxisIn {
  id: string;
  label: string;
}
export interface RadarSeriesIn {
  id: string;
  label: string;
  values: Record<string, number>;
}

export interface RadarSpoke {
  id: string;
  label: string;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarPolygon {
  id: string;
  index: number;
  /** SVG polygon `points` attribute. */
  points: string;
  vertices: { axis: string; x: number; y: number; value: number }[];
}

export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  spokes: RadarSpoke[];
  rings: { value: number; points: string }[];
  polygons: RadarPolygon[];
}

/** Room left around the web for the axis labels. */
export const RADAR_LABEL_ROOM = { x: 90, y: 28 };

export function radarHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(260, width * 0.7)));
}

/** Angle of spoke i of n: the first points straight up, the rest follow clockwise. */
function angle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

export function layoutRadar(
  axes: readonly RadarAxisIn[],
  series: readonly RadarSeriesIn[],
  width: number,
  height: number,
  max = 100,
): RadarLayout {
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(10, Math.min(cx - RADAR_LABEL_ROOM.x, cy - RADAR_LABEL_ROOM.y));
  const n = Math.max(1, axes.length);
  const at = (i: number, r: number) => ({ x: round2(cx + r * Math.cos(angle(i, n))), y: round2(cy + r * Math.sin(angle(i, n))) });
  const ring = (r: number) => axes.map((_, i) => at(i, r)).map((p) => `${p.x},${p.y}`).join(' ');
  const spokes = axes.map((axis, i) => {
    const tip = at(i, radius);
    const label = at(i, radius + 10);
    const cos = Math.cos(angle(i, n));
    const sin = Math.sin(angle(i, n));
    return {
      id: axis.id,
      label: axis.label,
      ...tip,
      labelX: label.x,
      // Labels above the centre sit on their baseline; below, they hang from it.
      labelY: round2(label.y + (sin > 0.3 ? 10 : sin < -0.3 ? -2 : 4)),
      anchor: cos > 0.3 ? ('start' as const) : cos < -0.3 ? ('end' as const) : ('middle' as const),
    };
  });
  const polygons = series.map((s, index) => {
    const vertices = axes.map((axis, i) => {
      const value = s.values[axis.id] ?? 0;
      const scaled = (Math.min(max, Math.max(0, value)) / max) * radius;
      return { axis: axis.id, value, ...at(i, scaled) };
    });
    return { id: s.id, index, vertices, points: vertices.map((v) => `${v.x},${v.y}`).join(' ') };
  });
  return {
    width,
    height,
    cx: round2(cx),
    cy: round2(cy),
    radius: round2(radius),
    spokes,
    rings: [0.25, 0.5, 0.75, 1].map((f) => ({ value: f * max, points: ring(f * radius) })),
    polygons,
  };
}
