// Seeded mutations of the shipped case files for the fuzz test (issue 22, finding 10):
// byte flips, truncations, line edits, type swaps, huge and non-finite numbers, Object
// member names as every kind of id, deep nesting and alias bombs. Same seed ⇒ same file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRandom, type Random } from '../../../../src/engine/random.ts';

export interface BaseCase {
  name: string;
  text: string;
  data: Record<string, unknown>;
}

const SCENARIOS = join(import.meta.dirname, '../../../../scenarios');

/** The shipped case files as they are on disk when the test runs. */
export function shippedCases(): BaseCase[] {
  return readdirSync(SCENARIOS)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(SCENARIOS, name), 'utf8');
      return { name, text, data: parse(text) as Record<string, unknown> };
    });
}

export const MEMBER_NAMES = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];
const ODD_NUMBERS = ['1e308', '-1e308', '.inf', '-.inf', '.nan', '1e-320', '9007199254740993', '0', '-0', '1e21', '-1'];
const ODD_JSON_VALUES: unknown[] = [null, true, false, 0, -1, 1e308, -1e308, 1e-320, '', 'lots', [], {}, [1, 2], { a: 1 }, 'x'.repeat(5000)];
const NOISE = ['', ' ', '\n', '\t', ':', '-', '#', '&a', '*a', '!!', '{', '}', '[', ']', '"', "'", '|', '>', '%', '@', '`', '\u0000', '\uFEFF', '？', '：', 'é', '𝔘', '\\'];

type Mutation = (base: BaseCase, r: Random) => string;

const pick = <T>(r: Random, list: readonly T[]): T => list[r.int(0, list.length - 1)]!;

function byteFlips(base: BaseCase, r: Random): string {
  const chars = [...base.text];
  const flips = r.int(1, 8);
  for (let i = 0; i < flips; i += 1) chars[r.int(0, chars.length - 1)] = pick(r, NOISE);
  return chars.join('');
}

function truncation(base: BaseCase, r: Random): string {
  return base.text.slice(0, r.int(0, base.text.length));
}

function lineEdits(base: BaseCase, r: Random): string {
  const lines = base.text.split('\n');
  const edits = r.int(1, 4);
  for (let i = 0; i < edits; i += 1) {
    const at = r.int(0, lines.length - 1);
    switch (r.int(0, 5)) {
      case 0: lines.splice(at, 1); break;
      case 1: lines.splice(at, 0, lines[at]!); break;
      case 2: { const other = r.int(0, lines.length - 1); [lines[at], lines[other]] = [lines[other]!, lines[at]!]; break; }
      case 3: lines[at] = `  ${lines[at]}`; break;
      case 4: lines[at] = lines[at]!.replace(/^ {1,2}/, ''); break;
      default: lines[at] = lines[at]!.split('').reverse().join('');
    }
  }
  return lines.join('\n');
}

/** Every path to a value in the data, with the value. */
function paths(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; value: unknown }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node: any = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
}

function typeSwaps(base: BaseCase, r: Random): string {
  const data = structuredClone(base.data);
  const swaps = r.int(1, 3);
  for (let i = 0; i < swaps; i += 1) {
    // Paths again after each swap: the previous one may have replaced a whole branch.
    const all = paths(data).filter((p) => p.path.length > 0);
    setAt(data, pick(r, all).path, structuredClone(pick(r, ODD_JSON_VALUES)));
  }
  return JSON.stringify(data, null, r.chance(0.5) ? 2 : undefined);
}

function oddNumbers(base: BaseCase, r: Random): string {
  // In the YAML text, so `.inf` and `.nan` arrive as YAML writes them.
  const numbers = [...base.text.matchAll(/(?<=: )-?\d+(\.\d+)?(?=\s*(#.*)?$)/gm)];
  if (numbers.length === 0) return base.text;
  let text = base.text;
  const count = r.int(1, 3);
  for (let i = 0; i < count; i += 1) {
    const m = pick(r, numbers);
    text = text.slice(0, m.index) + pick(r, ODD_NUMBERS) + text.slice(m.index! + m[0].length);
    break; // one replacement keeps the other match positions valid
  }
  return text;
}

/** Names declared in the case: ids and record keys a formula or a lookup may use. */
function declaredNames(base: BaseCase): string[] {
  const names = new Set<string>();
  for (const m of base.text.matchAll(/\bid: ([A-Za-z0-9_-]+)/g)) names.add(m[1]!);
  for (const section of ['parameters', 'state', 'metrics', 'presets']) {
    for (const key of Object.keys((base.data[section] as object | undefined) ?? {})) names.add(key);
  }
  return [...names].filter((n) => n !== base.data.id);
}

function memberNames(base: BaseCase, r: Random): string {
  const name = pick(r, declaredNames(base));
  const member = pick(r, MEMBER_NAMES);
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])${name.replace(/[-]/g, '\\-')}(?![A-Za-z0-9_-])`, 'g');
  // Every occurrence (a consistent rename) or a single one (a dangling reference).
  if (r.chance(0.7)) return base.text.replace(pattern, member);
  const all = [...base.text.matchAll(pattern)];
  const m = pick(r, all);
  return base.text.slice(0, m.index) + member + base.text.slice(m.index! + m[0].length);
}

function deepNesting(base: BaseCase, r: Random): string {
  const depth = pick(r, [20, 33, 100, 1000, 20_000, 200_000]);
  const flow = r.chance(0.5);
  const nested = flow ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `\n  ${'- '.repeat(depth)}x`;
  const key = pick(r, ['extra', 'metrics', 'steps', 'parameters', 'scoring']);
  return `${base.text}\n${key}: ${nested}\n`;
}

function aliasBomb(base: BaseCase, r: Random): string {
  const levels = r.int(3, 9);
  let bomb = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i <= levels; i += 1) bomb += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]\n`;
  return `${base.text}\nextra:\n${bomb.replace(/^/gm, '  ')}`;
}

export const MUTATIONS: readonly [string, Mutation][] = [
  ['byte flips', byteFlips],
  ['truncation', truncation],
  ['line edits', lineEdits],
  ['type swaps', typeSwaps],
  ['odd numbers', oddNumbers],
  ['member names', memberNames],
  ['deep nesting', deepNesting],
  ['alias bomb', aliasBomb],
];

/** The `index`-th mutated file of a run: its base case and mutation follow from the index. */
export function mutant(bases: readonly BaseCase[], index: number): { kind: string; base: string; text: string } {
  const r = createRandom(0x22_0000 + index);
  const base = bases[index % bases.length]!;
  const [kind, mutate] = MUTATIONS[Math.floor(index / bases.length) % MUTATIONS.length]!;
  return { kind, base: base.name, text: mutate(base, r) };
}
