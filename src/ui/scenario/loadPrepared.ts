// Loads a shipped scenario by id for the player, the sandbox and the class report: the case
// compiled at build time (scripts/compile-cases.ts), so neither the YAML parser nor the
// validator is downloaded. A broken file reaches the learner as located messages, never a crash.
import { prepareScenario, type PreparedScenario } from '../../engine/prepared.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { loadCompiledCase } from '../content/content.ts';
import { addPrerendered } from '../content/prerendered.ts';

export type LoadedScenario =
  | { ok: true; prepared: PreparedScenario; file: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; file: string; issues: ScenarioIssue[] };

export async function loadPrepared(id: string): Promise<LoadedScenario> {
  const compiled = await loadCompiledCase(id);
  if (!compiled) return { ok: false, reason: 'not-found' };
  if (!compiled.ok) return { ok: false, reason: 'invalid', file: compiled.file, issues: compiled.issues };
  addPrerendered(compiled.markdown);
  return { ok: true, prepared: prepareScenario(compiled.scenario), file: compiled.file };
}
