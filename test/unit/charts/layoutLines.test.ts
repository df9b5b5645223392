// layoutLines: line paths and points on linear scales, stacked areas (each layer on the
// one before), and a baseline run on the same scales.
import { expect, test } from 'vitest';
import type { LineSeries } from '../../../src/engine/series.ts';
import { layoutLines } from '../../../src/ui/charts/layoutLines.ts';
import { L, M10 } from './fixtures.ts';

const lines = (series: [string, number[]][], x = [0, 1, 2]): LineSeries => ({
  kind: 'lines',
  x,
  xLabel: L('Quarter'),
  yLabel: L('Customers'),
  unit: L('people'),
  series: series.map(([id, values]) => ({ id, label: L(id), values })),
});

// x: 0…2 → 10…210 (100 per quarter); y: 0…20 → 210…10 (10px per unit).
test('lines at 220×220 with margins of 10', () => {
  const layout = layoutLines(lines([['core', [0, 10, 20]], ['lost', [5, 5, 5]]]), 220, 220, { margin: M10 });
  expect(layout.series.map((s) => s.line)).toEqual(['M10,210L110,110L210,10', 'M10,160L110,160L210,160']);
  expect(layout.series[0]?.points).toEqual([
    { x: 10, y: 210, value: 0 },
    { x: 110, y: 110, value: 10 },
    { x: 210, y: 10, value: 20 },
  ]);
  expect(layout.series.every((s) => s.area === '')).toBe(true);
  expect(layout.xTicks).toEqual([{ value: 0, pos: 10 }, { value: 1, pos: 110 }, { value: 2, pos: 210 }]);
  expect(layout.yTicks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
});

test('stacked: each layer sits on the one before', () => {
  const layout = layoutLines(lines([['core', [0, 10, 15]], ['lost', [5, 5, 5]]]), 220, 220, { margin: M10, stacked: true });
  expect(layout.series.map((s) => s.area)).toEqual([
    'M10,210L110,110L210,60L210,210L110,210L10,210Z',
    'M10,160L110,60L210,10L210,60L110,110L10,210Z',
  ]);
  expect(layout.series[1]?.line).toBe('M10,160L110,60L210,10');
});

test('a baseline shares the scales, so its larger values widen the y axis', () => {
  const layout = layoutLines(lines([['core', [0, 10, 20]]]), 220, 220, {
    margin: M10,
    baseline: lines([['core', [40, 40, 40]]]),
  });
  expect(layout.baseline.map((s) => s.line)).toEqual(['M10,10L110,10L210,10']);
  expect(layout.series[0]?.line).toBe('M10,210L110,160L210,110');
});

test('integer x values get integer ticks only', () => {
  const layout = layoutLines(lines([['core', [1, 2]]], [1, 2]), 640, 220, { margin: M10 });
  expect(layout.xTicks.map((t) => t.value)).toEqual([1, 2]);
});
