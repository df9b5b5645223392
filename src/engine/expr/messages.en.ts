// Formula error messages in English, for a teacher who is not a programmer.
// `{name}` placeholders are filled from the error's params; messages.ts picks the table.
import type { FormulaMessageTable } from './messages.ts';

const plural = (n: number): string => (n === 1 ? '1 argument' : `${n} arguments`);

export const FORMULA_MESSAGES_EN: FormulaMessageTable = {
  codes: {
    empty: 'the formula is empty: write a number, a name or a calculation',
    'too-long': 'the formula is too long: {length} characters, the limit is {max}',
    'too-deep': 'brackets are nested too deeply here (at most {max} levels): split the formula into several metrics',
    'bad-character': '“{char}” cannot be used in a formula: names use Latin letters, digits and “_”',
    'not-allowed': 'this is not part of the formula language',
    syntax: 'unexpected “{found}” here',
    'unexpected-end': 'the formula ends too early: something is missing at the end (a value after an operator, or a closing bracket)',
    'unclosed-paren': 'this “(” is never closed: add a “)”',
    'missing-operator': 'an operator is missing before “{found}” (write 2 * x, not 2x or 2 x)',
    'chained-comparison': 'comparisons cannot be chained: write a < b and b < c',
    'not-operand': 'put “not …” in brackets here, for example a * (not b)',
    'unknown-function': 'unknown function “{fn}”; the functions are: {functions}',
    'function-without-call': '“{fn}” is a function, not a value: write {fn}(…) with its arguments',
    arity: '{fn}() takes {expected}; this call has {got}',
    'step-argument': 'accuracy() takes the id of a step, for example accuracy(diagnose)',
    'unknown-name': 'unknown name “{name}” — declare it as a parameter, state variable or metric',
    'unknown-step': 'no step has the id “{step}”',
    'division-by-zero': 'division by zero here: guard it, for example if(b == 0, 0, a / b)',
    'log-domain': 'log() needs a number greater than 0, but got {value}',
    'not-finite': 'the result here is not a finite number (too large, or undefined, such as a negative number to a fractional power)',
    'round-digits': 'round(x, digits): digits must be a whole number from -{max} to {max}, not {digits}',
    'normalize-range': 'normalize(x, lo, hi) needs lo and hi to differ (both are {lo})',
    'clamp-range': 'clamp(x, lo, hi) needs lo ≤ hi, but lo is {lo} and hi is {hi}',
    'no-accuracy': 'accuracy({step}) cannot be used in this formula',
  },
  notAllowed: {
    string: 'text in quotes is not a value in formulas: use numbers and names only',
    brackets: 'square and curly brackets are not part of formulas: use ( ) to group',
    ternary: '“? :” is not available: write if(condition, value if true, value if false)',
    this: '“this” is not available in formulas',
    'method-call': 'only the built-in functions can be called, such as max(a, b); “name.something(…)” is not allowed',
    'call-on-group': 'only a function name can stand right before “(”: add an operator such as * if you meant to multiply',
    'member-of-value': 'a dot can only join names, as in step.option',
    'long-name': 'a dotted name may have at most {max} parts',
    'and-symbol': 'write “and” instead of “&&”',
    'or-symbol': 'write “or” instead of “||”',
    bang: 'write “not” instead of “!”',
    'triple-equals': 'write “==” instead of “===”',
    'not-triple-equals': 'write “!=” instead of “!==”',
    'single-equals': 'a single “=” is not allowed: write “==” to compare (formulas cannot assign)',
    'double-star': 'write “^” for powers instead of “**”',
    percent: '“%” is not supported: write percentages as decimals (5% → 0.05)',
    tilde: '“~” is not an operator in formulas',
    semicolon: 'a formula is a single expression: remove the “;”',
  },
  badCharacterWithSuggestion: '“{char}” cannot be used in a formula: type “{suggestion}” instead (switch to half-width input)',
  arityExpected: (min, max) => {
    if (max === undefined) return `at least ${plural(min)}`;
    return min === max ? plural(min) : `${min} or ${max} arguments`;
  },
};
