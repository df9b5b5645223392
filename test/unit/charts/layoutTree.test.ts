// layoutTree: a horizontal tree (levels run left to right), nodes listed depth first with
// their level and parent, unique keys even when ids repeat, and room kept for labels.
import { expect, test } from 'vitest';
import type { TreeNode } from '../../../src/engine/series.ts';
import { layoutTree, treeHeight, TREE_ROW_HEIGHT } from '../../../src/ui/charts/layoutTree.ts';
import { L } from './fixtures.ts';

const node = (id: string, value: number, children: TreeNode[] = []): TreeNode => ({ id, label: L(id), value, children });
const mouth = node('smith', 1, [node('told', 15, [node('retold', 75)]), node('told', 8)]);

// Margins 16 (top 24; right 16 + 12 for an empty label); plot 356 × 160, 2 levels → 178 per level.
test('levels at x 16, 194, 372; siblings spread down; root in between', () => {
  const layout = layoutTree(mouth, 400, 200);
  expect(layout.nodes.map(({ key, depth, x, y, isLeaf }) => ({ key, depth, x, y, isLeaf }))).toEqual([
    { key: '0', depth: 0, x: 16, y: 104, isLeaf: false },
    { key: '0/0', depth: 1, x: 194, y: 64, isLeaf: false },
    { key: '0/0/0', depth: 2, x: 372, y: 64, isLeaf: true },
    { key: '0/1', depth: 1, x: 194, y: 144, isLeaf: true },
  ]);
});

test('each node knows its parent; links are horizontal curves', () => {
  const layout = layoutTree(mouth, 400, 200);
  expect(layout.nodes.map((n) => [n.node.value, n.parent?.value ?? null])).toEqual([[1, null], [15, 1], [75, 15], [8, 1]]);
  expect(layout.links.map((l) => l.path)).toEqual([
    'M16,104C105,104,105,64,194,64',
    'M16,104C105,104,105,144,194,144',
    'M194,64C283,64,283,64,372,64',
  ]);
});

test('label room: the widest label plus 12px, at most 40% of the width', () => {
  expect(layoutTree(mouth, 400, 200, { maxLabelWidth: 100 }).margin.right).toBe(16 + 112);
  expect(layoutTree(mouth, 400, 200, { maxLabelWidth: 300 }).margin.right).toBe(16 + 160);
});

test('default height: a row per leaf, at least 160', () => {
  expect(treeHeight(mouth)).toBe(160);
  const wide = node('root', 1, Array.from({ length: 6 }, (_, i) => node(`c${i}`, i)));
  expect(treeHeight(wide)).toBe(6 * TREE_ROW_HEIGHT + 40);
});
