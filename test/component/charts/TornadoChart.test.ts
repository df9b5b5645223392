// TornadoChart: the chart sorts the parameters itself (largest swing first), labels them on
// the plot, and its table lists range, metric at min and max, and swing in both languages.
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import TornadoChart from '../../../src/ui/charts/TornadoChart.svelte';
import { legendEntries, openTable, tableRows } from './chartTestKit.ts';

const bars = [
  { id: 'weekly', label: 'Weekly spend', low: 30, high: 70, lowValue: 132600, highValue: 309400 },
  { id: 'told', label: 'People told', low: 10, high: 20, lowValue: 150000, highValue: 290000.4 },
  { id: 'years', label: 'Years', low: 5, high: 15, lowValue: 110500, highValue: 331500 },
];

afterEach(() => i18n.setLocale('en'));

test('in English: sorted by swing, with legend and table', async () => {
  i18n.setLocale('en');
  render(TornadoChart, { title: 'What matters most', metricLabel: 'Lost value', unit: '$', base: 221000, bars });
  expect(screen.getByRole('img')).toHaveAccessibleName('What matters most. Sensitivity of Lost value to 3 parameters; largest swing: Years.');
  expect(legendEntries('Legend')).toEqual(['Parameter at its minimum', 'Parameter at its maximum']);
  expect(tableRows(await openTable('What matters most: data'))).toEqual([
    ['Parameter', 'Parameter range', 'Lost value ($) at minimum', 'Lost value ($) at maximum', 'Swing'],
    ['Years', '5 – 15', '110,500', '331,500', '221,000'],
    ['Weekly spend', '30 – 70', '132,600', '309,400', '176,800'],
    ['People told', '10 – 20', '150,000', '290,000', '140,000'],
  ]);
  expect(screen.getByText('Lost value ($) · Base: 221,000')).toBeInTheDocument();
});

test('in Chinese', async () => {
  i18n.setLocale('zh-CN');
  const zhBars = bars.map((b, i) => ({ ...b, label: ['每周消费', '告诉的人数', '年数'][i] as string }));
  render(TornadoChart, { title: '敏感度', metricLabel: '损失价值', unit: '美元', base: 221000, bars: zhBars });
  expect(screen.getByRole('img')).toHaveAccessibleName('敏感度。损失价值对 3 个参数的敏感度；变化幅度最大：年数。');
  expect(tableRows(await openTable('敏感度：数据'))).toEqual([
    ['参数', '参数范围', '参数取最小值时的损失价值（美元）', '参数取最大值时的损失价值（美元）', '变化幅度'],
    ['年数', '5 – 15', '110,500', '331,500', '221,000'],
    ['每周消费', '30 – 70', '132,600', '309,400', '176,800'],
    ['告诉的人数', '10 – 20', '150,000', '290,000', '140,000'],
  ]);
});
