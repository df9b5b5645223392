// What the report needs to know about a case, from the shipped scenario file: loaded lazily
// (each file is its own chunk) and only for cases that appear in the students' files.
import { contentIndex, findScenario } from '../content/content.ts';
import { loadPrepared } from '../scenario/loadPrepared.ts';
import { caseInfoOf } from './caseInfo.ts';
import type { CaseInfo } from './types.ts';

/** Null for a case this app does not ship; a shipped file that fails to load keeps its title. */
export async function loadCaseInfo(id: string): Promise<CaseInfo | null> {
  const entry = findScenario(id);
  if (!entry) return null;
  const loaded = await loadPrepared(id);
  return loaded.ok ? caseInfoOf(loaded.prepared.scenario, entry.title) : { id, title: entry.title, steps: [], dimensionLabels: {} };
}

/** The known infos in the order the app lists its cases, which is the order the report uses. */
export function inContentOrder(infos: ReadonlyMap<string, CaseInfo | null>): Map<string, CaseInfo> {
  const ordered = new Map<string, CaseInfo>();
  for (const { id } of contentIndex.scenarios) {
    const info = infos.get(id);
    if (info) ordered.set(id, info);
  }
  return ordered;
}

export const knownScenarioIds = (): string[] => contentIndex.scenarios.map((s) => s.id);
