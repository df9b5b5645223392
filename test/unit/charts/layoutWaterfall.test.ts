// layoutWaterfall: running sums (a total restarts from zero and the sum continues from it),
// bar geometry and connectors, worked out by hand for a 280×220 chart with margins of 10.
import { describe, expect, test } from 'vitest';
import type { BarSeries } from '../../../src/engine/series.ts';
import { layoutWaterfall, runningSums } from '../../../src/ui/charts/layoutWaterfall.ts';
import { L, M10 } from './fixtures.ts';

type Items = BarSeries['items'];
const threeSteps: Items = [
  { id: 'spend', label: L('Her spend'), value: 100 },
  { id: 'refund', label: L('Refund'), value: -30 },
  { id: 'total', label: L('Total'), value: 70, total: true },
];

describe('runningSums', () => {
  test('floats changes from the running sum; a total stands on zero', () => {
    expect(runningSums(threeSteps)).toEqual([
      { start: 0, end: 100, kind: 'increase' },
      { start: 100, end: 70, kind: 'decrease' },
      { start: 0, end: 70, kind: 'total' },
    ]);
  });

  test('after a total, the sum continues from the total’s own value', () => {
    const items: Items = [
      { id: 'a', label: L('a'), value: 10 },
      { id: 'sub', label: L('subtotal'), value: 50, total: true },
      { id: 'b', label: L('b'), value: 5 },
    ];
    expect(runningSums(items).map((s) => [s.start, s.end])).toEqual([[0, 10], [0, 50], [50, 55]]);
  });
});

describe('layoutWaterfall', () => {
  // Band: 260px over 3.25 steps → step 80, bar 60, first bar at 30. y: [0,100] → 210…10, 2px per unit.
  const layout = layoutWaterfall(threeSteps, 280, 220, { margin: M10 });

  test('bars: x, y, width and height', () => {
    expect(layout.steps.map(({ id, x, y, width, height, center }) => ({ id, x, y, width, height, center }))).toEqual([
      { id: 'spend', x: 30, y: 10, width: 60, height: 200, center: 60 },
      { id: 'refund', x: 110, y: 10, width: 60, height: 60, center: 140 },
      { id: 'total', x: 190, y: 70, width: 60, height: 140, center: 220 },
    ]);
  });

  test('connectors carry each end level to the next bar', () => {
    expect(layout.connectors).toEqual([
      { x1: 90, x2: 110, y: 10 },
      { x1: 170, x2: 190, y: 70 },
    ]);
  });

  test('the value axis starts at zero and is nice', () => {
    expect(layout.zero).toBe(210);
    expect(layout.yTicks.at(0)).toEqual({ value: 0, pos: 210 });
    expect(layout.yTicks.at(-1)).toEqual({ value: 100, pos: 10 });
  });

  test('labels turn, and the bottom margin grows, only when wider than a band step', () => {
    expect(layoutWaterfall(threeSteps, 280, 220, { margin: M10, maxLabelWidth: 76 }).isLabelRotated).toBe(false);
    const turned = layoutWaterfall(threeSteps, 280, 220, { margin: M10, maxLabelWidth: 77 });
    expect(turned.isLabelRotated).toBe(true);
    expect(turned.margin.bottom).toBe(10 + 50);
  });

  test('a falling sum below zero extends the axis below zero', () => {
    const down = layoutWaterfall([{ id: 'a', label: L('a'), value: 20 }, { id: 'b', label: L('b'), value: -40 }], 280, 220, { margin: M10 });
    expect(down.yTicks.at(0)?.value).toBe(-20);
    expect(down.steps[1]).toMatchObject({ start: 20, end: -20, kind: 'decrease', y: 10, height: 200 });
  });
});
