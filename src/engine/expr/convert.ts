// Turns jsep's tree into the formula language's own tree, refusing what the language does not
// have, and fixing operator precedence where jsep's differs (prefix operators, see `combine`).
import type jsep from 'jsep';
import { FUNCTION_ARITY, isFunctionName, OPERATOR_WORDS, ROUND_NAME } from './functions.ts';
import { BINARY_PRECEDENCE, UNARY_PRECEDENCE, type LocatedExpression as J } from './jsepParser.ts';
import { fail, type BinaryOperator, type Node, type UnaryOperator } from './types.ts';

/** `step.option` and `model.output.detail` are names; deeper chains are refused. */
export const MAX_NAME_SEGMENTS = 3;
const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function skipSpaces(source: string, index: number): number {
  let i = index;
  while (i < source.length && ' \t\n\r'.includes(source[i]!)) i++;
  return i;
}

const TOKEN_PATTERN = /^(?:[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d*)?|[<>=!]=|[\s\S])/u;

/** The token at `index`, for messages such as “unexpected “*””. */
export function tokenAt(source: string, index: number): string {
  return TOKEN_PATTERN.exec(source.slice(index))?.[0] ?? '';
}

function isBinaryOperator(op: string): op is BinaryOperator {
  return Object.hasOwn(BINARY_PRECEDENCE, op);
}

function isUnaryOperator(op: string): op is UnaryOperator {
  return Object.hasOwn(UNARY_PRECEDENCE, op);
}

export class Converter {
  /** Nodes written in brackets: precedence fixes and the chained-comparison rule leave them alone. */
  private readonly bracketed = new WeakSet<Node>();

  constructor(private readonly source: string) {}

  convert(j: J): Node {
    const node = this.convertBare(j);
    if (j.parens) this.bracketed.add(node);
    return node;
  }

  private start(j: J): number {
    if (j.parens) return j.outerStart!;
    if (j.start !== undefined) return j.start;
    return j.type === 'BinaryExpression' ? this.start(j.left as J) : 0;
  }

  private end(j: J): number {
    if (j.parens) return j.outerEnd!;
    if (j.end !== undefined) return j.end;
    return j.type === 'BinaryExpression' ? this.end(j.right as J) : this.source.length;
  }

  /** The `(` matching the `)` at `close`; the prescan has made sure brackets balance. */
  private openingBracket(close: number): number {
    let depth = 0;
    for (let i = close; i >= 0; i--) {
      if (this.source[i] === ')') depth++;
      if (this.source[i] === '(' && --depth === 0) return i;
    }
    return 0;
  }

  /** Length of the token from `start` to `end`, trailing blanks not counted. */
  private extent(start: number, end: number): number {
    return this.source.slice(start, end).trimEnd().length;
  }

  private convertBare(j: J): Node {
    switch (j.type) {
      case 'Literal':
        return this.literal(j as jsep.Literal & J);
      case 'Identifier':
        return this.identifier((j as jsep.Identifier).name, j.start ?? 0);
      case 'MemberExpression':
        return this.member(j as jsep.MemberExpression & J);
      case 'CallExpression':
        return this.call(j as jsep.CallExpression & J);
      case 'UnaryExpression':
        return this.unary(j as jsep.UnaryExpression & J);
      case 'BinaryExpression':
        return this.binary(j as jsep.BinaryExpression & J);
      case 'Compound':
        return this.sideBySide((j as jsep.Compound).body as J[]);
      case 'SequenceExpression':
        return this.sideBySide((j as jsep.SequenceExpression).expressions as J[]);
      case 'ThisExpression':
        return fail('not-allowed', j.start ?? 0, { what: 'this' }, 4);
      default:
        return fail('syntax', this.start(j), { found: this.source.slice(this.start(j), this.start(j) + 1) }, 1);
    }
  }

  private literal(j: jsep.Literal & J): Node {
    const at = j.start ?? 0;
    if (typeof j.value !== 'number') return fail('not-allowed', at, { what: 'string' }, 1);
    if (!Number.isFinite(j.value)) return fail('not-finite', at, {}, j.raw.length);
    return { kind: 'number', value: j.value, at, length: j.raw.length };
  }

  private identifier(name: string, at: number): Node {
    if (OPERATOR_WORDS.has(name)) {
      // jsep takes a trailing `and` for a name; the real problem is that the formula stops.
      const isLast = this.source.trimEnd().length === at + name.length;
      if (isLast) return fail('unexpected-end', this.source.length);
      return fail('syntax', at, { found: name }, name.length);
    }
    // `round` alone is a value in event formulas (the rounds played); checkFormula refuses it elsewhere.
    if (isFunctionName(name) && name !== ROUND_NAME) return fail('function-without-call', at, { fn: name }, name.length);
    return { kind: 'name', name, at, length: name.length };
  }

