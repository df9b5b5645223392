// Finds the attempt to continue when a case is opened: the learner's latest unfinished
// attempt at the same scenario version (and seed, and start values, when the link names
// them) whose saved snapshot still fits the scenario. Anything else starts a new attempt.
import type { PreparedScenario } from '../../engine/prepared.ts';
import type { Progress } from '../../store/progress.ts';
import type { Attempt } from '../../store/types.ts';

/** How long to wait for the store before starting fresh (a blocked database must not stall the case). */
const LOOKUP_TIMEOUT_MS = 2500;

/**
 * `params`: start values a teacher's link asks for (`p.*`). An attempt keeps its own
 * parameters, so one begun with other values is not continued: the link starts a new one.
 */
export function isResumable(p: PreparedScenario, attempt: Attempt, seed: number | null, params: Record<string, number> = {}): boolean {
  if (attempt.scenarioId !== p.scenario.id || attempt.scenarioVersion !== p.scenario.version) return false;
  if (seed !== null && attempt.seed !== seed) return false;
  const snapshot = attempt.snapshot as {
    value?: unknown;
    status?: unknown;
    context?: { scenarioId?: unknown; answers?: unknown; params?: Record<string, unknown> };
  } | null;
  const isShapeOk =
    !!snapshot && typeof snapshot.value === 'string' && p.steps.has(snapshot.value) && snapshot.status === 'active' &&
    snapshot.context?.scenarioId === p.scenario.id && typeof snapshot.context.answers === 'object';
  return isShapeOk && Object.entries(params).every(([name, value]) => snapshot!.context?.params?.[name] === value);
}

export async function findResumable(
  progress: Pick<Progress, 'latestUnfinished'>,
  p: PreparedScenario,
  seed: number | null,
  params: Record<string, number> = {},
): Promise<Attempt | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), LOOKUP_TIMEOUT_MS)));
  try {
    const attempt = await Promise.race([progress.latestUnfinished(p.scenario.id), timeout]);
    return attempt && isResumable(p, attempt, seed, params) ? attempt : null;
  } catch {
    return null; // storage unavailable: play without resuming
  } finally {
    clearTimeout(timer);
  }
}
