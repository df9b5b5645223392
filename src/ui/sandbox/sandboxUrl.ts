// The sandbox's state in the URL (`#/sandbox/ID?seed=7&p.upliftStamp=0.3&lock=cupPrice`), so a
// shared link reopens the same what-if. The classroom keys (p.*, lock, lang) are parsed by
// the shared classroomPresets module; this adds the seed and `reveal`. Parsing never throws.
import type { Locale } from '../../engine/locale.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { resolveParams } from '../../engine/prepared.ts';
import {
  PARAM_PREFIX, PresetProblemValues, REVEAL_KEY, isRevealQuery, parseClassroomPresets, presetsQuery,
} from '../scenario/classroomPresets.ts';

export { PARAM_PREFIX };
export const DEFAULT_SEED = 1;
export const SEED_KEY = 'seed';
const SEED_PATTERN = /^[+-]?\d{1,10}$/;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export interface SandboxUrlState {
  /** Every parameter's value (defaults included). */
  params: Record<string, number>;
  seed: number;
  /** Parameters a teacher's link made read-only (absent: none). */
  locked?: string[];
  /** The language the link asks for (absent: none). */
  lang?: Locale;
  /** `reveal=1`: hidden parameters are shown and settable, as after the debrief. */
  isRevealed?: boolean;
}

export const UrlProblemValues = [...PresetProblemValues, 'bad-seed'] as const;
export type UrlProblemReason = (typeof UrlProblemValues)[number];

export interface UrlProblem {
  reason: UrlProblemReason;
  /** The parameter's name (without `p.`), or the key (`seed`, `lock`, `lang`). */
  name: string;
  /** The text found in the link. */
  value: string;
}

/** A whole-number seed the engine takes as is (32-bit), or null. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!SEED_PATTERN.test(trimmed)) return null;
  const seed = Number(trimmed);
  return seed >= INT32_MIN && seed <= INT32_MAX ? seed : null;
}

/** The state a link describes; unusable entries keep their defaults and come back as problems. */
export function parseSandboxQuery(scenario: Scenario, query: URLSearchParams): { state: SandboxUrlState; problems: UrlProblem[] } {
  const isRevealed = isRevealQuery(query);
  // Hidden parameters keep their defaults unless the link reveals them (a debrief's link).
  const presets = parseClassroomPresets(scenario, query, { allowHidden: isRevealed });
  const problems: UrlProblem[] = [];
  let seed = DEFAULT_SEED;
  for (const value of query.getAll(SEED_KEY)) {
    const parsed = parseSeed(value);
    if (parsed === null) problems.push({ reason: 'bad-seed', name: SEED_KEY, value });
    else seed = parsed;
  }
  const state: SandboxUrlState = { params: resolveParams(scenario, presets.params), seed };
  if (presets.locked.length > 0) state.locked = presets.locked;
  if (presets.lang) state.lang = presets.lang;
  if (isRevealed) state.isRevealed = true;
  return { state, problems: [...presets.problems, ...problems] };
}

/** The query for a state: the seed, the parameters that differ from their defaults, then lock, lang and reveal. */
export function serialiseSandboxQuery(scenario: Scenario, state: SandboxUrlState): URLSearchParams {
  const moved = Object.fromEntries(
    Object.entries(scenario.parameters ?? {}).flatMap(([name, param]) => {
      const value = state.params[name];
      return value !== undefined && value !== param.default ? [[name, value]] : [];
    }),
  );
  const presets = presetsQuery(scenario, { params: moved, locked: state.locked ?? [], lang: state.lang ?? null });
  const query = new URLSearchParams([[SEED_KEY, String(state.seed)], ...presets]);
  if (state.isRevealed) query.set(REVEAL_KEY, '1');
  return query;
}
