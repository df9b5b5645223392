// The allocation arithmetic behind the linked sliders: whole percent points that always
// sum to 100, rebalanced in proportion when one option moves.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pointsFromShares, rebalance, sharesFromPoints } from '../../../src/ui/player/allocation.ts';

describe('rebalance', () => {
  test.each([
    { name: 'two options', points: [50, 50], index: 0, value: 70, expected: [70, 30] },
    { name: 'the others keep their ratio', points: [50, 30, 20], index: 0, value: 60, expected: [60, 24, 16] },
    { name: 'others holding nothing share evenly', points: [100, 0, 0], index: 0, value: 40, expected: [40, 30, 30] },
    { name: 'rounding keeps the sum (largest remainder)', points: [34, 33, 33], index: 0, value: 60, expected: [60, 20, 20] },
    { name: 'uneven remainder goes to the larger share', points: [10, 45, 45], index: 1, value: 50, expected: [9, 50, 41] },
    { name: 'above 100 is clamped', points: [20, 30, 50], index: 2, value: 150, expected: [0, 0, 100] },
    { name: 'below 0 is clamped', points: [20, 30, 50], index: 2, value: -5, expected: [40, 60, 0] },
    { name: 'fractions round to whole points', points: [50, 50], index: 1, value: 33.6, expected: [66, 34] },
  ])('$name', ({ points, index, value, expected }) => {
    expect(rebalance(points, index, value)).toEqual(expected);
  });

  test('any sequence of moves keeps every share in 0..100, the sum at 100 and the moved value as set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -20, max: 140 })), { minLength: 1, maxLength: 30 }),
        (n, moves) => {
          let points = pointsFromShares(Array.from({ length: n }, (_, i) => `o${i}`));
          for (const [at, value] of moves) {
            const index = at % n;
            points = rebalance(points, index, value);
            expect(points[index]).toBe(Math.min(100, Math.max(0, value)));
            expect(points.every((p) => Number.isInteger(p) && p >= 0 && p <= 100)).toBe(true);
            expect(points.reduce((a, b) => a + b, 0)).toBe(100);
          }
        },
      ),
    );
  });
});

describe('points and shares', () => {
  test.each<{ name: string; shares: Record<string, number> | undefined; expected: number[] }>([
    { name: 'no shares: equal points', shares: undefined, expected: [34, 33, 33] },
    { name: 'a default split', shares: { a: 0.5, b: 0.25, c: 0.25 }, expected: [50, 25, 25] },
    { name: 'missing options count as 0', shares: { b: 1 }, expected: [0, 100, 0] },
    { name: 'all zero: equal points', shares: { a: 0, b: 0, c: 0 }, expected: [34, 33, 33] },
  ])('$name', ({ shares, expected }) => {
    expect(pointsFromShares(['a', 'b', 'c'], shares)).toEqual(expected);
  });

  test('points become shares of 1', () => {
    expect(sharesFromPoints(['a', 'b'], [30, 70])).toEqual({ a: 0.3, b: 0.7 });
  });
});
