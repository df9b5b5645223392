// Number formatting for chart labels in both languages: head-counts keep up to two decimals
// (7.5 people is an expected value, shown as such); money is shown compactly (k / 万).
import type { Localized } from '../../locale.ts';

const countFormat = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
  'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
};

export function formatCount(value: number): Localized {
  return { en: countFormat.en.format(value), 'zh-CN': countFormat['zh-CN'].format(value) };
}

const compactMoney = {
  en: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }),
  'zh-CN': new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }),
};

export function formatMoney(value: number): Localized {
  return { en: compactMoney.en.format(value), 'zh-CN': compactMoney['zh-CN'].format(value) };
}

/** Fills one template per language with per-language values: `{ en: 'x {n}' }` + `{ n: {en, zh} }`. */
export function localized(templates: Localized, values: Record<string, Localized>): Localized {
  const fill = (locale: keyof Localized) =>
    templates[locale].replace(/\{(\w+)\}/g, (whole, name: string) => values[name]?.[locale] ?? whole);
  return { en: fill('en'), 'zh-CN': fill('zh-CN') };
}
