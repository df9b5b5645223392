// "Continue where you left off": the learner's latest unfinished attempt, if the player would
// really resume it (same case version, a snapshot that fits), with the titles to show for it.
import type { Localized } from '../../engine/locale.ts';
import type { Progress } from '../../store/progress.ts';
import type { Attempt } from '../../store/types.ts';
import { isResumable } from '../player/resume.ts';
import type { LoadedScenario } from '../scenario/loadPrepared.ts';

export interface ContinueInfo {
  scenarioId: string;
  caseTitle: Localized;
  stepTitle: Localized;
  /** 1-based: the steps already left behind, plus this one. */
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
  if (!isResumable(p, attempt, null)) return null;
  const snapshot = attempt.snapshot as { value: string; context: { trail?: unknown } };
  const step = p.steps.get(snapshot.value)!;
  const trail = Array.isArray(snapshot.context.trail) ? snapshot.context.trail.length : 0;
  return { scenarioId: p.scenario.id, caseTitle: p.scenario.title, stepTitle: step.title, stepNumber: trail + 1, updatedAt: attempt.updatedAt };
}
