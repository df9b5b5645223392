// evaluateFormula: walks our own tree with numbers only. Names are read through the scope,
// never from JavaScript objects. Every error is located at the operator or function at fault.
import { normalizeToUnit, roundHalfAwayFromZero, ROUND_DIGITS_LIMIT } from './functions.ts';
import { FormulaFailure, fail, type Formula, type FormulaError, type FormulaScope, type Node } from './types.ts';

type Call = Extract<Node, { kind: 'call' }>;
type Binary = Extract<Node, { kind: 'binary' }>;

/** Any infinite or NaN intermediate is an error where it arose, so a result is always finite. */
function finite(value: number, node: Node): number {
  if (!Number.isFinite(value)) fail('not-finite', node.at, {}, node.length);
  return value;
}

const truth = (condition: boolean): number => (condition ? 1 : 0);

class Evaluator {
  constructor(private readonly scope: FormulaScope) {}

  value(node: Node): number {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'name': {
        const value: unknown = this.scope.get(node.name);
        // A scope backed by a plain object could hand back `constructor`; only numbers count.
        if (typeof value !== 'number') fail('unknown-name', node.at, { name: node.name }, node.length);
        return finite(value, node);
      }
      case 'unary': {
        const arg = this.value(node.arg);
        return node.op === 'not' ? truth(arg === 0) : node.op === '-' ? -arg : arg;
      }
      case 'binary':
        return this.binary(node);
      case 'call':
        return this.call(node);
      case 'accuracy': {
        if (!this.scope.accuracy) fail('no-accuracy', node.at, { step: node.step }, node.length);
        return finite(this.scope.accuracy(node.step), node);
      }
    }
  }

  private binary(node: Binary): number {
    const left = this.value(node.left);
    // `and`/`or` read their right side only when it decides: `x != 0 and y / x > 2` is safe.
    if (node.op === 'and') return left === 0 ? 0 : truth(this.value(node.right) !== 0);
    if (node.op === 'or') return left !== 0 ? 1 : truth(this.value(node.right) !== 0);
    const right = this.value(node.right);
    switch (node.op) {
      case '==': return truth(left === right);
      case '!=': return truth(left !== right);
      case '<': return truth(left < right);
      case '<=': return truth(left <= right);
      case '>': return truth(left > right);
      case '>=': return truth(left >= right);
      case '+': return finite(left + right, node);
      case '-': return finite(left - right, node);
      case '*': return finite(left * right, node);
      case '/':
        if (right === 0) fail('division-by-zero', node.at, {}, node.length);
        return finite(left / right, node);
      case '^': return finite(left ** right, node);
    }
  }

  private call(node: Call): number {
    const { args } = node;
    // if() evaluates only the branch it takes: the other may divide by zero harmlessly.
    if (node.fn === 'if') return this.value(args[0]!) !== 0 ? this.value(args[1]!) : this.value(args[2]!);
    const values = args.map((arg) => this.value(arg));
    const [x = 0, a = 0, b = 0] = values;
    switch (node.fn) {
      case 'min': return Math.min(...values);
      case 'max': return Math.max(...values);
      case 'sum': return finite(values.reduce((total, v) => total + v, 0), node);
      case 'abs': return Math.abs(x);
      case 'exp': return finite(Math.exp(x), node);
      case 'log':
        if (x <= 0) fail('log-domain', node.at, { value: x }, node.length);
        return Math.log(x);
      case 'clamp':
        if (a > b) fail('clamp-range', node.at, { lo: a, hi: b }, node.length);
        return Math.min(Math.max(x, a), b);
      case 'normalize':
        if (a === b) fail('normalize-range', node.at, { lo: a }, node.length);
        return finite(normalizeToUnit(x, a, b), node);
      case 'round': {
        const digits = values.length > 1 ? a : 0;
        if (!Number.isInteger(digits) || Math.abs(digits) > ROUND_DIGITS_LIMIT) {
          fail('round-digits', node.at, { digits, max: ROUND_DIGITS_LIMIT }, node.length);
        }
        return finite(roundHalfAwayFromZero(x, digits), node);
      }
    }
  }
}

export function evaluateFormula(f: Formula, scope: FormulaScope): { ok: true; value: number } | { ok: false; error: FormulaError } {
  try {
    const value = new Evaluator(scope).value(f.ast);
    // -0 reads as 0 to a teacher and compares equal; keep one zero.
    return { ok: true, value: value === 0 ? 0 : value };
  } catch (error) {
    if (error instanceof FormulaFailure) return { ok: false, error: error.error };
    throw error;
  }
}
