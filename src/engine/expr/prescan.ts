// A character pass before parsing: length, characters the language has no use for (with
// advice for the JavaScript and full-width look-alikes teachers type), bracket balance and depth.
import { OPERATOR_WORDS } from './functions.ts';
import { fail, type NotAllowed } from './types.ts';

export const MAX_FORMULA_LENGTH = 1000;
/** Brackets — groups and function calls alike — may nest this deep. */
export const MAX_FORMULA_DEPTH = 32;

/** Characters an input method or a word processor puts in place of the ASCII ones. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '×': '*',
  '·': '*',
  '÷': '/',
  '−': '-',
  '–': '-',
  '—': '-',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '、': ',',
  '。': '.',
  '\u3000': ' ',
  '\u00a0': ' ',
};

const SINGLE_CHAR_REFUSALS: Readonly<Record<string, NotAllowed>> = {
  "'": 'string',
  '"': 'string',
  '`': 'string',
  '“': 'string',
  '”': 'string',
  '‘': 'string',
  '’': 'string',
  '[': 'brackets',
  ']': 'brackets',
  '{': 'brackets',
  '}': 'brackets',
  '?': 'ternary',
  ':': 'ternary',
  '%': 'percent',
  '~': 'tilde',
  ';': 'semicolon',
};

function isPlainChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 46 || // .
    code === 32 || code === 9 || code === 10 || code === 13 ||
    '+-/^<>'.includes(String.fromCharCode(code))
  );
}

function suggestionFor(char: string): string | undefined {
  const code = char.charCodeAt(0);
  // Full-width forms U+FF01..U+FF5E sit exactly 0xFEE0 above their ASCII twins.
  if (char.length === 1 && code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return LOOK_ALIKES[char];
}

/** Whether the `(` at `index` opens a function's arguments: a name stands right before it. */
function opensCall(source: string, index: number): boolean {
  let end = index;
  while (end > 0 && ' \t\n\r'.includes(source[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[A-Za-z0-9_]/.test(source[start - 1]!)) start--;
  const word = source.slice(start, end);
  return /^[A-Za-z_]/.test(word) && !OPERATOR_WORDS.has(word);
}

function refuse(what: NotAllowed, index: number, length = 1): never {
  fail('not-allowed', index, { what }, length);
}

/** Throws a FormulaFailure for the first problem, left to right; returns when the text may be parsed. */
export function prescan(source: string): void {
  if (source.length > MAX_FORMULA_LENGTH) {
    fail('too-long', MAX_FORMULA_LENGTH, { max: MAX_FORMULA_LENGTH, length: source.length });
  }
  if (source.trim() === '') fail('empty', 0);
  // Open brackets, innermost last. jsep quietly drops `()` and stray commas, so they are caught here.
  const opens: { index: number; isCall: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (isPlainChar(code)) {
      // `<=` and `>=` are whole operators: skip their `=` so it is not taken for a lone `=`.
      if ((code === 60 || code === 62) && source[i + 1] === '=') i++;
      continue;
    }
    const ch = source[i]!;
    const next = source[i + 1];
    switch (ch) {
      case '(':
        opens.push({ index: i, isCall: opensCall(source, i) });
        if (opens.length > MAX_FORMULA_DEPTH) fail('too-deep', i, { max: MAX_FORMULA_DEPTH }, 1);
        continue;
      case ')': {
        const open = opens.pop();
        if (open === undefined) fail('syntax', i, { found: ')' }, 1);
        if (!open.isCall && source.slice(open.index + 1, i).trim() === '') fail('syntax', i, { found: ')' }, 1);
        continue;
      }
      case ',':
        if (!opens.at(-1)?.isCall) fail('syntax', i, { found: ',' }, 1);
        continue;
      case '*':
        if (next === '*') refuse('double-star', i, 2);
        continue;
      case '=':
        if (next !== '=') refuse('single-equals', i);
        if (source[i + 2] === '=') refuse('triple-equals', i, 3);
        i++;
        continue;
      case '!':
        if (next !== '=') refuse('bang', i);
        if (source[i + 2] === '=') refuse('not-triple-equals', i, 3);
        i++;
        continue;
      case '&':
        refuse('and-symbol', i, next === '&' ? 2 : 1);
      case '|':
        refuse('or-symbol', i, next === '|' ? 2 : 1);
    }
    const refusal = SINGLE_CHAR_REFUSALS[ch];
    if (refusal) refuse(refusal, i);
    const char = String.fromCodePoint(source.codePointAt(i)!);
    const suggestion = suggestionFor(char);
    fail('bad-character', i, suggestion === undefined ? { char } : { char, suggestion }, char.length);
  }
  const unclosed = opens.at(-1);
  if (unclosed !== undefined) fail('unclosed-paren', unclosed.index, {}, 1);
}
