// LineChart: an image with a summary, a title, a legend for several series, and a data
// table whose numbers follow the language (en and zh-CN); baseline columns when comparing.
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import type { LineSeries } from '../../../src/engine/series.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import LineChart from '../../../src/ui/charts/LineChart.svelte';
import { legendEntries, openTable, tableRows } from './chartTestKit.ts';

const population: LineSeries = {
  kind: 'lines',
  x: [1, 2, 3],
  xLabel: { en: 'Quarter', 'zh-CN': '季度' },
  yLabel: { en: 'Customers', 'zh-CN': '顾客' },
  unit: { en: 'people', 'zh-CN': '人' },
  series: [
    { id: 'core', label: { en: 'Core', 'zh-CN': '核心' }, values: [1200, 1500.5, 22100] },
    { id: 'lost', label: { en: 'Lost', 'zh-CN': '流失' }, values: [0, 40, 95] },
  ],
};
const before: LineSeries = { ...population, series: [{ id: 'core', label: { en: 'Core', 'zh-CN': '核心' }, values: [1000, 1100, 1200] }] };

afterEach(() => i18n.setLocale('en'));

test('in English: an image with a summary, the title, a legend and a formatted table', async () => {
  i18n.setLocale('en');
  render(LineChart, { title: 'Customers per rung', data: population });
  expect(screen.getByRole('figure', { name: 'Customers per rung' })).toBeInTheDocument();
  expect(screen.getByRole('img')).toHaveAccessibleName(
    'Customers per rung. Line chart of 2 series (Core, Lost); Quarter from 1 to 3.',
  );
  expect(legendEntries('Legend')).toEqual(['Core', 'Lost']);
  const table = await openTable('Customers per rung: data');
  expect(tableRows(table)).toEqual([
    ['Quarter', 'Core (people)', 'Lost (people)'],
    ['1', '1,200', '0'],
    ['2', '1,501', '40'],
    ['3', '22,100', '95'],
  ]);
});

test('in Chinese: the same table with Chinese headers and brackets', async () => {
  i18n.setLocale('zh-CN');
  render(LineChart, { title: '各级顾客', data: population, stacked: true });
  expect(screen.getByRole('img')).toHaveAccessibleName('各级顾客。堆叠面积图，共 2 个系列（核心、流失）；季度从 1 到 3。');
  expect(legendEntries('图例')).toEqual(['核心', '流失']);
  const table = await openTable('各级顾客：数据');
  expect(tableRows(table)[0]).toEqual(['季度', '核心（人）', '流失（人）']);
  expect(tableRows(table)[3]).toEqual(['3', '22,100', '95']);
});

test('a baseline adds a dashed legend entry and its own columns', async () => {
  i18n.setLocale('en');
  render(LineChart, { title: 'Compare', data: { ...population, series: population.series.slice(0, 1) }, baseline: before });
  expect(legendEntries('Legend')).toEqual(['Core', 'Baseline']);
  const table = await openTable('Compare: data');
  expect(tableRows(table)).toEqual([
    ['Quarter', 'Core (people)', 'Core (baseline) (people)'],
    ['1', '1,200', '1,000'],
    ['2', '1,501', '1,100'],
    ['3', '22,100', '1,200'],
  ]);
});

test('one series without a baseline has no legend; no data says so', () => {
  i18n.setLocale('en');
  const { unmount } = render(LineChart, { title: 'One', data: { ...population, series: population.series.slice(0, 1) } });
  expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  expect(screen.getByRole('img')).toBeInTheDocument();
  unmount();
  render(LineChart, { title: 'Empty', data: { ...population, x: [], series: [] } });
  expect(screen.queryByRole('img')).toBeNull();
  expect(screen.getByText('No data to show yet.')).toBeInTheDocument();
});
