// The formula language's own small syntax tree, its errors and its evaluation scope.
// Evaluation walks only these shapes: nothing from the parser library reaches it.
import type { FunctionName } from './functions.ts';

export const BinaryOperatorValues = ['or', 'and', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '^'] as const;
export type BinaryOperator = (typeof BinaryOperatorValues)[number];

export const UnaryOperatorValues = ['-', '+', 'not'] as const;
export type UnaryOperator = (typeof UnaryOperatorValues)[number];

/**
 * Every node records where it is in the source: `at` is the 0-based offset of the character
 * an error about the node points at (the operator, the name, the function name), `length`
 * how many characters that token has.
 */
interface Located {
  at: number;
  length: number;
}

export type Node =
  | (Located & { kind: 'number'; value: number })
  | (Located & { kind: 'name'; name: string })
  | (Located & { kind: 'unary'; op: UnaryOperator; arg: Node })
  | (Located & { kind: 'binary'; op: BinaryOperator; left: Node; right: Node })
  | (Located & { kind: 'call'; fn: Exclude<FunctionName, 'accuracy'>; args: Node[] })
  /** accuracy(step): its argument is a step id, not a value, so it is not a call of values. */
  | (Located & { kind: 'accuracy'; step: string; stepAt: number });

export interface Formula {
  source: string;
  ast: Node;
}

export const FormulaErrorCodeValues = [
  // found while parsing
  'empty',
  'too-long',
  'too-deep',
  'bad-character',
  'not-allowed',
  'syntax',
  'unexpected-end',
  'unclosed-paren',
  'missing-operator',
  'chained-comparison',
  'not-operand',
  'unknown-function',
  'function-without-call',
  'arity',
  'step-argument',
  // found by checkFormula against the scenario's names
  'unknown-name',
  'unknown-step',
  // found while evaluating
  'division-by-zero',
  'log-domain',
  'not-finite',
  'round-digits',
  'normalize-range',
  'clamp-range',
  'no-accuracy',
] as const;
export type FormulaErrorCode = (typeof FormulaErrorCodeValues)[number];

/** Constructs of JavaScript a teacher may type that the language refuses, each with its own advice. */
export const NotAllowedValues = [
  'string',
  'brackets',
  'ternary',
  'this',
  'method-call',
  'call-on-group',
  'member-of-value',
  'long-name',
  'and-symbol',
  'or-symbol',
  'bang',
  'triple-equals',
  'not-triple-equals',
  'single-equals',
  'double-star',
  'percent',
  'tilde',
  'semicolon',
] as const;
export type NotAllowed = (typeof NotAllowedValues)[number];

export interface FormulaError {
  code: FormulaErrorCode;
  /** 0-based offset of the offending character in the source; at most source.length. */
  index: number;
  /** Characters the problem spans from `index`, when it is a token. */
  length?: number;
  /** Values for the message (names, counts); plain strings and numbers so issues can carry them. */
  params: Record<string, string | number>;
}

export type FormulaResult<T> = ({ ok: true } & T) | { ok: false; error: FormulaError };

/** What a formula can read while it is evaluated. The engine supplies it. */
export interface FormulaScope {
  /** The value of a name (dotted names such as `step.option` included); undefined when unknown. */
  get(name: string): number | undefined;
  /** accuracy(stepId) → 0..1: how right the student's answer at that step was. */
  accuracy?(stepId: string): number;
}

/** Thrown inside the parser and evaluator only; the public functions turn it into a value. */
export class FormulaFailure {
  constructor(readonly error: FormulaError) {}
}

export function fail(code: FormulaErrorCode, index: number, params: FormulaError['params'] = {}, length?: number): never {
  throw new FormulaFailure(length === undefined ? { code, index, params } : { code, index, length, params });
}
