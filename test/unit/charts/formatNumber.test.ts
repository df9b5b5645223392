// Number formatting for charts: full grouped values in tables, compact values on axes
// (K/M in English, 万/亿 in Chinese from 10,000 up), signed changes, units in brackets.
import { describe, expect, test } from 'vitest';
import { formatCompact, formatSigned, formatValue, labelWithUnit } from '../../../src/ui/charts/formatNumber.ts';

describe('formatValue', () => {
  test.each([
    { value: 221000, en: '221,000', zh: '221,000' },
    { value: 1500.5, en: '1,501', zh: '1,501' },
    { value: 999.456, en: '999.46', zh: '999.46' },
    { value: 0.354, en: '0.35', zh: '0.35' },
    { value: -45000, en: '-45,000', zh: '-45,000' },
    { value: 0, en: '0', zh: '0' },
    { value: Number.NaN, en: '—', zh: '—' },
  ])('$value → en $en, zh-CN $zh', ({ value, en, zh }) => {
    expect(formatValue(value, 'en')).toBe(en);
    expect(formatValue(value, 'zh-CN')).toBe(zh);
  });

  test('an explicit number of decimals wins', () => {
    expect(formatValue(2600, 'en', 2)).toBe('2,600');
    expect(formatValue(1234.5678, 'zh-CN', 1)).toBe('1,234.6');
  });
});

describe('formatCompact', () => {
  test.each([
    { value: 9999, en: '9,999', zh: '9,999' },
    { value: 10000, en: '10K', zh: '1万' },
    { value: 221000, en: '221K', zh: '22.1万' },
    { value: 1500000, en: '1.5M', zh: '150万' },
    { value: 123456789, en: '123.5M', zh: '1.2亿' },
    { value: -45000, en: '-45K', zh: '-4.5万' },
    { value: 0.25, en: '0.25', zh: '0.25' },
  ])('$value → en $en, zh-CN $zh', ({ value, en, zh }) => {
    expect(formatCompact(value, 'en')).toBe(en);
    expect(formatCompact(value, 'zh-CN')).toBe(zh);
  });
});

describe('formatSigned', () => {
  test.each([
    { value: 1200, expected: '+1,200' },
    { value: -300, expected: '-300' },
    { value: 0, expected: '0' },
    { value: 2.5, expected: '+2.5' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(formatSigned(value, 'en')).toBe(expected);
    expect(formatSigned(value, 'zh-CN')).toBe(expected);
  });
});

describe('labelWithUnit', () => {
  test('uses each language’s brackets, and none without a unit', () => {
    expect(labelWithUnit('Customers', 'people', 'en')).toBe('Customers (people)');
    expect(labelWithUnit('顾客', '人', 'zh-CN')).toBe('顾客（人）');
    expect(labelWithUnit('Share', '', 'en')).toBe('Share');
  });
});
