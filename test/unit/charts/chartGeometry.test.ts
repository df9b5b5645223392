// Shared geometry: the width a chart lays out to (default when unmeasured, never below the
// minimum) and the text-width estimate that decides label room (CJK glyphs are wider).
import { expect, test } from 'vitest';
import { chartWidth, DEFAULT_WIDTH, estimateTextWidth, MIN_WIDTH } from '../../../src/ui/charts/chartGeometry.ts';

test.each([
  { measured: 0, expected: DEFAULT_WIDTH },
  { measured: Number.NaN, expected: DEFAULT_WIDTH },
  { measured: 100, expected: MIN_WIDTH },
  { measured: 500.4, expected: 500 },
  { measured: 1280, expected: 1280 },
])('chartWidth($measured) = $expected', ({ measured, expected }) => {
  expect(chartWidth(measured)).toBe(expected);
});

test.each([
  { text: 'abc', expected: 24 },
  { text: '顾客', expected: 26 },
  { text: 'Core 核心', expected: 65 },
  { text: '', expected: 0 },
])('estimateTextWidth($text) = $expected at 13px', ({ text, expected }) => {
  expect(estimateTextWidth(text)).toBe(expected);
});
