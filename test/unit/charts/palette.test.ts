// colorFor: a rung or a dimension has one colour on every chart, whatever its position;
// other ids are coloured by position, wrapping round the eight palette slots.
import { describe, expect, test } from 'vitest';
import { colorFor, colorSlotFor, KNOWN_COLOR_SLOTS, PALETTE_SIZE } from '../../../src/ui/charts/palette.ts';

const rungs = ['potential', 'target', 'first', 'repeat', 'core', 'advocate', 'lost'];
const dimensions = ['value', 'relationship', 'ethics', 'insight'];

describe('colorFor', () => {
  test.each([
    { id: 'core', index: 0, expected: 'var(--chart-1)' },
    { id: 'core', index: 6, expected: 'var(--chart-1)' },
    { id: 'lost', index: 0, expected: 'var(--chart-6)' },
    { id: 'advocate', index: 3, expected: 'var(--chart-3)' },
    { id: 'ethics', index: 0, expected: 'var(--chart-4)' },
    { id: 'insight', index: 9, expected: 'var(--chart-2)' },
    { id: 'segment-a', index: 0, expected: 'var(--chart-1)' },
    { id: 'segment-b', index: 4, expected: 'var(--chart-5)' },
    { id: 'segment-c', index: 9, expected: 'var(--chart-2)' },
    { id: 'segment-d', index: -1, expected: 'var(--chart-8)' },
    // Object prototype names are ordinary ids, not palette entries.
    { id: 'toString', index: 2, expected: 'var(--chart-3)' },
  ])('$id at index $index → $expected', ({ id, index, expected }) => {
    expect(colorFor(id, index)).toBe(expected);
  });

  test('the same known id gets the same colour at any index', () => {
    for (const id of [...rungs, ...dimensions]) {
      const seen = new Set(Array.from({ length: 12 }, (_, i) => colorFor(id, i)));
      expect(seen.size, id).toBe(1);
    }
  });

  test('the seven rungs have seven different colours, the four dimensions four', () => {
    expect(new Set(rungs.map((id) => colorSlotFor(id, 0))).size).toBe(7);
    expect(new Set(dimensions.map((id) => colorSlotFor(id, 0))).size).toBe(4);
  });

  test('every pinned slot exists in theme.css (1–8)', () => {
    for (const slot of Object.values(KNOWN_COLOR_SLOTS)) {
      expect(slot).toBeGreaterThanOrEqual(1);
      expect(slot).toBeLessThanOrEqual(PALETTE_SIZE);
    }
    expect(Object.keys(KNOWN_COLOR_SLOTS).sort()).toEqual([...rungs, ...dimensions].sort());
  });
});
