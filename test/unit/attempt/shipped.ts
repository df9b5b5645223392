// A shipped case, loaded and prepared, for the attempt codec's tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';

export function shipped(id: string): PreparedScenario {
  const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../../scenarios', `${id}.yaml`), 'utf8'));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return prepareScenario(loaded.scenario);
}
