// layoutSankey: zero flows and the stages they leave empty are dropped; node columns fill
// the extent; a cycle is reported rather than thrown.
import { expect, test } from 'vitest';
import type { FlowSeries } from '../../../src/engine/series.ts';
import { layoutSankey, visibleFlows } from '../../../src/ui/charts/layoutSankey.ts';
import { L } from './fixtures.ts';

const flows = (links: FlowSeries['links'], ids = ['first', 'repeat', 'lost', 'core']): FlowSeries => ({
  kind: 'flows',
  unit: L('people'),
  nodes: ids.map((id) => ({ id, label: L(id) })),
  links,
});

const withZeros = flows([
  { source: 'first', target: 'repeat', value: 10 },
  { source: 'first', target: 'lost', value: 0 },
  { source: 'repeat', target: 'core', value: 10 },
  { source: 'lost', target: 'core', value: 0 },
]);

test('visibleFlows keeps positive flows between known nodes only', () => {
  const data = flows([
    { source: 'first', target: 'repeat', value: 3 },
    { source: 'first', target: 'lost', value: 0 },
    { source: 'repeat', target: 'lost', value: -2 },
    { source: 'repeat', target: 'nowhere', value: 4 },
  ]);
  expect(visibleFlows(data)).toEqual([{ source: 'first', target: 'repeat', value: 3 }]);
});

test('zero flows are dropped, and the stage they leave empty with them', () => {
  const layout = layoutSankey(withZeros, 300, 200);
  expect(layout.isCircular).toBe(false);
  expect(layout.links.map((l) => `${l.source}>${l.target}:${l.value}`)).toEqual(['first>repeat:10', 'repeat>core:10']);
  expect(layout.nodes.map((n) => n.id)).toEqual(['first', 'repeat', 'core']);
});

// Extent 12…288 × 12…188; nodes 14 wide; one node per column takes the full height.
test('columns span the extent; a lone node per column is full height', () => {
  const layout = layoutSankey(withZeros, 300, 200);
  expect(layout.nodes.map(({ id, index, value, x0, x1, y0, y1, isLabelLeft }) => ({ id, index, value, x0, x1, y0, y1, isLabelLeft }))).toEqual([
    { id: 'first', index: 0, value: 10, x0: 12, x1: 26, y0: 12, y1: 188, isLabelLeft: false },
    { id: 'repeat', index: 1, value: 10, x0: 143, x1: 157, y0: 12, y1: 188, isLabelLeft: false },
    { id: 'core', index: 3, value: 10, x0: 274, x1: 288, y0: 12, y1: 188, isLabelLeft: true },
  ]);
  expect(layout.links.map((l) => l.width)).toEqual([176, 176]);
  expect(layout.links[0]?.path).toBe('M26,100C84.5,100,84.5,100,143,100');
});

test('a cycle cannot be drawn: reported, not thrown', () => {
  const layout = layoutSankey(flows([{ source: 'first', target: 'repeat', value: 1 }, { source: 'repeat', target: 'first', value: 1 }]), 300, 200);
  expect(layout).toMatchObject({ isCircular: true, nodes: [], links: [] });
});

test('the input is not mutated (d3-sankey works on copies)', () => {
  const data = flows([{ source: 'first', target: 'repeat', value: 5 }]);
  layoutSankey(data, 300, 200);
  expect(data.links).toEqual([{ source: 'first', target: 'repeat', value: 5 }]);
  expect(data.nodes[0]).toEqual({ id: 'first', label: L('first') });
});
