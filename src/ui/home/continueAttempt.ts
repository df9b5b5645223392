// "Continue where you left off": the learner's latest unfinished attempt, if the player would
// really resume it (the attempt codec decodes it against its case), with the titles to show.
import type { Localized } from '../../engine/locale.ts';
import type { Progress } from '../../store/progress.ts';
import type { Attempt } from '../../store/types.ts';
import type { LoadedScenario } from '../scenario/loadPrepared.ts';

export interface ContinueInfo {
  scenarioId: string;
  caseTitle: Localized;
  stepTitle: Localized;
  /** 1-based: the steps already left behind, plus this one (the session view's position). */
  stepNumber: number;
  updatedAt: string;
}

export type ContinueStore = Pick<Progress, 'latestUnfinished'>;

/** The scenario loader, imported only when there is an attempt to show (it brings the engine). */
async function loadShipped(id: string): Promise<LoadedScenario> {
  const { loadPrepared } = await import('../scenario/loadPrepared.ts');
  return loadPrepared(id);
}

export async function findContinue(store: ContinueStore, load: (id: string) => Promise<LoadedScenario> = loadShipped): Promise<ContinueInfo | null> {
  let attempt: Attempt | undefined;
  try {
    attempt = await store.latestUnfinished();
  } catch {
    return null; // storage unavailable: nothing to continue
  }
  if (!attempt || attempt.unknownScenario) return null;
  const loaded = await load(attempt.scenarioId).catch(() => null);
  if (!loaded?.ok) return null;
  const p = loaded.prepared;
  // Imported here, not above: the codec brings the engine, which the home page does not load otherwise.
  const { checkResumable } = await import('../player/resume.ts');
  const found = checkResumable(p, attempt, null);
  if (!found.ok) return null;
  const { decoded } = found;
  const step = p.steps.get(decoded.step)!;
  return { scenarioId: p.scenario.id, caseTitle: p.scenario.title, stepTitle: step.title, stepNumber: decoded.context.trail.length + 1, updatedAt: attempt.updatedAt };
}
