// TreeChart and SankeyChart: structure charts whose tables spell out the structure (a node's
// level and where it comes from; each flow from → to), in both languages.
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import type { FlowSeries, TreeNode, TreeSeries } from '../../../src/engine/series.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import SankeyChart from '../../../src/ui/charts/SankeyChart.svelte';
import TreeChart from '../../../src/ui/charts/TreeChart.svelte';
import { openTable, tableRows } from './chartTestKit.ts';

const L = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const node = (id: string, label: [string, string], value: number, children: TreeNode[] = []): TreeNode => ({
  id, label: L(...label), value, children,
});
const wordOfMouth: TreeSeries = {
  kind: 'tree',
  unit: L('people', '人'),
  root: node('smith', ['Mrs. Smith', '史密斯太太'], 1, [
    node('told', ['People she tells', '她告诉的人'], 15, [node('retold', ['People they tell', '再被告诉的人'], 37.5)]),
  ]),
};
const ladderFlows: FlowSeries = {
  kind: 'flows',
  unit: L('people', '人'),
  nodes: [
    { id: 'first', label: L('First purchase', '首次购买') },
    { id: 'repeat', label: L('Repeat', '重复购买') },
    { id: 'lost', label: L('Lost', '流失') },
    { id: 'core', label: L('Core', '核心') },
  ],
  links: [
    { source: 'first', target: 'repeat', value: 1200 },
    { source: 'first', target: 'lost', value: 0 },
    { source: 'repeat', target: 'core', value: 12500 },
  ],
};

afterEach(() => i18n.setLocale('en'));

test('tree in English: summary and a table of node, level, parent, value', async () => {
  i18n.setLocale('en');
  render(TreeChart, { title: 'Word of mouth', data: wordOfMouth });
  expect(screen.getByRole('figure', { name: 'Word of mouth' })).toBeInTheDocument();
  expect(screen.getByRole('img')).toHaveAccessibleName('Word of mouth. Tree of 3 nodes in 3 levels, starting from Mrs. Smith (1 people).');
  expect(tableRows(await openTable('Word of mouth: data'))).toEqual([
    ['Node', 'Level', 'Comes from', 'Value (people)'],
    ['Mrs. Smith', '1', '—', '1'],
    ['People she tells', '2', 'Mrs. Smith', '15'],
    ['People they tell', '3', 'People she tells', '37.5'],
  ]);
  expect(screen.getByText('People they tell · 37.5')).toBeInTheDocument();
});

test('tree in Chinese', async () => {
  i18n.setLocale('zh-CN');
  render(TreeChart, { title: '口碑传播', data: wordOfMouth });
  expect(tableRows(await openTable('口碑传播：数据'))).toEqual([
    ['节点', '层级', '来自', '数值（人）'],
    ['史密斯太太', '1', '—', '1'],
    ['她告诉的人', '2', '史密斯太太', '15'],
    ['再被告诉的人', '3', '她告诉的人', '37.5'],
  ]);
});

test('sankey in English: zero flows are left out of the drawing and the table', async () => {
  i18n.setLocale('en');
  render(SankeyChart, { title: 'Moves between rungs', data: ladderFlows });
  expect(screen.getByRole('img')).toHaveAccessibleName('Moves between rungs. Flow diagram of 2 flows between 3 stages.');
  expect(screen.queryByText(/^Lost/)).toBeNull();
  expect(tableRows(await openTable('Moves between rungs: data'))).toEqual([
    ['From', 'To', 'Value (people)'],
    ['First purchase', 'Repeat', '1,200'],
    ['Repeat', 'Core', '12,500'],
  ]);
});

test('sankey in Chinese; a cycle shows the note and the table instead of a diagram', async () => {
  i18n.setLocale('zh-CN');
  const loop: FlowSeries = { ...ladderFlows, links: [...ladderFlows.links, { source: 'core', target: 'first', value: 3 }] };
  render(SankeyChart, { title: '阶梯流向', data: loop });
  expect(screen.queryByRole('img')).toBeNull();
  expect(screen.getByText(/无法画成流向图/)).toBeInTheDocument();
  expect(tableRows(await openTable('阶梯流向：数据'))).toEqual([
    ['来源', '去向', '数值（人）'],
    ['首次购买', '重复购买', '1,200'],
    ['重复购买', '核心', '12,500'],
    ['核心', '首次购买', '3'],
  ]);
});
