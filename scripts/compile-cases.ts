// Cases compiled at build time: every shipped scenario file goes through the engine's own
// loadScenario (parse, shape, every check) and becomes a compact JSON module of the result,
// so the browser never downloads the YAML parser or the validator to play a shipped case.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { formatIssue, type ScenarioIssue } from '../src/engine/scenario/issues.ts';
import { loadScenario } from '../src/engine/scenario/load.ts';
import type { Scenario } from '../src/engine/scenario/schema.ts';
import { prerenderScenarioMarkdown } from './prerender-markdown.ts';

/** What a compiled case module exports: the validated scenario, or (in dev and tests only) its problems. */
export type CompiledCase =
  | { ok: true; file: string; scenario: Scenario; /** Its Markdown texts rendered: source → sanitised HTML. */ markdown: Record<string, string> }   | { ok: false; file: string; issues: ScenarioIssue[] };

/** The query that asks for a scenario file compiled: `/scenarios/x.yaml?compiled`. */
export const COMPILED_QUERY = 'compiled';

/** Thrown for a shipped case that does not validate; its message is the validator's, located. */
export class InvalidCaseError extends Error {
  constructor(readonly file: string, readonly issues: ScenarioIssue[]) {
    super(
      `${file} does not validate (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${formatIssue(file, i, 'en')}\n  ${formatIssue(file, i, 'zh-CN')}`).join('\n'),
    );
    this.name = 'InvalidCaseError';
  }
}

/** The compiled case of scenario text, problems included: what dev and test builds carry. */
export function compiledOrIssues(text: string, file: string): CompiledCase {
  const loaded = loadScenario(text);
  return loaded.ok ? { ok: true, file, scenario: loaded.scenario, markdown: prerenderScenarioMarkdown(loaded.scenario) } : { ok: false, file, issues: loaded.issues };
}

/**
 * A scenario file's text → the JSON text of its compiled case. Nothing is picked by hand:
 * whatever loadScenario returns is serialised, and must survive the JSON round trip whole.
 */
export function compileCase(text: string, file: string): string {
  const compiled = compiledOrIssues(text, file);
  if (!compiled.ok) throw new InvalidCaseError(file, compiled.issues);
  const json = JSON.stringify(compiled);
  if (!isDeepStrictEqual(JSON.parse(json).scenario, compiled.scenario)) {
    throw new Error(`${file}: the validated scenario does not survive JSON (a value JSON cannot hold, e.g. undefined or Infinity)`);
  }
  return json;
}

/** The module a compiled case becomes; JSON.parse of a string literal is faster than an object literal. */
function moduleOf(json: string): string {
  return `export default JSON.parse(${JSON.stringify(json)});`;
}

/**
 * Vite plugin: `import('/scenarios/x.yaml?compiled')` yields the compiled case. A broken case
 * fails `vite build` with the validator's located messages; in dev and tests the module
 * carries the problems instead, so the page can show them where the case would be.
 */
export function compiledCasesPlugin(root: string): Plugin {
  let isBuild = false;
  return {
    name: 'loyalty-lab-compiled-cases',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    load(id) {
      const [path, query] = id.split('?', 2);
      if (query !== COMPILED_QUERY || !path || !/\.(ya?ml|json)$/.test(path)) return undefined;
      const file = relative(root, path).replaceAll('\\', '/');
      this.addWatchFile(path);
      const text = readFileSync(path, 'utf8');
      try {
        return moduleOf(compileCase(text, file));
      } catch (error) {
        if (isBuild || !(error instanceof InvalidCaseError)) throw error;
        return moduleOf(JSON.stringify({ ok: false, file, issues: error.issues } satisfies CompiledCase));
      }
    },
  };
}
