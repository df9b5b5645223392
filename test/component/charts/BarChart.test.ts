// BarChart and WaterfallChart: image summaries, legends only where there is more than one
// kind of mark, and data tables with values formatted for each language.
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import type { BarSeries } from '../../../src/engine/series.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import BarChart from '../../../src/ui/charts/BarChart.svelte';
import WaterfallChart from '../../../src/ui/charts/WaterfallChart.svelte';
import { legendEntries, openTable, tableRows } from './chartTestKit.ts';

const L = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const rungs: BarSeries = {
  kind: 'bars',
  xLabel: L('Rung', '阶梯'),
  yLabel: L('Customers', '顾客'),
  unit: L('people', '人'),
  items: [
    { id: 'repeat', label: L('Repeat', '重复购买'), value: 1250 },
    { id: 'core', label: L('Core', '核心'), value: 221000 },
  ],
};
const loss: BarSeries = {
  kind: 'bars',
  xLabel: L('Source of loss', '损失来源'),
  yLabel: L('Lost spend', '损失的消费'),
  unit: L('$', '美元'),
  items: [
    { id: 'own', label: L('Her own spend', '她本人的消费'), value: 26000 },
    { id: 'told', label: L('Those she told', '听她讲述的人'), value: 195000 },
    { id: 'saved', label: L('Won back', '挽回'), value: -1000 },
    { id: 'total', label: L('Total', '合计'), value: 220000, total: true },
  ],
};

afterEach(() => i18n.setLocale('en'));

test('bar chart in English: summary, no legend for one series, formatted table', async () => {
  i18n.setLocale('en');
  render(BarChart, { title: 'Customers by rung', data: rungs });
  expect(screen.getByRole('figure', { name: 'Customers by rung' })).toBeInTheDocument();
  expect(screen.getByRole('img')).toHaveAccessibleName('Customers by rung. Bar chart of 2 bars; highest: Core, 221,000 people.');
  expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  expect(tableRows(await openTable('Customers by rung: data'))).toEqual([
    ['Rung', 'Customers (people)'],
    ['Repeat', '1,250'],
    ['Core', '221,000'],
  ]);
});

test('bar chart in Chinese with a baseline: legend and a baseline column', async () => {
  i18n.setLocale('zh-CN');
  const before: BarSeries = { ...rungs, items: [{ id: 'core', label: L('Core', '核心'), value: 180000 }] };
  render(BarChart, { title: '各级顾客', data: rungs, baseline: before });
  expect(legendEntries('图例')).toEqual(['本次运行', '对照']);
  expect(tableRows(await openTable('各级顾客：数据'))).toEqual([
    ['阶梯', '顾客（人）', '对照（人）'],
    ['重复购买', '1,250', '—'],
    ['核心', '221,000', '180,000'],
  ]);
});

test('waterfall in English: running totals, signed changes, a legend of kinds', async () => {
  i18n.setLocale('en');
  render(WaterfallChart, { title: 'What losing Mrs. Smith costs', data: loss });
  expect(screen.getByRole('img')).toHaveAccessibleName('What losing Mrs. Smith costs. Waterfall of 4 steps, ending at 220,000 $.');
  expect(legendEntries('Legend')).toEqual(['Total', 'Increase', 'Decrease']);
  expect(tableRows(await openTable('What losing Mrs. Smith costs: data'))).toEqual([
    ['Step', 'Change ($)', 'Running total ($)'],
    ['Her own spend', '+26,000', '26,000'],
    ['Those she told', '+195,000', '221,000'],
    ['Won back', '-1,000', '220,000'],
    ['Total', 'Total', '220,000'],
  ]);
});

test('waterfall in Chinese', async () => {
  i18n.setLocale('zh-CN');
  render(WaterfallChart, { title: '失去史密斯太太的代价', data: loss });
  expect(screen.getByRole('img')).toHaveAccessibleName('失去史密斯太太的代价。瀑布图，共 4 步，最终为 220,000 美元。');
  expect(tableRows(await openTable('失去史密斯太太的代价：数据'))).toEqual([
    ['项目', '变化（美元）', '累计（美元）'],
    ['她本人的消费', '+26,000', '26,000'],
    ['听她讲述的人', '+195,000', '221,000'],
    ['挽回', '-1,000', '220,000'],
    ['合计', '合计', '220,000'],
  ]);
});

test('the chart re-renders when the language switches', async () => {
  i18n.setLocale('en');
  render(BarChart, { title: 'Customers', data: rungs });
  const table = await openTable('Customers: data');
  expect(tableRows(table)[0]).toEqual(['Rung', 'Customers (people)']);
  i18n.setLocale('zh-CN');
  await Promise.resolve();
  expect(tableRows(screen.getByRole('table'))[0]).toEqual(['阶梯', '顾客（人）']);
});

test('a rung keeps its palette colour: core is --chart-1 wherever it stands', () => {
  i18n.setLocale('en');
  const { container } = render(BarChart, { title: 'Customers', data: rungs });
  const fills = [...container.querySelectorAll('svg[role="img"] rect')].map((r) => (r as SVGElement).style.fill);
  expect(fills).toEqual(['var(--chart-8)', 'var(--chart-1)']);
});
