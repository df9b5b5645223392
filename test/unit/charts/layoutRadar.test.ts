// layoutRadar: spokes from the top, clockwise; values scaled to the radius and clamped to
// 0…max; a missing value counts as 0; rings at quarters of max.
import { expect, test } from 'vitest';
import { layoutRadar, radarHeight } from '../../../src/ui/charts/layoutRadar.ts';

const axes = [
  { id: 'value', label: 'Value' },
  { id: 'relationship', label: 'Relationship' },
  { id: 'ethics', label: 'Ethics' },
  { id: 'insight', label: 'Insight' },
];

// 400×300: centre (200, 150); radius = min(200 − 90, 150 − 28) = 110.
test('four spokes: up, right, down, left; polygon vertices scaled to the radius', () => {
  const layout = layoutRadar(axes, [{ id: 'me', label: 'Me', values: { value: 50, relationship: 100, ethics: 0, insight: 25 } }], 400, 300);
  expect([layout.cx, layout.cy, layout.radius]).toEqual([200, 150, 110]);
  expect(layout.polygons[0]?.points).toBe('200,95 310,150 200,150 172.5,150');
  expect(layout.spokes.map(({ x, y, anchor }) => ({ x, y, anchor }))).toEqual([
    { x: 200, y: 40, anchor: 'middle' },
    { x: 310, y: 150, anchor: 'start' },
    { x: 200, y: 260, anchor: 'middle' },
    { x: 90, y: 150, anchor: 'end' },
  ]);
});

test('rings at 25, 50, 75 and 100 % of max', () => {
  const layout = layoutRadar(axes, [], 400, 300, 10);
  expect(layout.rings.map((r) => r.value)).toEqual([2.5, 5, 7.5, 10]);
  expect(layout.rings[3]?.points).toBe('200,40 310,150 200,260 90,150');
  expect(layout.rings[1]?.points).toBe('200,95 255,150 200,205 145,150');
});

test('values beyond max are clamped, negative and missing ones sit at the centre', () => {
  const layout = layoutRadar(axes, [{ id: 'x', label: 'X', values: { value: 150, relationship: -20 } }], 400, 300);
  expect(layout.polygons[0]?.points).toBe('200,40 200,150 200,150 200,150');
  expect(layout.polygons[0]?.vertices.map((v) => v.value)).toEqual([150, -20, 0, 0]);
});

test('three spokes at 120° apart', () => {
  const layout = layoutRadar(axes.slice(0, 3), [], 400, 300);
  expect(layout.spokes.map(({ x, y }) => [x, y])).toEqual([[200, 40], [295.26, 205], [104.74, 205]]);
});

test('height follows the width within 260…420', () => {
  expect([radarHeight(300), radarHeight(500), radarHeight(900)]).toEqual([260, 350, 420]);
});