  private member(j: jsep.MemberExpression & J): Node {
    const at = j.start ?? 0;
    const length = this.extent(at, j.end ?? this.source.length);
    if (j.onGroup) return fail('not-allowed', at, { what: 'member-of-value' }, length);
    const segments: string[] = [];
    let object: J = j;
    while (object.type === 'MemberExpression') {
      const m = object as jsep.MemberExpression;
      if (m.computed) return fail('not-allowed', at, { what: 'brackets' }, length);
      segments.unshift((m.property as jsep.Identifier).name);
      object = m.object as J;
    }
    if (object.type !== 'Identifier') return fail('not-allowed', at, { what: 'member-of-value' }, length);
    segments.unshift((object as jsep.Identifier).name);
    if (segments.length > MAX_NAME_SEGMENTS) {
      return fail('not-allowed', at, { what: 'long-name', max: MAX_NAME_SEGMENTS }, length);
    }
    return { kind: 'name', name: segments.join('.'), at, length };
  }

  private call(j: jsep.CallExpression & J): Node {
    const at = j.start ?? 0;
    const callee = j.callee as J;
    // This call's `(` matches the `)` its token ends with (the callee may hold brackets too).
    const closeParen = this.source.slice(0, j.end ?? this.source.length).trimEnd().length - 1;
    const openParen = this.openingBracket(closeParen);
    if (j.onGroup) return fail('not-allowed', openParen, { what: 'call-on-group' }, 1);
    if (callee.type === 'MemberExpression') {
      return fail('not-allowed', at, { what: 'method-call' }, this.extent(at, openParen));
    }
    if (callee.type !== 'Identifier') return fail('not-allowed', openParen, { what: 'call-on-group' }, 1);
    const fn = (callee as jsep.Identifier).name;
    if (!isFunctionName(fn)) return fail('unknown-function', at, { fn }, fn.length);
    const args = j.arguments as J[];
    const [min, max] = FUNCTION_ARITY[fn];
    if (args.length < min || args.length > max) {
      const params: Record<string, string | number> = { fn, min, got: args.length };
      if (Number.isFinite(max)) params.max = max;
      return fail('arity', at, params, fn.length);
    }
    if (fn === 'accuracy') {
      const arg = args[0]!;
      const stepAt = this.start(arg);
      if (arg.type !== 'Identifier' || arg.parens) {
        return fail('step-argument', stepAt, {}, this.extent(stepAt, this.end(arg)));
      }
      return { kind: 'accuracy', step: (arg as jsep.Identifier).name, stepAt, at, length: fn.length };
    }
    return { kind: 'call', fn, args: args.map((a) => this.convert(a)), at, length: fn.length };
  }

  private unary(j: jsep.UnaryExpression & J): Node {
    const op = j.operator;
    const at = j.start ?? 0;
    if (!isUnaryOperator(op)) return fail('syntax', at, { found: op }, op.length);
    const arg = this.convert(j.argument as J);
    if (op !== 'not' && this.isBare(arg, 'not')) return fail('not-operand', arg.at, {}, arg.length);
    return { kind: 'unary', op, arg, at, length: op.length };
  }

  private binary(j: jsep.BinaryExpression & J): Node {
    const op = j.operator;
    const at = skipSpaces(this.source, this.end(j.left as J));
    if (!isBinaryOperator(op)) return fail('syntax', at, { found: op }, op.length);
    const left = this.convert(j.left as J);
    const right = this.convert(j.right as J);
    return this.combine(op, at, left, right);
  }

  /** An unbracketed unary node (optionally with a given operator). */
  private isBare(node: Node, op?: UnaryOperator): node is Extract<Node, { kind: 'unary' }> {
    return node.kind === 'unary' && !this.bracketed.has(node) && (op === undefined || node.op === op);
  }

  /**
   * jsep lets a prefix operator take only the next token: `-2^2` comes as (-2)^2 and
   * `not a > b` as (not a) > b. Here a prefix operator on the left takes in every operator
   * that binds tighter than it: -(2^2), not (a > b). Bracketed operands keep their meaning.
   */
  private combine(op: BinaryOperator, at: number, left: Node, right: Node): Node {
    if (COMPARISONS.has(op)) {
      for (const side of [left, right]) {
        const isComparison = side.kind === 'binary' && COMPARISONS.has(side.op) && !this.bracketed.has(side);
        if (isComparison) return fail('chained-comparison', Math.max(at, side.at), {}, op.length);
      }
    }
    // `a * not b` would read two ways; Python refuses it too.
    if (this.isBare(right, 'not') && BINARY_PRECEDENCE[op] > UNARY_PRECEDENCE.not) {
      return fail('not-operand', right.at, {}, right.length);
    }
    if (this.isBare(left) && UNARY_PRECEDENCE[left.op] < BINARY_PRECEDENCE[op]) {
      return { ...left, arg: this.combine(op, at, left.arg, right) };
    }
    return { kind: 'binary', op, left, right, at, length: op.length };
  }

  /** Two expressions with nothing between them (`2 x`), or separated by a stray comma. */
  private sideBySide(items: J[]): Node {
    if (items.length === 0) return fail('empty', 0);
    const nodes = items.map((item) => this.convert(item));
    if (nodes.length === 1) return nodes[0]!;
    const second = this.start(items[1]!);
    const between = skipSpaces(this.source, this.end(items[0]!));
    if (this.source[between] === ',') return fail('syntax', between, { found: ',' }, 1);
    const found = tokenAt(this.source, second);
    return fail('missing-operator', second, { found }, found.length);
  }
}
