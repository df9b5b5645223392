// Each built-in function with exact values, including how round() treats halves and
// binary floating point, normalize()'s clamping and the accuracy() callback.
import { describe, expect, it } from 'vitest';
import { evaluateFormula, parseFormula, roundHalfAwayFromZero } from '../../../src/engine/expr/index.ts';
import { run } from './run.ts';

const cases: { name: string; input: string; expected: number }[] = [
  { name: 'min of three', input: 'min(3, 1, 2)', expected: 1 },
  { name: 'max of three', input: 'max(3, 1, 2)', expected: 3 },
  { name: 'min of one', input: 'min(4)', expected: 4 },
  { name: 'sum', input: 'sum(1, 2, 3.5)', expected: 6.5 },
  { name: 'clamp above', input: 'clamp(150, 0, 100)', expected: 100 },
  { name: 'clamp below', input: 'clamp(-5, 0, 100)', expected: 0 },
  { name: 'clamp inside', input: 'clamp(42, 0, 100)', expected: 42 },
  { name: 'abs', input: 'abs(-3.5)', expected: 3.5 },
  { name: 'natural log of 1', input: 'log(1)', expected: 0 },
  { name: 'log undoes exp', input: 'log(exp(2))', expected: 2 },
  { name: 'exp(0)', input: 'exp(0)', expected: 1 },
  { name: 'round to 2 digits: 2.345', input: 'round(2.345, 2)', expected: 2.35 },
  { name: 'round to 2 digits: 1.005 (binary 1.00499…)', input: 'round(1.005, 2)', expected: 1.01 },
  { name: 'round to 2 digits: 2.675', input: 'round(2.675, 2)', expected: 2.68 },
  { name: 'round negative half away from zero, 2 digits', input: 'round(-1.005, 2)', expected: -1.01 },
  { name: 'round half up', input: 'round(2.5)', expected: 3 },
  { name: 'round negative half away from zero', input: 'round(-2.5)', expected: -3 },
  { name: 'round 0.5', input: 'round(0.5)', expected: 1 },
  { name: 'round to one digit', input: 'round(1234.5678, 1)', expected: 1234.6 },
  { name: 'round to hundreds', input: 'round(1234.5678, -2)', expected: 1200 },
  { name: 'round cleans float noise', input: 'round(0.1 + 0.2, 10)', expected: 0.3 },
  { name: 'round of a huge number is itself', input: 'round(1e300, 15)', expected: 1e300 },
  { name: 'normalize inside', input: 'normalize(5, 0, 10)', expected: 0.5 },
  { name: 'normalize clamps above', input: 'normalize(15, 0, 10)', expected: 1 },
  { name: 'normalize clamps below', input: 'normalize(-5, 0, 10)', expected: 0 },
  { name: 'normalize on a reversed scale', input: 'normalize(2, 10, 0)', expected: 0.8 },
  { name: 'accuracy reads the callback', input: 'accuracy(diagnose)', expected: 0.75 },
  { name: 'accuracy in arithmetic', input: '100 * accuracy(recover) + 10', expected: 30 },
  { name: 'nested functions', input: 'max(min(4, 9), abs(-2), sum(1, 1))', expected: 4 },
  { name: 'the brief’s estimate score', input: 'clamp(100 - 50 * abs(log(guess / guess)), 0, 100)', expected: 100 },
];

describe('formula functions', () => {
  it.each(cases)('$name: $input', ({ input, expected }) => {
    expect(run(input)).toEqual({ value: expected });
  });

  it('scores an estimate of half the truth as 100 − 50·ln 2', () => {
    const outcome = run('clamp(100 - 50 * abs(log(guess / totalLossHigh)), 0, 100)');
    expect(outcome).toEqual({ value: 65.34264097200273 });
  });

  it('never returns negative zero', () => {
    const outcome = run('round(-0.4)');
    expect('value' in outcome && Object.is(outcome.value, 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
  });

  it('passes the step id, not a value, to accuracy()', () => {
    const asked: string[] = [];
    const parsed = parseFormula('accuracy(diagnose) + accuracy(recover)');
    if (!parsed.ok) throw new Error('should parse');
    const result = evaluateFormula(parsed.formula, {
      get: () => undefined,
      accuracy: (step) => {
        asked.push(step);
        return 0.5;
      },
    });
    expect(result).toEqual({ ok: true, value: 1 });
    expect(asked).toEqual(['diagnose', 'recover']);
  });
});
