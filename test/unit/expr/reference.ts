// A plain recursive-descent reading of the documented grammar, used only to cross-check the
// jsep-based parser on generated formulas. Values only; any problem gives `undefined`.
//   or := and ('or' and)*       and := not ('and' not)*     not := 'not' not | cmp
//   cmp := add (cmpop add)?     add := mul (('+'|'-') mul)*  mul := unary (('*'|'/') unary)*
//   unary := ('-'|'+') unary | pow                            pow := atom ('^' unary)?
//   atom := number | name | '(' or ')'

const TOKEN = /\s*(\d+(?:\.\d*)?(?:e[+-]?\d+)?|[A-Za-z_]\w*|<=|>=|==|!=|[-+*/^()<>])/y;
const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

class Stop {}
type Thunk = () => number;

function tokenize(source: string): string[] | undefined {
  const tokens: string[] = [];
  let at = 0;
  while (source.slice(at).trim() !== '') {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (!m) return undefined;
    tokens.push(m[1]!);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

export function referenceValue(source: string, names: (name: string) => number): number | undefined {
  const tokens = tokenize(source);
  if (!tokens) return undefined;
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const stop = (): never => {
    throw new Stop();
  };
  const finite = (v: number) => (Number.isFinite(v) ? v : stop());
  const truth = (b: boolean) => (b ? 1 : 0);
  const isComparison = (t: string | undefined) => t !== undefined && Object.hasOwn(COMPARE, t);

  // Parsing builds thunks, so `and`, `or` and `if` can skip what they do not need, as the language does.
  const or = (): Thunk => {
    let f = and();
    while (peek() === 'or') {
      take();
      const [l, r] = [f, and()];
      f = () => truth(l() !== 0 || r() !== 0);
    }
    return f;
  };
  const and = (): Thunk => {
    let f = not();
    while (peek() === 'and') {
      take();
      const [l, r] = [f, not()];
      f = () => truth(l() !== 0 && r() !== 0);
    }
    return f;
  };
  const not = (): Thunk => {
    if (peek() !== 'not') return cmp();
    take();
    const arg = not();
    return () => truth(arg() === 0);
  };
  const cmp = (): Thunk => {
    const left = add();
    const op = peek();
    if (!isComparison(op)) return left;
    take();
    const right = add();
    if (isComparison(peek())) stop();
    return () => truth(COMPARE[op!]!(left(), right()));
  };
  const add = (): Thunk => {
    let f = mul();
    while (peek() === '+' || peek() === '-') {
      const [op, l, r] = [take(), f, mul()];
      f = () => finite(op === '+' ? l() + r() : l() - r());
    }
    return f;
  };
  const mul = (): Thunk => {
    let f = unary();
    while (peek() === '*' || peek() === '/') {
      const [op, l, r] = [take(), f, unary()];
      f = () => {
        const [a, b] = [l(), r()];
        if (op === '/' && b === 0) stop();
        return finite(op === '*' ? a * b : a / b);
      };
    }
    return f;
  };
  const unary = (): Thunk => {
    if (peek() === '-' || peek() === '+') {
      const [op, arg] = [take(), unary()];
      return op === '-' ? () => -arg() : arg;
    }
    const base = atom();
    if (peek() !== '^') return base;
    take();
    const exponent = unary();
    return () => finite(base() ** exponent());
  };
  const atom = (): Thunk => {
    const t = take();
    if (t === undefined) return stop();
    if (t === '(') {
      const inner = or();
      if (take() !== ')') stop();
      return inner;
    }
    if (/^\d/.test(t)) {
      const value = Number(t);
      return () => value;
    }
    if (/^[A-Za-z_]/.test(t) && !['and', 'or', 'not'].includes(t)) return () => names(t);
    return stop();
  };

  try {
    const f = or();
    if (i !== tokens.length) return undefined;
    const value = f();
    return value === 0 ? 0 : value;
  } catch (error) {
    if (error instanceof Stop) return undefined;
    throw error;
  }
}
