// The one place jsep is configured. jsep's settings are a global singleton: this module sets
// them once, at import, idempotently, and no other module may touch jsep.
import jsep from 'jsep';

/** Higher binds tighter. Unary `not` sits between `and` and the comparisons (as in Python). */
export const BINARY_PRECEDENCE = {
  or: 1,
  and: 2,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '^': 8,
} as const;

/** Unary minus binds looser than `^` (so -2^2 = -4) and tighter than `*`. */
export const UNARY_PRECEDENCE = { not: 3, '-': 7, '+': 7 } as const;

/**
 * jsep gives no source positions; the hooks below write them onto its nodes.
 * `start`/`end`: the token the node was parsed as. A bracketed group sets `parens`
 * with `outerStart`/`outerEnd`; `onGroup` marks a call or member on a group, `(f)(x)`.
 */
export interface LocatedExpression extends jsep.Expression {
  start?: number;
  end?: number;
  parens?: boolean;
  outerStart?: number;
  outerEnd?: number;
  onGroup?: boolean;
}

/** The parser instance a hook runs on, with the stack of open token starts we keep on it. */
type TrackedScope = jsep.HookScope & { formulaTokenStarts?: number[] };

const OPEN_PAREN = 40;

function locate(node: LocatedExpression, start: number, end: number, source: string): void {
  const isGroup = source.charCodeAt(start) === OPEN_PAREN;
  // A node already located came from an inner token: this token is a group around it.
  const wrapsInner = node.start !== undefined || node.type === 'BinaryExpression' || node.type === 'SequenceExpression';
  if (isGroup && wrapsInner) {
    node.parens = true;
    node.outerStart = start;
    node.outerEnd = end;
  } else if (node.start === undefined) {
    node.start = start;
    node.end = end;
    if (isGroup) node.onGroup = true;
  }
}

const rangesPlugin: jsep.IPlugin = {
  name: 'loyalty-lab-formula-ranges',
  // jsep passes itself as an argument, not as `this` as its typings say: use the import.
  init() {
    jsep.hooks.add('gobble-token', function (this: TrackedScope, env) {
      (this.formulaTokenStarts ??= []).push(this.index);
      // jsep returns numbers without running 'after-token'; parsing them here keeps starts paired.
      const code = this.code;
      if ((code >= 48 && code <= 57) || code === 46) env.node = this.gobbleNumericLiteral();
    });
    jsep.hooks.add('after-token', function (this: TrackedScope, env) {
      const start = this.formulaTokenStarts?.pop();
      if (env.node && start !== undefined) locate(env.node as LocatedExpression, start, this.index, this.expr);
    });
  },
};

function configure(): void {
  jsep.removeAllBinaryOps();
  for (const [op, precedence] of Object.entries(BINARY_PRECEDENCE)) jsep.addBinaryOp(op, precedence, op === '^');
  jsep.removeAllUnaryOps();
  for (const op of Object.keys(UNARY_PRECEDENCE)) jsep.addUnaryOp(op);
  // true/false/null are not values here; `$` is not a name character.
  jsep.removeAllLiterals();
  jsep.removeIdentifierChar('$');
  // Registration is by name, so a second import adds no second pair of hooks.
  jsep.plugins.register(rangesPlugin);
}

configure();

/** Parses with positions; throws jsep's error (with `index` and `description`) on bad syntax. */
export function parseLocated(source: string): LocatedExpression {
  return jsep(source) as LocatedExpression;
}
