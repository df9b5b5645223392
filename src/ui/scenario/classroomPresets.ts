// A teacher's classroom presets in a link, in the manner of PhET's query parameters:
// `#/play/ID?p.weeklySpend=80&lock=weeklySpend&lang=zh-CN` (and the same on #/sandbox/ID).
// Pure and never throwing: what cannot be used is left out and reported, never guessed.
import { isHiddenParam } from '../../engine/parameters.ts';
import { isLocale, matchLocale, type Locale } from '../../engine/locale.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { parseDecimal } from '../sandbox/paramValue.ts';

/** `p.NAME=VALUE`: a parameter's start value. */
export const PARAM_PREFIX = 'p.';
/** `lock=a,b` (or `lock=a&lock=b`): those parameters' controls are read-only. */
export const LOCK_KEY = 'lock';
/** `lang=zh-CN` or `lang=en`: the UI language when the link is opened. */
export const LANG_KEY = 'lang';
/** `reveal=1` (sandbox): hidden parameters are shown and settable, as after the debrief. */
export const REVEAL_KEY = 'reveal';

export const PresetProblemValues = ['unknown-param', 'not-a-number', 'out-of-range', 'hidden-param', 'unknown-lock', 'bad-lang'] as const;
export type PresetProblemReason = (typeof PresetProblemValues)[number];

export interface PresetProblem {
  reason: PresetProblemReason;
  /** The parameter's name (without `p.`), or the key (`lock`, `lang`). */
  name: string;
  /** The text found in the link. */
  value: string;
}

export interface ClassroomPresets {
  /** Only the values the link sets, each inside its parameter's range. */
  params: Record<string, number>;
  /** Parameters whose controls are read-only, in the scenario's order. */
  locked: string[];
  lang: Locale | null;
  problems: PresetProblem[];
}

export interface PresetOptions {
  /**
   * Whether `p.*` may set hidden parameters: yes for a case (the attempt's start values, which
   * learners never see), no in the sandbox unless it reveals them.
   */
  allowHidden: boolean;
}

/** `zh-CN`, `zh`, `zh-Hans`, `en`, `en-GB`… → the app's language; anything else → null. */
export function parseLang(text: string): Locale | null {
  const tag = text.trim();
  if (isLocale(tag)) return tag;
  return /^(zh|en)([-_][A-Za-z0-9]+)*$/i.test(tag) ? matchLocale([tag]) : null;
}

/** The language a link asks for (the last `lang=` wins), or null. */
export function languageFromQuery(query: URLSearchParams): Locale | null {
  const all = query.getAll(LANG_KEY);
  return all.length > 0 ? parseLang(all[all.length - 1]!) : null;
}

/** `reveal=1` (or `true`): the link comes from a debrief, where nothing is hidden any more. */
export function isRevealQuery(query: URLSearchParams): boolean {
  return ['1', 'true'].includes((query.get(REVEAL_KEY) ?? '').trim().toLowerCase());
}

/** The presets a link carries for `scenario`; later entries win over earlier ones. */
export function parseClassroomPresets(scenario: Scenario, query: URLSearchParams, options: PresetOptions): ClassroomPresets {
  const declared = scenario.parameters ?? {};
  const params: Record<string, number> = {};
  const lockedNames = new Set<string>();
  const problems: PresetProblem[] = [];
  let lang: Locale | null = null;
  for (const [key, value] of query) {
    if (key === LANG_KEY) {
      lang = parseLang(value);
      if (lang === null) problems.push({ reason: 'bad-lang', name: LANG_KEY, value });
    } else if (key === LOCK_KEY) {
      for (const name of value.split(',').map((n) => n.trim()).filter(Boolean)) {
        if (Object.hasOwn(declared, name)) lockedNames.add(name);
        else problems.push({ reason: 'unknown-lock', name, value: name });
      }
    } else if (key.startsWith(PARAM_PREFIX)) {
      const name = key.slice(PARAM_PREFIX.length);
      const param = Object.hasOwn(declared, name) ? declared[name] : undefined;
      const number = parseDecimal(value);
      if (!param) problems.push({ reason: 'unknown-param', name, value });
      else if (isHiddenParam(param) && !options.allowHidden) problems.push({ reason: 'hidden-param', name, value });
      else if (number === null) problems.push({ reason: 'not-a-number', name, value });
      else if (number < param.min || number > param.max) problems.push({ reason: 'out-of-range', name, value });
      else params[name] = number;
    }
    // Other keys (seed, reveal, someone else's) are not presets: left alone.
  }
  const locked = Object.keys(declared).filter((name) => lockedNames.has(name));
  return { params, locked, lang, problems };
}

/** The query for presets: `p.*` in the scenario's order, then `lock`, then `lang`. */
export function presetsQuery(scenario: Scenario, presets: Pick<ClassroomPresets, 'params' | 'locked' | 'lang'>): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of Object.keys(scenario.parameters ?? {})) {
    const value = presets.params[name];
    if (value !== undefined) query.set(`${PARAM_PREFIX}${name}`, String(value));
  }
  if (presets.locked.length > 0) query.set(LOCK_KEY, presets.locked.join(','));
  if (presets.lang) query.set(LANG_KEY, presets.lang);
  return query;
}
