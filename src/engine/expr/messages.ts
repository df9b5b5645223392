// formulaMessage: a formula error in the reader's language. The tables live in
// messages.en.ts and messages.zh-CN.ts; this file picks one and fills in the params.
import { interpolate, type Locale } from '../locale.ts';
import { FunctionNameValues } from './functions.ts';
import { FORMULA_MESSAGES_EN } from './messages.en.ts';
import { FORMULA_MESSAGES_ZH_CN } from './messages.zh-CN.ts';
import type { FormulaError, FormulaErrorCode, NotAllowed } from './types.ts';

export interface FormulaMessageTable {
  codes: Record<FormulaErrorCode, string>;
  /** The advice for each refused construct (error code 'not-allowed', param `what`). */
  notAllowed: Record<NotAllowed, string>;
  badCharacterWithSuggestion: string;
  /** “2 arguments”, “at least 1 argument”; max is undefined when there is no limit. */
  arityExpected: (min: number, max: number | undefined) => string;
}

const TABLES: Record<Locale, FormulaMessageTable> = { en: FORMULA_MESSAGES_EN, 'zh-CN': FORMULA_MESSAGES_ZH_CN };

function lookup<T>(record: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function formulaMessage(error: FormulaError, locale: Locale): string {
  const table = TABLES[locale] ?? FORMULA_MESSAGES_EN;
  const params = error.params ?? {};
  const vars: Record<string, string | number> = { ...params, functions: FunctionNameValues.join(', ') };
  let template = lookup(table.codes, error.code);
  if (template === undefined) return String(error.code);
  if (error.code === 'not-allowed') template = lookup(table.notAllowed, params.what) ?? template;
  if (error.code === 'bad-character' && params.suggestion !== undefined) template = table.badCharacterWithSuggestion;
  if (error.code === 'arity') {
    const max = params.max === undefined ? undefined : Number(params.max);
    vars.expected = table.arityExpected(Number(params.min), max);
  }
  return interpolate(template, vars);
}
