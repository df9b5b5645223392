// Operator precedence and associativity, comparisons, and/or/not, and lazy evaluation:
// each row is a formula and the exact value it must produce.
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

const cases: { name: string; input: string; expected: number }[] = [
  { name: '* before +', input: '2+3*4', expected: 14 },
  { name: '^ is right-associative', input: '2^3^2', expected: 512 },
  { name: '^ binds tighter than unary minus', input: '-2^2', expected: -4 },
  { name: 'brackets keep a negative base', input: '(-2)^2', expected: 4 },
  { name: 'brackets first', input: '(1+2)*3', expected: 9 },
  { name: '- is left-associative', input: '10-4-3', expected: 3 },
  { name: '/ is left-associative', input: '8/4/2', expected: 1 },
  { name: 'unary minus after *', input: '2*-3', expected: -6 },
  { name: 'unary minus before *', input: '-2*3', expected: -6 },
  { name: 'negative exponent', input: '2^-1', expected: 0.5 },
  { name: 'minus on both sides of ^', input: '-2^-2', expected: -0.25 },
  { name: 'double minus before ^', input: '- - 2 ^ 2', expected: 4 },
  { name: 'minus inside a right-associative exponent', input: '2 ^ -1 ^ 2', expected: 0.5 },
  { name: 'power inside a product after a minus', input: '-2 ^ 2 * 3', expected: -12 },
  { name: 'unary plus', input: '+3', expected: 3 },
  { name: 'all levels', input: '1 + 2 * 3 ^ 2', expected: 19 },
  { name: 'two groups', input: '(2+3)*(4-1)', expected: 15 },
  { name: 'scientific and leading-dot numbers', input: '1.5e2 + .5', expected: 150.5 },
  { name: 'negative exponent in a number', input: '2E-3*1000', expected: 2 },
  { name: 'spaces and newlines', input: ' 1 +\n 2 ', expected: 3 },
  { name: 'greater', input: '3 > 2', expected: 1 },
  { name: 'less, false', input: '3 < 2', expected: 0 },
  { name: 'at most', input: '2 <= 2', expected: 1 },
  { name: 'at least, false', input: '2 >= 3', expected: 0 },
  { name: 'equal', input: '2 == 2', expected: 1 },
  { name: 'not equal, false', input: '2 != 2', expected: 0 },
  { name: 'arithmetic before comparison', input: '1 + 1 == 2', expected: 1 },
  { name: 'a bracketed comparison can be compared', input: '(1 < 2) < 1', expected: 0 },
  { name: 'and, false', input: '1 and 0', expected: 0 },
  { name: 'and gives 1 for any non-zero pair', input: '2 and 3', expected: 1 },
  { name: 'or, false', input: '0 or 0', expected: 0 },
  { name: 'or gives 1 for a negative', input: '0 or -1', expected: 1 },
  { name: 'not 0', input: 'not 0', expected: 1 },
  { name: 'not of non-zero', input: 'not 5', expected: 0 },
  { name: 'not of a negative', input: 'not -1', expected: 0 },
  { name: 'double not', input: 'not not 7', expected: 1 },
  { name: 'not takes in a comparison', input: 'not 1 > 2', expected: 1 },
  { name: 'not takes in arithmetic too', input: 'not 1 - 1', expected: 1 },
  { name: 'not binds tighter than and', input: 'not 0 and 0', expected: 0 },
  { name: 'not binds tighter than or', input: 'not 0 or 1', expected: 1 },
  { name: 'and binds tighter than or', input: '1 or 0 and 0', expected: 1 },
  { name: 'the brief’s condition', input: 'if(x > 3 and not done, a, b)', expected: 1 },
  { name: 'and then not', input: 'x > 3 and not done', expected: 1 },
  { name: 'if takes only the true branch', input: 'if(1, 5, 1/0)', expected: 5 },
  { name: 'if takes only the false branch', input: 'if(0, 1/0, 6)', expected: 6 },
  { name: 'if treats non-zero as true', input: 'if(-0.5, 10, 20)', expected: 10 },
  { name: 'if treats zero as false', input: 'if(x - 5, 1, 2)', expected: 2 },
  { name: 'and skips its right side after 0', input: '0 and 1/0', expected: 0 },
  { name: 'or skips its right side after non-zero', input: '1 or log(0)', expected: 1 },
  { name: 'a guarded division', input: 'x != 0 and 10 / x > 1', expected: 1 },
  { name: 'dotted name', input: 'quarter.needs * 2', expected: 14 },
  { name: 'three-part dotted name', input: 'model.ladder.core + 1', expected: 4 },
  { name: 'spaced call', input: 'min (1, 2) + 1', expected: 2 },
  { name: 'a long flat sum', input: Array(500).fill('1').join('+'), expected: 500 },
  { name: 'a long chain of minus signs', input: '-'.repeat(900) + '1', expected: 1 },
];

describe('formula precedence and logic', () => {
  it.each(cases)('$name: $input', ({ input, expected }) => {
    expect(run(input)).toEqual({ value: expected });
  });
});
