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

// Same geometry as above: bands at x 30–110 and 130–210; y [0,40] → 210…10.
const histogram = (): BarSeries => ({
  ...bars([['bin-0', 10], ['bin-1', 40]]),
  items: [
    { id: 'bin-0', label: L('0–100'), value: 10, range: [0, 100] },
    { id: 'bin-1', label: L('100–200'), value: 40, range: [100, 200] },
  ],
});

test('a value marker on a histogram stands where the value falls inside its bin', () => {
  const at = (value: number) => layoutBars(histogram(), 240, 220, { margin: M10, markers: [{ id: 'guess', value, label: 'Your estimate' }] }).markers[0]!;
  // 150 is half-way through bin 1: 130 + 0.5 × 80.
  expect(at(150)).toEqual({ id: 'guess', value: 150, label: 'Your estimate', x1: 170, x2: 170, y1: 10, y2: 210, orientation: 'vertical', clamped: null });
  // 25 is a quarter into bin 0: 30 + 0.25 × 80.
  expect(at(25).x1).toBe(50);
  // Outside every bin: at the edge, and said so.
  expect([at(-5).x1, at(-5).clamped]).toEqual([30, 'below']);
  expect([at(900).x1, at(900).clamped]).toEqual([210, 'above']);
});

test('a value marker on plain bars is level with the value, and widens the axis to show it', () => {
  const layout = layoutBars(bars([['first', 10], ['core', 40]]), 240, 220, { margin: M10, markers: [{ id: 'guess', value: 20, label: 'x' }] });
  expect(layout.markers[0]).toMatchObject({ x1: 10, x2: 230, y1: 110, y2: 110, orientation: 'horizontal', clamped: null });
  const high = layoutBars(bars([['first', 10], ['core', 40]]), 240, 220, { margin: M10, markers: [{ id: 'guess', value: 80, label: 'x' }] });
  expect(high.markers[0]!.y1).toBeGreaterThanOrEqual(10);
  expect(high.bars[1]!.height).toBeLessThan(200);
});
