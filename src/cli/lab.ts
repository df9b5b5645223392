// `npm run lab -- validate FILE...` and `npm run lab -- play FILE [...]`: the engine on
// the command line, for teachers checking their files and for tests. Same numbers as the app.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchLocale, type Locale } from '../engine/locale.ts';
import { formatIssue } from '../engine/scenario/issues.ts';
import { loadScenario } from '../engine/scenario/load.ts';
import { prepareScenario } from '../engine/prepared.ts';
import { playHeadless, PlayError, type DecisionEntry } from '../engine/play.ts';
import { summarizeScores } from '../engine/scoring/types.ts';
import { playMessage } from '../engine/playMessages.ts';
import { own } from '../engine/own.ts';

const USAGE = `usage:
  lab validate FILE...
  lab play FILE [--seed N] [--param name=value]... [--preset NAME] [--decisions FILE.json]
options: --lang zh-CN|en (messages; default from LANG)`;

function localeFrom(flag: string | undefined): Locale {
  return matchLocale([flag ?? process.env.LC_ALL ?? process.env.LANG ?? 'en']);
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    return null;
  }
}

function validate(files: string[], locale: Locale): number {
  let failed = 0;
  for (const file of files) {
    const text = readText(file);
    if (text === null) { failed += 1; continue; }
    const result = loadScenario(text);
    if (!result.ok) {
      failed += 1;
      for (const issue of result.issues) console.log(formatIssue(file, issue, locale));
    }
  }
  if (failed === 0) console.error(`${files.length} file(s) valid`);
  return failed === 0 ? 0 : 1;
}

function play(file: string, opts: { seed?: string; param?: string[]; preset?: string; decisions?: string }, locale: Locale): number {
  const text = readText(file);
  if (text === null) return 1;
  const loaded = loadScenario(text);
  if (!loaded.ok) {
    for (const issue of loaded.issues) console.error(formatIssue(file, issue, locale));
    return 1;
  }
  const s = loaded.scenario;
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  const problem = (code: string, params: Record<string, string | number>) => fail(playMessage({ code, params }, locale));
  if (!Number.isInteger(seed)) return problem('bad-seed', { value: String(opts.seed) });
  const params: Record<string, number> = {};
  if (opts.preset !== undefined) {
    const preset = own(s.presets, opts.preset);
    if (!preset) return problem('no-preset', { name: opts.preset, known: Object.keys(s.presets ?? {}).join(', ') || '—' });
    Object.assign(params, preset.values);
  }
  for (const pair of opts.param ?? []) {
    const [name = '', raw = ''] = pair.split('=', 2);
    const spec = own(s.parameters, name);
    const value = Number(raw);
    if (!spec) return problem('no-param', { name, known: Object.keys(s.parameters ?? {}).join(', ') });
    if (raw.trim() === '' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
      return problem('param-range', { name, value: raw, min: spec.min, max: spec.max });
    }
    params[name] = value;
  }
  let decisions: DecisionEntry[] = [];
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
  try {
    const result = playHeadless(prepareScenario(s), { seed, params, decisions });
    const scores = summarizeScores(result.evaluation.scores);
    const out = {
      scenario: s.id,
      seed,
      params: result.params,
      metrics: result.evaluation.metrics,
      scores: { dimensions: scores.dimensions, total: scores.total, grade: scores.grade },
      path: result.path,
    };
    console.log(JSON.stringify(out, null, 2));
    for (const issue of result.evaluation.issues) console.error(`warning: ${issue.where}: ${issue.code}`);
    return 0;
  } catch (error) {
    if (error instanceof PlayError) return fail(error.problems.map((p) => playMessage(p, locale)).join('\n'));
    throw error;
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string' }, param: { type: 'string', multiple: true }, preset: { type: 'string' },
      decisions: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...files] = positionals;
  const locale = localeFrom(values.lang);
  if (values.help || !command) return (console.log(USAGE), command ? 0 : 1);
  if (command === 'validate' && files.length > 0) return validate(files, locale);
  if (command === 'play' && files.length === 1) return play(files[0]!, values, locale);
  return fail(USAGE);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
