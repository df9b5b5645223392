// Chart data for the cascade: the word-of-mouth tree, the loss waterfall, the two ends side by
// side and the histogram of sampled totals, in the shapes of src/engine/series.ts.
import type { BarSeries, TreeSeries } from '../../series.ts';
import type { Localized } from '../../locale.ts';
import type { CascadeEnd } from './expected.ts';
import type { HistogramBin } from './distribution.ts';
import { formatCount, formatMoney, localized } from './labels.ts';

const PEOPLE: Localized = { en: 'people', 'zh-CN': '人' };
const DOLLARS: Localized = { en: 'dollars', 'zh-CN': '美元' };
const LOSS_AXIS: Localized = { en: 'Lost revenue', 'zh-CN': '损失的销售额' };

export function treeSeries(end: CascadeEnd, isFirstCircleCounted: boolean): TreeSeries {
  const firstLabel = localized(
    isFirstCircleCounted
      ? { en: 'First circle: {n} people influenced', 'zh-CN': '第一圈：{n} 人受影响' }
      : { en: 'First circle: {n} people influenced (not counted as affected)', 'zh-CN': '第一圈：{n} 人受影响（不计入受影响者）' },
    { n: formatCount(end.firstCircle) },
  );
  return {
    kind: 'tree',
    unit: PEOPLE,
    root: {
      id: 'her',
      label: localized({ en: 'Mrs. Smith (tells {n} people)', 'zh-CN': '史密斯女士（告诉 {n} 人）' }, { n: formatCount(end.told) }),
      value: 1,
      children: [
        {
          id: 'first-circle',
          label: firstLabel,
          value: end.firstCircle,
          children: [
            {
              id: 'second-circle',
              label: localized({ en: 'Second circle: {n} people', 'zh-CN': '第二圈：{n} 人' }, { n: formatCount(end.secondCircle) }),
              value: end.secondCircle,
              children: [],
            },
          ],
        },
      ],
    },
  };
}

export function waterfallSeries(end: CascadeEnd): BarSeries {
  return {
    kind: 'bars',
    xLabel: { en: 'Source of the loss', 'zh-CN': '损失来源' },
    yLabel: LOSS_AXIS,
    unit: DOLLARS,
    items: [
      { id: 'herself', label: { en: 'Her own spend', 'zh-CN': '她本人的消费' }, value: end.herOwnLoss },
      { id: 'first-circle', label: { en: 'First circle lost', 'zh-CN': '第一圈流失' }, value: end.firstCircleLoss },
      { id: 'second-circle', label: { en: 'Second circle lost', 'zh-CN': '第二圈流失' }, value: end.secondCircleLoss },
      { id: 'total', label: { en: 'Total loss', 'zh-CN': '总损失' }, value: end.totalLoss, total: true },
    ],
  };
}

export function endsSeries(low: CascadeEnd, high: CascadeEnd): BarSeries {
  return {
    kind: 'bars',
    xLabel: { en: 'End of the range', 'zh-CN': '区间端点' },
    yLabel: LOSS_AXIS,
    unit: DOLLARS,
    items: [
      { id: 'low', label: localized({ en: 'Low end: tells {n}', 'zh-CN': '低端：告诉 {n} 人' }, { n: formatCount(low.told) }), value: low.totalLoss },
      { id: 'high', label: localized({ en: 'High end: tells {n}', 'zh-CN': '高端：告诉 {n} 人' }, { n: formatCount(high.told) }), value: high.totalLoss },
    ],
  };
}

export function distributionSeries(bins: readonly HistogramBin[]): BarSeries {
  return {
    kind: 'bars',
    xLabel: { en: 'Total loss (range of each bar)', 'zh-CN': '总损失（每根柱的区间）' },
    yLabel: { en: 'Simulated outcomes', 'zh-CN': '模拟次数' },
    unit: { en: 'runs', 'zh-CN': '次' },
    items: bins.map((bin, index) => ({
      id: `bin-${index}`,
      label: localized({ en: '{from}–{to}', 'zh-CN': '{from}–{to}' }, { from: formatMoney(bin.from), to: formatMoney(bin.to) }),
      value: bin.count,
      range: [bin.from, bin.to] as [number, number],
    })),
  };
}
