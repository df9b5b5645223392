// The sandbox's state in the URL (`#/sandbox/ID?seed=7&p.upliftStamp=0.3`), so a shared link
// reopens the same what-if. Parsing never throws: bad entries are left out and reported.
import type { Scenario } from '../../engine/scenario/schema.ts';
import { resolveParams } from '../../engine/prepared.ts';
import { parseDecimal } from './paramValue.ts';

export const DEFAULT_SEED = 1;
export const SEED_KEY = 'seed';
export const PARAM_PREFIX = 'p.';
const SEED_PATTERN = /^[+-]?\d{1,10}$/;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export interface SandboxUrlState {
  /** Every parameter's value (defaults included). */
  params: Record<string, number>;
  seed: number;
}

export const UrlProblemValues = ['unknown-param', 'not-a-number', 'out-of-range', 'bad-seed'] as const;
export type UrlProblemReason = (typeof UrlProblemValues)[number];

export interface UrlProblem {
  reason: UrlProblemReason;
  /** The parameter's name (without `p.`), or `seed`. */
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
  const params = resolveParams(scenario);
  const declared = scenario.parameters ?? {};
  const problems: UrlProblem[] = [];
  let seed = DEFAULT_SEED;
  for (const [key, value] of query) {
    if (key === SEED_KEY) {
      const parsed = parseSeed(value);
      if (parsed === null) problems.push({ reason: 'bad-seed', name: SEED_KEY, value });
      else seed = parsed;
      continue;
    }
    // Other keys belong to someone else (or to a later version): leave them alone.
    if (!key.startsWith(PARAM_PREFIX)) continue;
    const name = key.slice(PARAM_PREFIX.length);
    const param = Object.hasOwn(declared, name) ? declared[name] : undefined;
    const number = parseDecimal(value);
    if (!param) problems.push({ reason: 'unknown-param', name, value });
    else if (number === null) problems.push({ reason: 'not-a-number', name, value });
    else if (number < param.min || number > param.max) problems.push({ reason: 'out-of-range', name, value });
    else params[name] = number;
  }
  return { state: { params, seed }, problems };
}

/** The query for a state: the seed, then only the parameters that differ from their defaults. */
export function serialiseSandboxQuery(scenario: Scenario, state: SandboxUrlState): URLSearchParams {
  const query = new URLSearchParams();
  query.set(SEED_KEY, String(state.seed));
  for (const [name, param] of Object.entries(scenario.parameters ?? {})) {
    const value = state.params[name];
    if (value !== undefined && value !== param.default) query.set(`${PARAM_PREFIX}${name}`, String(value));
  }
  return query;
}
