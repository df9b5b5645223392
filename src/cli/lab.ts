// `npm run lab -- validate FILE...`, `play FILE [...]` and `compare FILE [...]`: the engine on
// the command line, for teachers checking their files and for tests. Same numbers as the app.
import { parseArgs } from 'node:util';
import { matchLocale, type Locale } from '../engine/locale.ts';
import { formatIssue } from '../engine/scenario/issues.ts';
import { loadScenario } from '../engine/scenario/load.ts';
import { prepareScenario } from '../engine/prepared.ts';
import { playHeadless, PlayError } from '../engine/play.ts';
import { compareRuns, firedEventRefs, strategyDecisions, strategyRuns, STUDENT_RUN_ID, type RunSpec } from '../engine/compare.ts';
import { summarizeScores } from '../engine/scoring/types.ts';
import { playMessage } from '../engine/playMessages.ts';
import { fail, readText, runSetup, type RunFlags } from './runOptions.ts';
import { customersCommand, CUSTOMERS_USAGE } from './customers.ts';

const USAGE = `usage:
  lab validate FILE...
  lab play FILE [--seed N] [--param name=value]... [--preset NAME] [--decisions FILE.json | --strategy ID]
  lab compare FILE [--strategy ID]... [--decisions FILE.json] [--seed N] [--param name=value]... [--preset NAME]
${CUSTOMERS_USAGE}
options: --lang zh-CN|en (messages; default from LANG)`;

function localeFrom(flag: string | undefined): Locale {
  return matchLocale([flag ?? process.env.LC_ALL ?? process.env.LANG ?? 'en']);
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

/** Runs `body`, turning a PlayError into its messages and exit code 1. */
function guarded(locale: Locale, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof PlayError) return fail(error.problems.map((p) => playMessage(p, locale)).join('\n'));
    throw error;
  }
}

function play(file: string, opts: RunFlags & { strategy?: string[] }, locale: Locale): number {
  const setup = runSetup(file, opts, locale);
  if (typeof setup === 'number') return setup;
  const { scenario: s, seed, params } = setup;
  const p = prepareScenario(s);
  return guarded(locale, () => {
    const strategies = opts.strategy ?? [];
    if (strategies.length > 1 || (strategies.length === 1 && setup.decisions !== null)) {
      return fail(playMessage({ code: 'strategy-and-decisions', params: {} }, locale));
    }
    const decisions = strategies.length === 1 ? strategyDecisions(p, strategies[0]!) : (setup.decisions ?? []);
    const result = playHeadless(p, { seed, params, decisions });
    const scores = summarizeScores(result.evaluation.scores);
    const out = {
      scenario: s.id,
      seed,
      ...(strategies.length === 1 ? { strategy: strategies[0] } : {}),
      params: result.params,
      metrics: result.evaluation.metrics,
      scores: { dimensions: scores.dimensions, total: scores.total, grade: scores.grade },
      path: result.path,
      // Only cases that declare events print the key, so older outputs stay byte-identical.
      ...(s.events?.length ? { events: firedEventRefs(result) } : {}),
    };
    console.log(JSON.stringify(out, null, 2));
    for (const issue of result.evaluation.issues) console.error(`warning: ${issue.where}: ${issue.code}`);
    return 0;
  });
}

function compare(file: string, opts: RunFlags & { strategy?: string[] }, locale: Locale): number {
  const setup = runSetup(file, opts, locale);
  if (typeof setup === 'number') return setup;
  const p = prepareScenario(setup.scenario);
  return guarded(locale, () => {
    const runs: RunSpec[] = opts.strategy?.length
      ? opts.strategy.map((id) => ({ id, label: p.scenario.strategies!.find((st) => st.id === id)?.label ?? { en: id, 'zh-CN': id }, decisions: strategyDecisions(p, id) }))
      : strategyRuns(p);
    if (setup.decisions !== null) {
      runs.unshift({ id: STUDENT_RUN_ID, label: { en: 'Your decisions', 'zh-CN': '你的决策' }, decisions: setup.decisions });
    }
    if (runs.length === 0) return fail(playMessage({ code: 'nothing-to-compare', params: {} }, locale));
    console.log(JSON.stringify(compareRuns(p, runs, { seed: setup.seed, params: setup.params }), null, 2));
    return 0;
  });
}

function main(argv: string[]): number {
  if (argv[0] === 'customers') return customersCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string' }, param: { type: 'string', multiple: true }, preset: { type: 'string' },
      decisions: { type: 'string' }, strategy: { type: 'string', multiple: true },
      lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...files] = positionals;
  const locale = localeFrom(values.lang);
  if (values.help || !command) return (console.log(USAGE), command ? 0 : 1);
  if (command === 'validate' && files.length > 0) return validate(files, locale);
  if (command === 'play' && files.length === 1) return play(files[0]!, values, locale);
  if (command === 'compare' && files.length === 1) return compare(files[0]!, values, locale);
  return fail(USAGE);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
