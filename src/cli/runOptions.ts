// What `lab play` and `lab compare` share: reading the case, the seed, --preset/--param
// values and a --decisions file, each problem reported in the user's language.
import { readFileSync } from 'node:fs';
import type { Locale } from '../engine/locale.ts';
import { formatIssue } from '../engine/scenario/issues.ts';
import { loadScenario } from '../engine/scenario/load.ts';
import type { Scenario } from '../engine/scenario/schema.ts';
import type { DecisionEntry } from '../engine/decisions.ts';
import { playMessage, type PlayProblemCode } from '../engine/playMessages.ts';

export interface RunFlags {
  seed?: string;
  param?: string[];
  preset?: string;
  decisions?: string;
}

export interface RunSetup {
  scenario: Scenario;
  seed: number;
  params: Record<string, number>;
  /** null when no --decisions file was given. */
  decisions: DecisionEntry[] | null;
}

export function fail(message: string): number {
  console.error(message);
  return 1;
}

export function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    return null;
  }
}

/** The case and the run's settings, or the exit code after printing what is wrong. */
export function runSetup(file: string, opts: RunFlags, locale: Locale): RunSetup | number {
  const text = readText(file);
  if (text === null) return 1;
  const loaded = loadScenario(text);
  if (!loaded.ok) {
    for (const issue of loaded.issues) console.error(formatIssue(file, issue, locale));
    return 1;
  }
  const s = loaded.scenario;
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  const problem = (code: PlayProblemCode, params: Record<string, string | number>) => fail(playMessage({ code, params }, locale));
  if (!Number.isInteger(seed)) return problem('bad-seed', { value: String(opts.seed) });
  const params: Record<string, number> = {};
  if (opts.preset !== undefined) {
    const preset = s.presets?.[opts.preset];
    if (!preset) return problem('no-preset', { name: opts.preset, known: Object.keys(s.presets ?? {}).join(', ') || '—' });
    Object.assign(params, preset.values);
  }
  for (const pair of opts.param ?? []) {
    const [name = '', raw = ''] = pair.split('=', 2);
    const spec = s.parameters?.[name];
    const value = Number(raw);
    if (!spec) return problem('no-param', { name, known: Object.keys(s.parameters ?? {}).join(', ') });
    if (raw.trim() === '' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
      return problem('param-range', { name, value: raw, min: spec.min, max: spec.max });
    }
    params[name] = value;
  }
  let decisions: DecisionEntry[] | null = null;
  if (opts.decisions !== undefined) {
    const raw = readText(opts.decisions);
    if (raw === null) return 1;
    try {
      decisions = JSON.parse(raw) as DecisionEntry[];
    } catch (error) {
      return problem('bad-decisions-file', { file: opts.decisions, detail: (error as Error).message });
    }
    if (!Array.isArray(decisions)) return problem('decisions-not-array', { file: opts.decisions });
  }
  return { scenario: s, seed, params, decisions };
}
