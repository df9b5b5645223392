// Properties over generated input: no text makes the parser or evaluator throw, every error
// points inside the source, and brackets written out in full are always honoured.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFormula, parseFormula, type FormulaScope } from '../../../src/engine/expr/index.ts';
import { referenceValue } from './reference.ts';

/** Any name has a value, so generated formulas reach evaluation. */
const anyNameScope: FormulaScope = {
  get: (name) => name.length - 3,
  accuracy: (step) => (step.length % 5) / 4,
};

function assertNeverThrows(source: string): void {
  const parsed = parseFormula(source);
  if (!parsed.ok) {
    expect(parsed.error.index).toBeGreaterThanOrEqual(0);
    expect(parsed.error.index).toBeLessThanOrEqual(source.length);
    return;
  }
  const result = evaluateFormula(parsed.formula, anyNameScope);
  if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
  else expect(result.error.index).toBeLessThanOrEqual(source.length);
}

const TOKENS = [
  '1', '0', '2.5', '1e3', '.5', 'x', 'yy', 'a.b', 'a.b.c', '+', '-', '*', '/', '^', '(', ')', ',', ' ',
  '<', '<=', '==', '!=', '>', 'and', 'or', 'not', 'if(', 'min(', 'round(', 'log(', 'exp(', 'normalize(',
  'accuracy(', 'clamp(', 'sum(', '[', ']', '"', '?', ':', '!', '&&', '=', '.', 'this', '（', '×',
];

describe('formula properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), assertNeverThrows), { numRuns: 2000 });
  });

  it('never throws on formula characters mixed with any code point, lone surrogates included', () => {
    const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    const unit = fc.oneof(fc.constantFrom(...'()+-*/^<>=!.,_ ax019e'), anyCodePoint);
    fc.assert(fc.property(fc.string({ unit, maxLength: 100 }), assertNeverThrows), { numRuns: 1000 });
  });

  it('never throws on formula-like token soup', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((tokens) => tokens.join(''));
    fc.assert(fc.property(soup, assertNeverThrows), { numRuns: 3000 });
  });

  it('agrees with a plain recursive-descent reading of the grammar', () => {
    const atom = fc.constantFrom('0', '1', '2', '3.5', 'x', 'yy');
    const binary = fc.constantFrom(' + ', ' - ', '*', '/', '^', ' < ', ' >= ', ' == ', ' != ', ' and ', ' or ');
    const prefix = fc.constantFrom('', '', '', '-', '+', 'not ', '- -', 'not not ');
    const { expr } = fc.letrec<{ expr: string; term: string }>((tie) => ({
      expr: fc
        .tuple(tie('term'), fc.array(fc.tuple(binary, tie('term')), { maxLength: 3 }))
        .map(([first, rest]) => first + rest.map(([op, term]) => op + term).join('')),
      term: fc
        .tuple(prefix, fc.oneof({ depthSize: 'small' }, atom, tie('expr').map((e) => `(${e})`)))
        .map(([p, a]) => p + a),
    }));
    let compared = 0;
    fc.assert(
      fc.property(expr, (source) => {
        const expected = referenceValue(source, (name) => anyNameScope.get(name)!);
        const parsed = parseFormula(source);
        const result = parsed.ok ? evaluateFormula(parsed.formula, anyNameScope) : parsed;
        if (result.ok) compared++;
        return result.ok ? result.value === expected : expected === undefined;
      }),
      { numRuns: 3000 },
    );
    // About a third reach a value (the rest fail in both, e.g. `a * not b` or `1/0`); enough to compare.
    expect(compared).toBeGreaterThan(750);
  });

  it('honours fully bracketed arithmetic exactly', () => {
    type Tree = { text: string; value: number };
    const leaf = fc.integer({ min: -9, max: 9 }).map((n): Tree => ({ text: n < 0 ? `(${n})` : String(n), value: n }));
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('tree'), fc.constantFrom('+', '-', '*'), tie('tree')).map(([l, op, r]): Tree => ({
          text: `(${l.text} ${op} ${r.text})`,
          value: op === '+' ? l.value + r.value : op === '-' ? l.value - r.value : l.value * r.value,
        })),
      ),
    }));
    fc.assert(
      fc.property(tree, ({ text, value }) => {
        const parsed = parseFormula(text);
        if (!parsed.ok) return text.length > 1000 || parsed.error.code === 'too-deep';
        const result = evaluateFormula(parsed.formula, anyNameScope);
        return result.ok && result.value === (value === 0 ? 0 : value);
      }),
      { numRuns: 500 },
    );
  });
});
