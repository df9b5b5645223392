// The message table: every error code and refused construct reads well in both languages,
// with its params filled in, and the exact wording of the most common messages.
import { describe, expect, it } from 'vitest';
import {
  FormulaErrorCodeValues,
  NotAllowedValues,
  formulaMessage,
  parseFormula,
  type FormulaError,
} from '../../../src/engine/expr/index.ts';
import { LocaleValues } from '../../../src/engine/locale.ts';
import { run } from './run.ts';

const firstError = (source: string): FormulaError => {
  const outcome = run(source);
  if (!('error' in outcome)) throw new Error(`${source} should fail`);
  return outcome.error;
};

describe('formulaMessage', () => {
  const cases = [
    {
      name: 'unknown name',
      error: { code: 'unknown-name', index: 0, params: { name: 'foo' } } as FormulaError,
      en: 'unknown name “foo” — declare it as a parameter, state variable or metric',
      zh: '未知名称“foo”——请先将其声明为参数、状态变量或指标',
    },
    {
      name: 'arity with a range',
      error: firstError('round(1, 2, 3)'),
      en: 'round() takes 1 or 2 arguments; this call has 3',
      zh: 'round() 需要 1 或 2 个参数；这里给了 3 个',
    },
    {
      name: 'arity with no upper limit',
      error: firstError('max()'),
      en: 'max() takes at least 1 argument; this call has 0',
      zh: 'max() 需要 至少 1 个参数；这里给了 0 个',
    },
    {
      name: 'exact arity',
      error: firstError('if(1, 2)'),
      en: 'if() takes 3 arguments; this call has 2',
      zh: 'if() 需要 3 个参数；这里给了 2 个',
    },
    {
      name: 'refused construct with advice',
      error: firstError('a && b'),
      en: 'write “and” instead of “&&”',
      zh: '请用“and”代替“&&”',
    },
    {
      name: 'look-alike character',
      error: firstError('max(1，2)'),
      en: '“，” cannot be used in a formula: type “,” instead (switch to half-width input)',
      zh: '公式中不能使用“，”：请改为“,”（切换到半角/英文输入）',
    },
    {
      name: 'syntax',
      error: firstError('1 + * 2'),
      en: 'unexpected “*” here',
      zh: '此处不应出现“*”',
    },
    {
      name: 'log domain',
      error: firstError('log(-2)'),
      en: 'log() needs a number greater than 0, but got -2',
      zh: 'log() 需要大于 0 的数，实际为 -2',
    },
  ];
  it.each(cases)('$name', ({ error, en, zh }) => {
    expect(formulaMessage(error, 'en')).toBe(en);
    expect(formulaMessage(error, 'zh-CN')).toBe(zh);
  });

  it('lists the functions in the unknown-function message', () => {
    expect(formulaMessage(firstError('foo(1)'), 'en')).toBe(
      'unknown function “foo”; the functions are: if, min, max, clamp, round, abs, log, exp, sum, normalize, accuracy',
    );
  });

  it('has a distinct message for every code and refused construct, in both languages', () => {
    for (const locale of LocaleValues) {
      const byCode = FormulaErrorCodeValues.map((code) => formulaMessage({ code, index: 0, params: {} }, locale));
      const byConstruct = NotAllowedValues.map((what) => formulaMessage({ code: 'not-allowed', index: 0, params: { what } }, locale));
      expect(new Set(byCode).size).toBe(FormulaErrorCodeValues.length);
      expect(new Set(byConstruct).size).toBe(NotAllowedValues.length);
      for (const message of [...byCode, ...byConstruct]) expect(message).not.toMatch(/^[a-z-]+$/);
    }
  });

  it('leaves no placeholder unfilled for errors the language produces', () => {
    const sources = ['', 'x'.repeat(1001), '2x', 'a < b < c', 'a.b.c.d', 'min', 'accuracy(1)', 'round(1, 0.5)', 'clamp(1, 2, 0)', 'normalize(1, 1, 1)', '1 / 0', 'exp(999)', '(1'];
    for (const source of sources) {
      for (const locale of LocaleValues) expect(formulaMessage(firstError(source), locale)).not.toMatch(/\{\w+\}/);
    }
  });

  it('falls back to the code for a code it does not know', () => {
    const error = { code: 'from-the-future', index: 0, params: {} } as unknown as FormulaError;
    expect(formulaMessage(error, 'en')).toBe('from-the-future');
    expect(parseFormula('1').ok).toBe(true);
  });
});
