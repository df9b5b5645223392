// Numbers in prose that follow the model: `{{name}}` in a Markdown body becomes the value of
// a parameter, state variable or metric, formatted in the reader's language.
import type { Evaluation } from './evaluate.ts';
import type { Locale } from './locale.ts';
import type { PreparedScenario } from './prepared.ts';
import { COST_NAMES, hasCosts } from './costs.ts';
import type { Scenario } from './scenario/schema.ts';

export type TextFormat = 'number' | 'percent' | 'money' | 'people';
export interface BoundValue { value: number; format?: TextFormat; digits?: number }

/** `{{name}}` or `{{ name }}`; the name as formulas spell it. */
export const TEXT_NAME_PATTERN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The names a text may embed: parameters, state variables (and costs), metrics. */
export function textNames(s: Scenario): Set<string> {
  const names = new Set([...Object.keys(s.parameters ?? {}), ...Object.keys(s.state ?? {}), ...Object.keys(s.metrics ?? {})]);
  if (hasCosts(s)) for (const n of Object.values(COST_NAMES)) names.add(n);
  return names;
}

/** One number as a reader of `locale` expects it (grouping, %, decimals). */
export function formatBound(b: BoundValue, locale: Locale): string {
  if (!Number.isFinite(b.value)) return '—';
  if (b.format === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: b.digits ?? 1 }).format(b.value);
  const digits = b.digits ?? (b.format === 'people' ? 0 : b.format === 'money' ? 0 : 2);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(b.value);
}

/** Replaces every `{{name}}` with its value; an unknown name stays visible so the gap is noticed. */
export function bindText(markdown: string, values: Record<string, number | BoundValue>, locale: Locale): string {
  return markdown.replace(TEXT_NAME_PATTERN, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const v = values[name]!;
    return formatBound(typeof v === 'number' ? { value: v } : v, locale);
  });
}

/** The values a text may embed after an evaluation, with each metric's declared format and digits. */
export function textValues(p: PreparedScenario, e: Evaluation): Record<string, BoundValue> {
  const out: Record<string, BoundValue> = {};
  for (const [name, value] of Object.entries(e.vars)) {
    const param = p.scenario.parameters?.[name];
    out[name] = { value, format: param?.format === 'percent' ? 'percent' : 'number' };
  }
  for (const [name, value] of Object.entries(e.metrics)) {
    const m = p.scenario.metrics?.[name];
    out[name] = { value, format: m?.format ?? 'number', digits: m?.digits };
  }
  return out;
}
