// Mean, median and the 10-point score bands the class histograms use.
import { describe, expect, test } from 'vitest';
import { BAND_LABELS, bandOf, distributionOf, mean, median } from '../../../src/ui/classReport/stats.ts';

describe('score bands', () => {
  test('are labelled 0–9 … 80–89 and 90–100', () => {
    expect(BAND_LABELS).toEqual(['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100']);
  });
  test.each([
    { score: 0, band: 0 },
    { score: 9.9, band: 0 },
    { score: 10, band: 1 },
    { score: 38.8, band: 3 },
    { score: 89.99, band: 8 },
    { score: 90, band: 9 },
    { score: 100, band: 9 },
    { score: -5, band: 0 },
    { score: 120, band: 9 },
  ])('$score falls in band $band', ({ score, band }) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe('mean and median', () => {
  test.each([
    { values: [], mean: null, median: null },
    { values: [7], mean: 7, median: 7 },
    { values: [3, 1, 2], mean: 2, median: 2 },
    { values: [40, 10, 30, 20], mean: 25, median: 25 },
    { values: [100, 0, 0], mean: 100 / 3, median: 0 },
  ])('of $values', ({ values, mean: m, median: md }) => {
    expect(mean(values)).toBe(m);
    expect(median(values)).toBe(md);
  });
  test('median does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

test('a distribution counts students per band', () => {
  expect(distributionOf([83, 38.8, 72.5, 100, 90])).toEqual({ count: 5, mean: 76.86, median: 83, bins: [0, 0, 0, 1, 0, 0, 0, 1, 1, 2] });
  expect(distributionOf([])).toEqual({ count: 0, mean: null, median: null, bins: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
});
