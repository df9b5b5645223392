// The shipped cases as the progress import needs them (prepared by id, so every imported
// attempt replays against its case before anything is stored), and its error wording.
import type { ImportCases } from '../../store/importReplay.ts';
import { loadPrepared } from '../scenario/loadPrepared.ts';

export const shippedCases: ImportCases = {
  async prepare(scenarioId) {
    const loaded = await loadPrepared(scenarioId);
    return loaded.ok ? loaded.prepared : null;
  },
};

/** An import error's params for a message: a replay refusal carries its reason in both languages. */
export function importErrorParams(params: Record<string, string | number>, locale: string): Record<string, string | number> {
  if (params.reasonEn === undefined) return params;
  return { ...params, reason: locale === 'en' ? params.reasonEn : params.reasonZh ?? params.reasonEn };
}
