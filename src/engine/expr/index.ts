// The safe formula language of scenario files: parse (never eval), check names at load time,
// evaluate against a scope, and explain errors in both languages. Other modules import only this.
export { parseFormula } from './parse.ts';
export { checkFormula, formulaNames, formulaSteps } from './check.ts';
export { evaluateFormula } from './evaluate.ts';
export { formulaMessage } from './messages.ts';
export { FORMULA_FUNCTIONS, RESERVED_WORDS, isReservedWord, roundHalfAwayFromZero } from './functions.ts';
export { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './prescan.ts';
export { FormulaErrorCodeValues, NotAllowedValues } from './types.ts';
export type { Formula, FormulaError, FormulaErrorCode, FormulaScope, Node, NotAllowed } from './types.ts';
