// The shipped cases as the engine sees them, for e2e specs that compare what the page
// shows with headless play of the same decisions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareScenario, type PreparedScenario } from '../../src/engine/prepared.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';

/** scenarios/<id>.yaml, validated and prepared; throws if the shipped file is invalid. */
export function preparedCase(id: string): PreparedScenario {
  const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, `../../scenarios/${id}.yaml`), 'utf8'));
  if (!loaded.ok) throw new Error(`scenarios/${id}.yaml does not validate`);
  return prepareScenario(loaded.scenario);
}
