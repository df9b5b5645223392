// Shared sizes and small geometry helpers for the chart layouts: default width when the
// container cannot be measured (jsdom, hidden tabs), margins, rounding, text widths.

/** Used when the container reports width 0 (not laid out yet, or jsdom in tests). */
export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 320;
/** Narrower than this, charts stop shrinking and the page scrolls the figure instead. */
export const MIN_WIDTH = 280;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room for the y-axis title above the plot, tick labels left, axis title below. */
export const AXIS_MARGIN: Margin = { top: 32, right: 16, bottom: 48, left: 60 };

export interface Tick {
  value: number;
  /** Position along the axis in SVG units. */
  pos: number;
}

/** The width a chart lays out to: the measured one, or the default when unmeasured. */
export function chartWidth(measured: number): number {
  if (!(measured > 0)) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.round(measured));
}

/** Two decimals are plenty for SVG and keep test expectations exact. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Labels are drawn around 12–13px; CJK glyphs are about a full em wide, Latin ~0.6em. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}

export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}
