// QuadrantChart and RadarChart: quadrant names on the plot, a legend per point or series,
// and tables with each point's quadrant / each dimension's scores, in both languages.
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import type { PointSeries } from '../../../src/engine/series.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import QuadrantChart from '../../../src/ui/charts/QuadrantChart.svelte';
import RadarChart from '../../../src/ui/charts/RadarChart.svelte';
import { legendEntries, openTable, tableRows } from './chartTestKit.ts';

const L = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const loyalty: PointSeries = {
  kind: 'points',
  xLabel: L('Attachment', '态度依恋'),
  yLabel: L('Repeat purchase', '重复购买'),
  threshold: 0.5,
  quadrants: [L('No loyalty', '无忠诚'), L('Latent', '潜在忠诚'), L('Spurious', '虚假忠诚'), L('True', '真正忠诚')],
  points: [
    { id: 'core', label: L('Core', '核心'), x: 0.82, y: 0.9, size: 12000 },
    { id: 'repeat', label: L('Repeat', '重复购买者'), x: 0.3, y: 0.75, size: 1250.4 },
  ],
};

afterEach(() => i18n.setLocale('en'));

test('quadrant chart in English', async () => {
  i18n.setLocale('en');
  render(QuadrantChart, { title: 'Loyalty types', data: loyalty });
  expect(screen.getByRole('img')).toHaveAccessibleName(
    'Loyalty types. 2 points on Attachment and Repeat purchase, split into four quadrants at 0.5.',
  );
  expect(legendEntries('Legend')).toEqual(['Core', 'Repeat']);
  const plot = within(screen.getByRole('img'));
  for (const name of ['No loyalty', 'Latent', 'Spurious', 'True']) expect(plot.getByText(name)).toBeInTheDocument();
  expect(tableRows(await openTable('Loyalty types: data'))).toEqual([
    ['Point', 'Attachment', 'Repeat purchase', 'Size', 'Quadrant'],
    ['Core', '0.82', '0.9', '12,000', 'True'],
    ['Repeat', '0.3', '0.75', '1,250', 'Spurious'],
  ]);
});

test('quadrant chart in Chinese', async () => {
  i18n.setLocale('zh-CN');
  render(QuadrantChart, { title: '忠诚类型', data: loyalty });
  expect(legendEntries('图例')).toEqual(['核心', '重复购买者']);
  expect(tableRows(await openTable('忠诚类型：数据'))).toEqual([
    ['点', '态度依恋', '重复购买', '大小', '象限'],
    ['核心', '0.82', '0.9', '12,000', '真正忠诚'],
    ['重复购买者', '0.3', '0.75', '1,250', '虚假忠诚'],
  ]);
});

const dimensions = [
  { id: 'value', label: 'Value' },
  { id: 'relationship', label: 'Relationship' },
  { id: 'ethics', label: 'Ethics' },
  { id: 'insight', label: 'Insight' },
];

test('radar chart: a polygon per series, a legend, a table of scores', async () => {
  i18n.setLocale('en');
  const { container } = render(RadarChart, {
    title: 'Your profile',
    axes: dimensions,
    series: [
      { id: 'me', label: 'You', values: { value: 72.5, relationship: 80, ethics: 95, insight: 60 } },
      { id: 'class', label: 'Class average', values: { value: 65, relationship: 70, ethics: 88 } },
    ],
  });
  expect(screen.getByRole('img')).toHaveAccessibleName(
    'Your profile. Radar chart over 4 dimensions (Value, Relationship, Ethics, Insight), for You, Class average.',
  );
  expect(legendEntries('Legend')).toEqual(['You', 'Class average']);
  expect(container.querySelectorAll('polygon[fill-opacity]')).toHaveLength(2);
  expect(tableRows(await openTable('Your profile: data'))).toEqual([
    ['Dimension', 'You', 'Class average'],
    ['Value', '72.5', '65'],
    ['Relationship', '80', '70'],
    ['Ethics', '95', '88'],
    ['Insight', '60', '—'],
  ]);
});

test('radar chart in Chinese, one series: no legend', async () => {
  i18n.setLocale('zh-CN');
  const axes = [
    { id: 'value', label: '价值' },
    { id: 'relationship', label: '关系' },
    { id: 'ethics', label: '伦理' },
  ];
  render(RadarChart, { title: '能力画像', axes, series: [{ id: 'me', label: '你', values: { value: 1200, relationship: 0.5, ethics: 3 } }], max: 2000 });
  expect(screen.getByRole('img')).toHaveAccessibleName('能力画像。雷达图，共 3 个维度（价值、关系、伦理），对象：你。');
  expect(screen.queryByRole('list', { name: '图例' })).toBeNull();
  expect(tableRows(await openTable('能力画像：数据'))).toEqual([
    ['维度', '你'],
    ['价值', '1,200'],
    ['关系', '0.5'],
    ['伦理', '3'],
  ]);
});
