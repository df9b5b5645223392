// layoutTornado: the helper sorts by swing (largest first, ties keep the caller's order),
// and draws each bar's two ends out from the base value.
import { expect, test } from 'vitest';
import { layoutTornado, sortBySwing, tornadoHeight, type TornadoBarIn } from '../../../src/ui/charts/layoutTornado.ts';

const bar = (id: string, lowValue: number, highValue: number): TornadoBarIn => ({ id, label: id, low: 0, high: 1, lowValue, highValue });
const bars = [bar('told', 90, 110), bar('share', 120, 60), bar('years', 100, 100), bar('spend', 95, 115)];

test('sorted by swing, largest first; equal swings keep their order', () => {
  expect(sortBySwing(bars).map(({ bar: b, swing }) => [b.id, swing])).toEqual([
    ['share', 60],
    ['told', 20],
    ['spend', 20],
    ['years', 0],
  ]);
});

// x: 60…120 → 28…388 (6px per unit; left margin 16 + 12 label room), base 100 at 268.
// Rows: 136px over 4.25 steps → step 32, bar 24, first at 24.
test('geometry at 408×200', () => {
  const layout = layoutTornado(bars, 100, 408, 200);
  expect(layout.baseX).toBe(268);
  expect(layout.rows.map((r) => ({ id: r.bar.id, y: r.y, height: r.height, atLow: r.atLow, atHigh: r.atHigh }))).toEqual([
    { id: 'share', y: 24, height: 24, atLow: { x: 268, width: 120 }, atHigh: { x: 28, width: 240 } },
    { id: 'told', y: 56, height: 24, atLow: { x: 208, width: 60 }, atHigh: { x: 268, width: 60 } },
    { id: 'spend', y: 88, height: 24, atLow: { x: 238, width: 30 }, atHigh: { x: 268, width: 90 } },
    { id: 'years', y: 120, height: 24, atLow: { x: 268, width: 0 }, atHigh: { x: 268, width: 0 } },
  ]);
});

test('the caller’s array is left in its order', () => {
  layoutTornado(bars, 100, 408, 200);
  expect(bars.map((b) => b.id)).toEqual(['told', 'share', 'years', 'spend']);
});

test('default height: 36px per parameter plus margins', () => {
  expect(tornadoHeight(4)).toBe(4 * 36 + 64);
  expect(tornadoHeight(1)).toBe(120);
});
