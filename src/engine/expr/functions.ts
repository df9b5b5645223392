// The fixed list of formula functions, how many arguments each takes, and the numeric
// helpers whose rules need care (rounding halves, normalising a range).

export const FunctionNameValues = [
  'if',
  'min',
  'max',
  'clamp',
  'round',
  'abs',
  'log',
  'exp',
  'sum',
  'normalize',
  'accuracy',
] as const;
export type FunctionName = (typeof FunctionNameValues)[number];

export const FORMULA_FUNCTIONS: readonly string[] = FunctionNameValues;

export const OPERATOR_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'not']);

/** Words with a meaning of their own: a scenario cannot use them as names. */
export const RESERVED_WORDS: readonly string[] = [...FunctionNameValues, ...OPERATOR_WORDS, 'this'];

const functionSet: ReadonlySet<string> = new Set(FunctionNameValues);
const reservedSet: ReadonlySet<string> = new Set(RESERVED_WORDS);

/** The one function name that may also stand alone as a value: an event formula's rounds played. */
export const ROUND_NAME = 'round';

export function isFunctionName(name: string): name is FunctionName {
  return functionSet.has(name);
}

export function isReservedWord(name: string): boolean {
  return reservedSet.has(name);
}

/** Fewest and most arguments; Infinity for the variadic ones. */
export const FUNCTION_ARITY: Readonly<Record<FunctionName, readonly [min: number, max: number]>> = {
  if: [3, 3],
  min: [1, Infinity],
  max: [1, Infinity],
  clamp: [3, 3],
  round: [1, 2],
  abs: [1, 1],
  log: [1, 1],
  exp: [1, 1],
  sum: [1, Infinity],
  normalize: [3, 3],
  accuracy: [1, 1],
};

/** round(x, digits) accepts whole digits in this range (negative digits round to tens, hundreds…). */
export const ROUND_DIGITS_LIMIT = 15;

/**
 * x × 10^k computed on the decimal form of x, so 2.345 shifted by 2 is exactly 234.5
 * (2.345 * 100 in binary floating point is 234.49999999999997).
 */
function shiftDecimal(x: number, k: number): number {
  const [mantissa, exponent] = x.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + k}`);
}

/**
 * Rounds halves away from zero, on the number as written in decimal:
 * round(2.345, 2) = 2.35, round(1.005, 2) = 1.01, round(-2.5) = -3 — what a spreadsheet does.
 */
export function roundHalfAwayFromZero(x: number, digits = 0): number {
  if (x === 0) return 0;
  const scaled = shiftDecimal(Math.abs(x), digits);
  // Past 2^52 every double is already whole at this scale: nothing to round.
  if (!Number.isFinite(scaled) || scaled >= 2 ** 52) return x;
  const rounded = Math.sign(x) * Math.round(scaled);
  return rounded === 0 ? 0 : shiftDecimal(rounded, -digits);
}

/** (x − lo) / (hi − lo) clamped to 0..1; hi < lo gives a reversed scale. Caller ensures hi ≠ lo. */
export function normalizeToUnit(x: number, lo: number, hi: number): number {
  const share = (x - lo) / (hi - lo);
  return Math.min(1, Math.max(0, share));
}
