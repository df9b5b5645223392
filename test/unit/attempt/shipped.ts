// A case, loaded and prepared, for the attempt codec's tests: as shipped today, or as it was
// when the attempt fixtures were saved (test/fixtures/attempts/cases, copied from that commit).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';

function prepared(file: string, id: string): PreparedScenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return prepareScenario(loaded.scenario);
}

export function shipped(id: string): PreparedScenario {
  return prepared(resolve(import.meta.dirname, '../../../scenarios', `${id}.yaml`), id);
}

/** The case file as it was when the fixtures were made (main at 63608b4). */
export function asSaved(id: string): PreparedScenario {
  return prepared(resolve(import.meta.dirname, '../../fixtures/attempts/cases', `${id}.yaml`), id);
}
