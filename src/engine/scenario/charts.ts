// Which chart kinds can draw which kinds of model series.
import type { SeriesKind } from '../series.ts';
import type { ChartKind } from './schema.ts';

const FITS: Record<ChartKind, SeriesKind> = {
  line: 'lines',
  stackedArea: 'lines',
  bar: 'bars',
  histogram: 'bars',
  waterfall: 'bars',
  tree: 'tree',
  sankey: 'flows',
  quadrant: 'points',
};

export function chartFits(chart: ChartKind, series: SeriesKind): boolean {
  return FITS[chart] === series;
}
