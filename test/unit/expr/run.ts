// Test helper: parse and evaluate a formula in one call, with a small fixed scope, so
// tables can state `input → value` or `input → error` directly.
import { evaluateFormula, parseFormula, type FormulaError, type FormulaScope } from '../../../src/engine/expr/index.ts';

export const VALUES: ReadonlyMap<string, number> = new Map([
  ['x', 5],
  ['done', 0],
  ['a', 1],
  ['b', 2],
  ['guess', 50],
  ['totalLossHigh', 100],
  ['quarter.needs', 7],
  ['model.ladder.core', 3],
]);

export const ACCURACY: ReadonlyMap<string, number> = new Map([
  ['diagnose', 0.75],
  ['recover', 0.2],
]);

export const scope: FormulaScope = {
  get: (name) => VALUES.get(name),
  accuracy: (step) => ACCURACY.get(step) ?? 0,
};

export type Outcome = { value: number } | { error: FormulaError };

/** The value, or the first error from parsing or evaluating. */
export function run(source: string, withScope: FormulaScope = scope): Outcome {
  const parsed = parseFormula(source);
  if (!parsed.ok) return { error: parsed.error };
  const result = evaluateFormula(parsed.formula, withScope);
  return result.ok ? { value: result.value } : { error: result.error };
}

/** Only the parts of an error a table states: code, index and (when given) params. */
export function errorOf(outcome: Outcome): Pick<FormulaError, 'code' | 'index' | 'params'> | undefined {
  return 'error' in outcome ? { code: outcome.error.code, index: outcome.error.index, params: outcome.error.params } : undefined;
}
