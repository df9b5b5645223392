// Every error is a value with a stable code and the 0-based index of the offending
// character: syntax, bounds, refused JavaScript constructs, functions, and run-time errors.
import { describe, expect, it } from 'vitest';
import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH, parseFormula } from '../../../src/engine/expr/index.ts';
import { errorOf, run } from './run.ts';

type Row = { name: string; input: string; expected: { code: string; index: number; params: Record<string, string | number> } };

const deep = (levels: number, open = '(') => `${open.repeat(levels)}1${')'.repeat(levels)}`;

const syntaxCases: Row[] = [
  { name: 'operator with no left value', input: '1 + * 2', expected: { code: 'syntax', index: 4, params: { found: '*' } } },
  { name: 'empty', input: '', expected: { code: 'empty', index: 0, params: {} } },
  { name: 'only blanks', input: '  \n ', expected: { code: 'empty', index: 0, params: {} } },
  { name: 'number then name', input: '2x', expected: { code: 'missing-operator', index: 1, params: { found: 'x' } } },
  { name: 'two names side by side', input: 'a b', expected: { code: 'missing-operator', index: 2, params: { found: 'b' } } },
  { name: 'value then bracket', input: '2 (3)', expected: { code: 'missing-operator', index: 2, params: { found: '(' } } },
  { name: 'ends after an operator', input: '1 +', expected: { code: 'unexpected-end', index: 3, params: {} } },
  { name: 'ends after and', input: 'a and', expected: { code: 'unexpected-end', index: 5, params: {} } },
  { name: 'ends in a dot', input: 'a.', expected: { code: 'unexpected-end', index: 2, params: {} } },
  { name: 'unclosed bracket', input: '(1 + 2', expected: { code: 'unclosed-paren', index: 0, params: {} } },
  { name: 'innermost unclosed bracket', input: 'max(1, (2', expected: { code: 'unclosed-paren', index: 7, params: {} } },
  { name: 'unmatched closing bracket', input: 'f(1))', expected: { code: 'syntax', index: 4, params: { found: ')' } } },
  { name: 'empty brackets', input: '1 + ()', expected: { code: 'syntax', index: 5, params: { found: ')' } } },
  { name: 'empty brackets after a number', input: '2()', expected: { code: 'syntax', index: 2, params: { found: ')' } } },
  { name: 'comma outside a call', input: '1, 2', expected: { code: 'syntax', index: 1, params: { found: ',' } } },
  { name: 'comma in a group', input: '(1, 2)', expected: { code: 'syntax', index: 2, params: { found: ',' } } },
  { name: 'missing first argument', input: 'max(,1)', expected: { code: 'syntax', index: 4, params: { found: ',' } } },
  { name: 'trailing comma in a call', input: 'min(1,)', expected: { code: 'syntax', index: 6, params: { found: ')' } } },
  { name: 'double comma in a call', input: 'min(1,,2)', expected: { code: 'syntax', index: 6, params: { found: ',' } } },
  { name: 'double period in a number', input: '1..2', expected: { code: 'syntax', index: 2, params: { found: '.' } } },
  { name: 'a word operator used as a value', input: 'or + 1', expected: { code: 'syntax', index: 0, params: { found: 'or' } } },
  { name: 'chained comparison', input: 'a < b < c', expected: { code: 'chained-comparison', index: 6, params: {} } },
  { name: 'chained equality', input: 'a == b == c', expected: { code: 'chained-comparison', index: 7, params: {} } },
  { name: 'not as an operand of *', input: 'a * not b', expected: { code: 'not-operand', index: 4, params: {} } },
  { name: 'not as an operand of minus', input: '-not a', expected: { code: 'not-operand', index: 1, params: {} } },
  { name: 'number too large to write', input: '1 + 1e999', expected: { code: 'not-finite', index: 4, params: {} } },
];

const boundCases: Row[] = [
  {
    name: 'too long',
    input: 'x'.repeat(MAX_FORMULA_LENGTH + 1),
    expected: { code: 'too-long', index: 1000, params: { max: 1000, length: 1001 } },
  },
  { name: 'brackets nested 33 deep', input: deep(MAX_FORMULA_DEPTH + 1), expected: { code: 'too-deep', index: 32, params: { max: 32 } } },
  { name: 'calls nested 33 deep', input: deep(MAX_FORMULA_DEPTH + 1, 'abs('), expected: { code: 'too-deep', index: 131, params: { max: 32 } } },
];

