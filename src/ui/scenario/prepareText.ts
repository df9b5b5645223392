// Scenario text from anywhere but the shipped cases (a teacher's draft, a shared link):
// parsed and validated in the browser, so this path brings the YAML parser and the validator.
import { prepareScenario } from '../../engine/prepared.ts';
import { loadScenario } from '../../engine/scenario/load.ts';
import type { LoadedScenario } from './loadPrepared.ts';

export function prepareText(text: string, file: string): LoadedScenario {
  const result = loadScenario(text);
  return result.ok ? { ok: true, prepared: prepareScenario(result.scenario), file } : { ok: false, reason: 'invalid', file, issues: result.issues };
}
