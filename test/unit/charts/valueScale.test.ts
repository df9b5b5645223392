// The shared value axis: zero included, nice ticks, whole-number ticks for whole counts.
import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../../src/ui/charts/valueScale.ts';

const margin = { top: 10, right: 10, bottom: 30, left: 40 };

describe('valueAxis', () => {
  it('gives whole-number ticks when every value is a whole count', () => {
    expect(valueAxis([0, 1, 2, 1], 300, margin).ticks.map((t) => t.value)).toEqual([0, 1, 2]);
  });

  it('keeps fractional ticks for fractional values', () => {
    expect(valueAxis([0.2, 1.5], 300, margin).ticks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6]);
  });

  it('always includes zero, below negative values too', () => {
    const axis = valueAxis([-30, 50], 300, margin);
    expect(axis.scale.domain()).toEqual([-30, 50]);
    expect(axis.ticks[0]!.value).toBe(-30);
  });
});
