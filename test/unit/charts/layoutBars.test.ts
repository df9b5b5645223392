// layoutBars: bars grow from zero on a band scale; negative values hang below zero; a
// baseline is a marker across the band; labels turn when wider than a step.
import { expect, test } from 'vitest';
import type { BarSeries } from '../../../src/engine/series.ts';
import { layoutBars } from '../../../src/ui/charts/layoutBars.ts';
import { L, M10 } from './fixtures.ts';

const bars = (values: [string, number][]): BarSeries => ({
  kind: 'bars',
  xLabel: L('Rung'),
  yLabel: L('Customers'),
  unit: L('people'),
  items: values.map(([id, value]) => ({ id, label: L(id), value })),
});

// Band: 220px over 2.2 steps → step 100, bar 80, first bar at 30. y: [0,40] → 210…10, 5px per unit.
test('two bars at 240×220 with margins of 10', () => {
  const layout = layoutBars(bars([['first', 10], ['core', 40]]), 240, 220, { margin: M10 });
  expect(layout.bars).toEqual([
    { id: 'first', index: 0, value: 10, x: 30, y: 160, width: 80, height: 50, center: 70 },
    { id: 'core', index: 1, value: 40, x: 130, y: 10, width: 80, height: 200, center: 170 },
  ]);
  expect(layout.zero).toBe(210);
  expect(layout.isLabelRotated).toBe(false);
});

test('a baseline marker spans the band plus 5% of a step each side', () => {
  const layout = layoutBars(bars([['first', 10], ['core', 40]]), 240, 220, {
    margin: M10,
    baseline: bars([['first', 20], ['gone', 5]]),
  });
  expect(layout.baseline).toEqual([{ id: 'first', value: 20, x1: 25, x2: 115, y: 110 }]);
});

test('negative values hang below the zero line', () => {
  const layout = layoutBars(bars([['loss', -20], ['gain', 20]]), 240, 220, { margin: M10 });
  expect(layout.zero).toBe(110);
  expect(layout.bars.map(({ y, height }) => ({ y, height }))).toEqual([
    { y: 110, height: 100 },
    { y: 10, height: 100 },
  ]);
});

test('labels wider than a step (less 4px) turn and take room from the bottom', () => {
  const data = bars([['first', 10], ['core', 40]]);
  expect(layoutBars(data, 240, 220, { margin: M10, maxLabelWidth: 96 }).isLabelRotated).toBe(false);
  const turned = layoutBars(data, 240, 220, { margin: M10, maxLabelWidth: 97 });
  expect(turned.isLabelRotated).toBe(true);
  expect(turned.margin.bottom).toBe(10 + 63);
});
