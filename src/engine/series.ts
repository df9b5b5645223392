// The shapes a model hands to charts. Models fill them; src/ui/charts renders them. Labels
// are two-language texts, because models know their own categories (rungs, kinds, …).
import type { Localized } from './locale.ts';

/** One value per x, for line and stacked-area charts (x: rounds, months, …). */
export interface LineSeries {
  kind: 'lines';
  x: number[];
  xLabel: Localized;
  yLabel: Localized;
  /** Unit shown beside values, e.g. { en: 'people', 'zh-CN': '人' }; may be empty strings. */
  unit: Localized;
  series: { id: string; label: Localized; values: number[] }[];
  /** Values count whole things (people): shown without decimals. */
  whole?: boolean;
  /** Moments to mark with a vertical line, e.g. the quarter a rival opened. */
  markers?: { x: number; label: Localized }[];
}

/** Labelled values: bar charts, histograms (label = bin), waterfalls (bars in order). */
export interface BarSeries {
  kind: 'bars';
  xLabel: Localized;
  yLabel: Localized;
  unit: Localized;
  items: {
    id: string;
    label: Localized;
    value: number;
    /** waterfall: a running total bar */
    total?: boolean;
    /** histogram: the bin's range of x values [from, to), so a value can be marked on it */
    range?: [number, number];
  }[];
  /** Values count whole things (people): shown without decimals. */
  whole?: boolean;
}

/** A tree, e.g. word of mouth: who told whom, with a count per node. */
export interface TreeNode {
  id: string;
  label: Localized;
  value: number;
  children: TreeNode[];
}
export interface TreeSeries {
  kind: 'tree';
  unit: Localized;
  root: TreeNode;
}

/** Flows between stages (Sankey). */
export interface FlowSeries {
  kind: 'flows';
  unit: Localized;
  nodes: { id: string; label: Localized }[];
  links: { source: string; target: string; value: number }[];
  /** Values count whole things (people): shown without decimals. */
  whole?: boolean;
}

/** Points on two 0–1 axes with a threshold, e.g. attachment × repeat purchase. */
export interface PointSeries {
  kind: 'points';
  xLabel: Localized;
  yLabel: Localized;
  /** Where the quadrants split on both axes. */
  threshold: number;
  /** Names of the four quadrants: [low x low y, high x low y, low x high y, high x high y]. */
  quadrants: [Localized, Localized, Localized, Localized];
  points: { id: string; label: Localized; x: number; y: number; size: number }[];
  /** Sizes count whole things (people): shown without decimals. */
  whole?: boolean;
}

export type Series = LineSeries | BarSeries | TreeSeries | FlowSeries | PointSeries;
export type SeriesKind = Series['kind'];