const refusedCases: Row[] = [
  { name: 'a string', input: '"abc"', expected: { code: 'not-allowed', index: 0, params: { what: 'string' } } },
  { name: 'a quoted name', input: "x + 'a'", expected: { code: 'not-allowed', index: 4, params: { what: 'string' } } },
  { name: 'computed member', input: 'a[b]', expected: { code: 'not-allowed', index: 1, params: { what: 'brackets' } } },
  { name: 'array literal', input: 'sum([1, 2])', expected: { code: 'not-allowed', index: 4, params: { what: 'brackets' } } },
  { name: 'ternary', input: 'x ? 1 : 2', expected: { code: 'not-allowed', index: 2, params: { what: 'ternary' } } },
  { name: 'this', input: 'this', expected: { code: 'not-allowed', index: 0, params: { what: 'this' } } },
  { name: 'a member of this', input: 'this.x', expected: { code: 'not-allowed', index: 0, params: { what: 'member-of-value' } } },
  { name: 'method call', input: 'foo.bar()', expected: { code: 'not-allowed', index: 0, params: { what: 'method-call' } } },
  { name: 'call on a group', input: '(f)(x)', expected: { code: 'not-allowed', index: 3, params: { what: 'call-on-group' } } },
  { name: 'call on a call', input: 'f(1)(2)', expected: { code: 'not-allowed', index: 4, params: { what: 'call-on-group' } } },
  { name: 'member of a group', input: '(a).b', expected: { code: 'not-allowed', index: 0, params: { what: 'member-of-value' } } },
  { name: 'four-part name', input: 'a.b.c.d', expected: { code: 'not-allowed', index: 0, params: { what: 'long-name', max: 3 } } },
  { name: '&&', input: 'a && b', expected: { code: 'not-allowed', index: 2, params: { what: 'and-symbol' } } },
  { name: '||', input: 'a || b', expected: { code: 'not-allowed', index: 2, params: { what: 'or-symbol' } } },
  { name: '!', input: '!a', expected: { code: 'not-allowed', index: 0, params: { what: 'bang' } } },
  { name: '===', input: 'a === b', expected: { code: 'not-allowed', index: 2, params: { what: 'triple-equals' } } },
  { name: '!==', input: 'a !== b', expected: { code: 'not-allowed', index: 2, params: { what: 'not-triple-equals' } } },
  { name: 'single =', input: 'x = 3', expected: { code: 'not-allowed', index: 2, params: { what: 'single-equals' } } },
  { name: '**', input: '2 ** 3', expected: { code: 'not-allowed', index: 2, params: { what: 'double-star' } } },
  { name: '%', input: '5 % 2', expected: { code: 'not-allowed', index: 2, params: { what: 'percent' } } },
  { name: '~', input: '~a', expected: { code: 'not-allowed', index: 0, params: { what: 'tilde' } } },
  { name: ';', input: 'a; b', expected: { code: 'not-allowed', index: 1, params: { what: 'semicolon' } } },
  { name: 'full-width bracket', input: '（1）', expected: { code: 'bad-character', index: 0, params: { char: '（', suggestion: '(' } } },
  { name: 'times sign', input: '2 × 3', expected: { code: 'bad-character', index: 2, params: { char: '×', suggestion: '*' } } },
  { name: 'full-width comma', input: 'max(1，2)', expected: { code: 'bad-character', index: 5, params: { char: '，', suggestion: ',' } } },
  { name: 'Chinese name', input: '利润 * 2', expected: { code: 'bad-character', index: 0, params: { char: '利' } } },
  { name: 'dollar sign', input: '$a', expected: { code: 'bad-character', index: 0, params: { char: '$' } } },
];

const functionCases: Row[] = [
  { name: 'unknown function', input: 'foo(1)', expected: { code: 'unknown-function', index: 0, params: { fn: 'foo' } } },
  { name: 'unknown function later', input: '2 + bar(1, 2)', expected: { code: 'unknown-function', index: 4, params: { fn: 'bar' } } },
  { name: 'a JavaScript method name', input: 'hasOwnProperty(1)', expected: { code: 'unknown-function', index: 0, params: { fn: 'hasOwnProperty' } } },
  { name: 'function used as a name', input: 'min + 1', expected: { code: 'function-without-call', index: 0, params: { fn: 'min' } } },
  { name: 'round with 3', input: 'round(1, 2, 3)', expected: { code: 'arity', index: 0, params: { fn: 'round', min: 1, max: 2, got: 3 } } },
  { name: 'clamp with 2', input: 'clamp(1, 2)', expected: { code: 'arity', index: 0, params: { fn: 'clamp', min: 3, max: 3, got: 2 } } },
  { name: 'if with 2', input: '1 + if(1, 2)', expected: { code: 'arity', index: 4, params: { fn: 'if', min: 3, max: 3, got: 2 } } },
  { name: 'min with none', input: 'min()', expected: { code: 'arity', index: 0, params: { fn: 'min', min: 1, got: 0 } } },
  { name: 'accuracy of a sum', input: 'accuracy(a + 1)', expected: { code: 'step-argument', index: 9, params: {} } },
  { name: 'accuracy of a dotted name', input: 'accuracy(a.b)', expected: { code: 'step-argument', index: 9, params: {} } },
  { name: 'accuracy of a number', input: 'accuracy(1)', expected: { code: 'step-argument', index: 9, params: {} } },
];

