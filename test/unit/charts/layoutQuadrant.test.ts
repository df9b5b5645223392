// layoutQuadrant: 0–1 axes, threshold lines, quadrant corners, bubbles whose area (not
// radius) follows size, with a minimum radius; points outside 0–1 are kept on the plot.
import { expect, test } from 'vitest';
import type { PointSeries } from '../../../src/engine/series.ts';
import { layoutQuadrant, quadrantHeight, quadrantOf } from '../../../src/ui/charts/layoutQuadrant.ts';
import { L, M10 } from './fixtures.ts';

const matrix = (points: [string, number, number, number][], threshold = 0.5): PointSeries => ({
  kind: 'points',
  xLabel: L('Attachment'),
  yLabel: L('Repeat purchase'),
  threshold,
  quadrants: [L('No loyalty'), L('Latent'), L('Spurious'), L('True')],
  points: points.map(([id, x, y, size]) => ({ id, label: L(id), x, y, size })),
});

// x: 0…1 → 10…210; y: 0…1 → 210…10; largest bubble radius = 200 / 10 = 20.
test('bubbles at 220×220 with margins of 10', () => {
  const layout = layoutQuadrant(matrix([['spurious', 0.25, 0.75, 100], ['latent', 0.8, 0.2, 25], ['edge', 0.5, 0.5, 0], ['off', 1.2, -0.1, 100]]), 220, 220, M10);
  expect(layout.bubbles).toEqual([
    { id: 'spurious', index: 0, cx: 60, cy: 60, r: 20, quadrant: 2 },
    { id: 'latent', index: 1, cx: 170, cy: 170, r: 10, quadrant: 1 },
    { id: 'edge', index: 2, cx: 110, cy: 110, r: 4, quadrant: 3 },
    { id: 'off', index: 3, cx: 210, cy: 210, r: 20, quadrant: 1 },
  ]);
  expect([layout.splitX, layout.splitY]).toEqual([110, 110]);
});

test('quadrant names sit in their corners, in the order of PointSeries.quadrants', () => {
  const layout = layoutQuadrant(matrix([], 0.3), 220, 220, M10);
  expect(layout.corners).toEqual([
    { quadrant: 0, x: 18, y: 202, anchor: 'start' },
    { quadrant: 1, x: 202, y: 202, anchor: 'end' },
    { quadrant: 2, x: 18, y: 30, anchor: 'start' },
    { quadrant: 3, x: 202, y: 30, anchor: 'end' },
  ]);
  expect([layout.splitX, layout.splitY]).toEqual([70, 150]);
  expect(layout.xTicks.map((t) => t.pos)).toEqual([10, 60, 110, 160, 210]);
});

test.each([
  { x: 0.2, y: 0.2, expected: 0 },
  { x: 0.9, y: 0.1, expected: 1 },
  { x: 0.1, y: 0.9, expected: 2 },
  { x: 0.5, y: 0.5, expected: 3 },
])('quadrantOf($x, $y) at 0.5 = $expected', ({ x, y, expected }) => {
  expect(quadrantOf(x, y, 0.5)).toBe(expected);
});

test('default height: three quarters of the width, between 260 and 480', () => {
  expect([quadrantHeight(300), quadrantHeight(480), quadrantHeight(1000)]).toEqual([260, 360, 480]);
});
