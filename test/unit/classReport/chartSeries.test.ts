// The class report's chart data: histograms with one bar per 10-point band, and decision
// shares as percentages with one decimal, labelled in both languages.
import { expect, test } from 'vitest';
import { histogramSeries, shareSeries, toPercent } from '../../../src/ui/classReport/chartSeries.ts';
import { distributionOf } from '../../../src/ui/classReport/stats.ts';

test('a histogram has ten bands with the student counts', () => {
  const series = histogramSeries(distributionOf([83, 38.8, 72.5]));
  expect(series.items.map((i) => [i.label.en, i.value])).toEqual([
    ['0–9', 0], ['10–19', 0], ['20–29', 0], ['30–39', 1], ['40–49', 0],
    ['50–59', 0], ['60–69', 0], ['70–79', 1], ['80–89', 1], ['90–100', 0],
  ]);
  expect(series.yLabel).toEqual({ en: 'Students', 'zh-CN': '学生人数' });
  expect(new Set(series.items.map((i) => i.id)).size).toBe(10); // the band scale needs unique ids
});

test('shares become percentages; options an old version had keep their id as label', () => {
  const series = shareSeries(
    [
      { id: 'value', label: { en: 'Value', 'zh-CN': '价值' }, count: 1, share: 1 / 3 },
      { id: 'gone', label: null, count: 2, share: 2 / 3 },
    ],
    'choice',
  );
  expect(series.items).toEqual([
    // Prefixed ids: an option called "value" must not take the value dimension's colour.
    { id: 'option-value', label: { en: 'Value', 'zh-CN': '价值' }, value: 33.3 },
    { id: 'option-gone', label: { en: 'gone', 'zh-CN': 'gone' }, value: 66.7 },
  ]);
  expect(series.unit).toEqual({ en: '%', 'zh-CN': '%' });
  expect(shareSeries([], 'allocate').yLabel.en).toBe('Mean share of the budget');
});

test.each([
  { share: 0, percent: 0 },
  { share: 1 / 3, percent: 33.3 },
  { share: 0.6000000000000001, percent: 60 },
  { share: 0.4449, percent: 44.5 },
  { share: 1, percent: 100 },
])('$share is $percent%', ({ share, percent }) => {
  expect(toPercent(share)).toBe(percent);
});
