// What a parameter box accepts: plain decimal numbers, checked against the range (clamped
// with a reason), and the slider step when a scenario gives none.
import { describe, expect, test } from 'vitest';
import { checkTyped, parseDecimal, stepOf } from '../../../src/ui/sandbox/paramValue.ts';

describe('stepOf', () => {
  test.each([
    { param: { min: 0, max: 1, step: 0.05 }, expected: 0.05 },
    { param: { min: 0, max: 1 }, expected: 0.01 },
    { param: { min: 0, max: 0.3 }, expected: 0.005 },
    { param: { min: 100, max: 1_000_000 }, expected: 10_000 },
    { param: { min: 0, max: 20 }, expected: 0.2 },
    { param: { min: 5, max: 5 }, expected: 1 },
  ])('$param → $expected', ({ param, expected }) => {
    expect(stepOf(param)).toBe(expected);
  });
});

describe('checkTyped', () => {
  const range = { min: 0, max: 0.5 };
  test.each([
    { text: '0.3', expected: { ok: true, value: 0.3 } },
    { text: ' 0.5 ', expected: { ok: true, value: 0.5 } },
    { text: '0.9', expected: { ok: false, problem: 'above-max', value: 0.5 } },
    { text: '-1', expected: { ok: false, problem: 'below-min', value: 0 } },
    { text: '', expected: { ok: false, problem: 'empty', value: null } },
    { text: 'abc', expected: { ok: false, problem: 'not-a-number', value: null } },
    { text: '1,5', expected: { ok: false, problem: 'not-a-number', value: null } },
  ])('“$text”', ({ text, expected }) => {
    expect(checkTyped(text, range)).toEqual(expected);
  });
});

test('parseDecimal refuses what Number() would quietly accept', () => {
  expect(['0x1f', 'Infinity', '1_000', '0b1', ' ', '1e400'].map(parseDecimal)).toEqual([null, null, null, null, null, null]);
  expect(['12', '-0.5', '.5', '5.', '2e-3'].map(parseDecimal)).toEqual([12, -0.5, 0.5, 5, 0.002]);
});