const runtimeCases: Row[] = [
  { name: 'division by zero at the operator', input: '1 / (x - 5)', expected: { code: 'division-by-zero', index: 2, params: {} } },
  { name: 'log of 0', input: 'log(0)', expected: { code: 'log-domain', index: 0, params: { value: 0 } } },
  { name: 'log of a negative', input: '2 * log(x - 6)', expected: { code: 'log-domain', index: 4, params: { value: -1 } } },
  { name: 'exp overflow', input: 'exp(1000)', expected: { code: 'not-finite', index: 0, params: {} } },
  { name: 'power overflow', input: '10 ^ 400', expected: { code: 'not-finite', index: 3, params: {} } },
  { name: 'negative base, fractional power', input: '(-8) ^ 0.5', expected: { code: 'not-finite', index: 5, params: {} } },
  { name: 'product overflow', input: '1e308 * 10', expected: { code: 'not-finite', index: 6, params: {} } },
  { name: 'sum overflow', input: 'sum(1e308, 1e308)', expected: { code: 'not-finite', index: 0, params: {} } },
  { name: 'round to half a digit', input: 'round(1, 0.5)', expected: { code: 'round-digits', index: 0, params: { digits: 0.5, max: 15 } } },
  { name: 'round to 16 digits', input: 'round(1, 16)', expected: { code: 'round-digits', index: 0, params: { digits: 16, max: 15 } } },
  { name: 'normalize an empty range', input: 'normalize(1, 2, 2)', expected: { code: 'normalize-range', index: 0, params: { lo: 2 } } },
  { name: 'clamp a reversed range', input: 'clamp(1, 5, 0)', expected: { code: 'clamp-range', index: 0, params: { lo: 5, hi: 0 } } },
  { name: 'a name the scope lacks', input: 'a + ghost', expected: { code: 'unknown-name', index: 4, params: { name: 'ghost' } } },
  { name: 'true is just a name', input: 'true', expected: { code: 'unknown-name', index: 0, params: { name: 'true' } } },
];

describe('formula errors', () => {
  describe.each([
    ['syntax', syntaxCases],
    ['bounds', boundCases],
    ['refused constructs', refusedCases],
    ['functions', functionCases],
    ['evaluation', runtimeCases],
  ] as const)('%s', (_, cases) => {
    it.each(cases)('$name', ({ input, expected }) => {
      expect(errorOf(run(input))).toEqual(expected);
    });
  });

  it('accepts the deepest allowed nesting and the longest allowed text', () => {
    expect(run(deep(MAX_FORMULA_DEPTH))).toEqual({ value: 1 });
    expect(run(`1${' '.repeat(MAX_FORMULA_LENGTH - 1)}`)).toEqual({ value: 1 });
  });

  it('gives each error the length of the token it points at', () => {
    const parsed = parseFormula('x + round(1, 2, 3)');
    expect(parsed).toMatchObject({ ok: false, error: { code: 'arity', index: 4, length: 5 } });
    expect(parseFormula('a.b.c.d + 1')).toMatchObject({ ok: false, error: { index: 0, length: 7 } });
    expect(run('2 / (x - 5)')).toMatchObject({ error: { index: 2, length: 1 } });
  });

  it('never reads JavaScript properties: a scope backed by a plain object still only yields numbers', () => {
    const plain: Record<string, number> = { x: 1 };
    const objectScope = { get: (name: string) => plain[name] };
    expect(errorOf(run('constructor + 1', objectScope))).toEqual({ code: 'unknown-name', index: 0, params: { name: 'constructor' } });
    expect(errorOf(run('__proto__', objectScope))).toEqual({ code: 'unknown-name', index: 0, params: { name: '__proto__' } });
    expect(run('x + 1', objectScope)).toEqual({ value: 2 });
  });

  it('reports accuracy() when the scope cannot answer it', () => {
    expect(errorOf(run('accuracy(diagnose)', { get: () => 1 }))).toEqual({ code: 'no-accuracy', index: 0, params: { step: 'diagnose' } });
  });

  it('reports a non-finite value from the scope where the name stands', () => {
    expect(errorOf(run('1 + broken', { get: () => Number.NaN }))).toEqual({ code: 'not-finite', index: 4, params: {} });
  });
});
