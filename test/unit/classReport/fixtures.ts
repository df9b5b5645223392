// The class-report fixtures: three students' export files (made by generateFixtures.ts with
// the real engine and store code) and the case infos of the shipped scenarios they use.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { caseInfoOf } from '../../../src/ui/classReport/caseInfo.ts';
import { parseExportText } from '../../../src/ui/classReport/readExports.ts';
import type { CaseInfo, LoadedExport } from '../../../src/ui/classReport/types.ts';

const root = resolve(import.meta.dirname, '../../..');
export const FIXTURE_NAMES = ['alice.json', 'li-bo.json', 'student-3.json'] as const;
export const CASE_IDS = ['coffee-card-example', 'vanity-number-penalty'] as const;

export function fixtureText(name: string): string {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
}

export function loadFixture(name: string, fileName = name): LoadedExport {
  const outcome = parseExportText(fileName, fixtureText(name), CASE_IDS);
  if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.problem)}`);
  return outcome.loaded;
}

export const loadAllFixtures = (): LoadedExport[] => FIXTURE_NAMES.map((name) => loadFixture(name));

export function caseInfos(): Map<string, CaseInfo> {
  return new Map(
    CASE_IDS.map((id) => {
      const loaded = loadScenario(readFileSync(resolve(root, 'scenarios', `${id}.yaml`), 'utf8'));
      if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.issues)}`);
      return [id, caseInfoOf(loaded.scenario)] as const;
    }),
  );
}
