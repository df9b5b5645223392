// The class report's charts as BarSeries for the chart kit: score histograms (students per
// 10-point band) and decision shares (percent). Labels carry both languages, like a model's.
import type { Localized } from '../../engine/locale.ts';
import type { BarSeries } from '../../engine/series.ts';
import { classReportEn } from '../app/i18n/classReport.en.ts';
import { classReportZhCN } from '../app/i18n/classReport.zh-CN.ts';
import { BAND_LABELS } from './stats.ts';
import type { Distribution, OptionShare } from './types.ts';

type Key = keyof typeof classReportEn;
const both = (key: Key): Localized => ({ en: classReportEn[key], 'zh-CN': classReportZhCN[key] });
const same = (text: string): Localized => ({ en: text, 'zh-CN': text });
const NO_UNIT: Localized = same('');

/** Percentages with one decimal: what the chart and its table show. */
export const toPercent = (share: number): number => Math.round(share * 1000) / 10;

export function histogramSeries(distribution: Distribution): BarSeries {
  return {
    kind: 'bars',
    xLabel: both('classReport.hist.x'),
    yLabel: both('classReport.hist.y'),
    unit: NO_UNIT,
    items: distribution.bins.map((count, i) => ({ id: `band-${i}`, label: same(BAND_LABELS[i]!), value: count })),
  };
}

export function shareSeries(options: readonly OptionShare[], kind: 'choice' | 'allocate'): BarSeries {
  return {
    kind: 'bars',
    xLabel: both('classReport.choice.x'),
    yLabel: both(kind === 'choice' ? 'classReport.choice.y' : 'classReport.allocate.y'),
    unit: both('classReport.percent'),
    items: options.map((o) => ({ id: `option-${o.id}`, label: o.label ?? same(o.id), value: toPercent(o.share) })),
  };
}
