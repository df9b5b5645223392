// Loads a shipped scenario by id for the player and the sandbox: text → validated →
// prepared. A broken file reaches the learner as located messages, never a crash.
import { loadScenario } from '../../engine/scenario/load.ts';
import { prepareScenario, type PreparedScenario } from '../../engine/prepared.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { loadScenarioText } from '../content/content.ts';

export type LoadedScenario =
  | { ok: true; prepared: PreparedScenario; file: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; file: string; issues: ScenarioIssue[] };

/** Prepares scenario text from anywhere (a shipped file, a teacher's draft, a shared link). */
export function prepareText(text: string, file: string): LoadedScenario {
  const result = loadScenario(text);
  return result.ok ? { ok: true, prepared: prepareScenario(result.scenario), file } : { ok: false, reason: 'invalid', file, issues: result.issues };
}

export async function loadPrepared(id: string): Promise<LoadedScenario> {
  const found = await loadScenarioText(id);
  if (!found) return { ok: false, reason: 'not-found' };
  return prepareText(found.text, found.file);
}
