// Finds the attempt to continue when a case is opened: the learner's latest unfinished
// attempt at the case (with the link's seed and start values, when it names them) that the
// engine's attempt codec can decode and replay. One from an older case version continues
// with a notice; one the codec refuses is reported, and a new attempt starts.
import { decodeAttempt, type AttemptProblem, type DecodedAttempt } from '../../engine/attempt/index.ts';
import type { PreparedScenario } from '../../engine/prepared.ts';
import type { Progress } from '../../store/progress.ts';
import type { Attempt } from '../../store/types.ts';

/** How long to wait for the store before starting fresh (a blocked database must not stall the case). */
const LOOKUP_TIMEOUT_MS = 2500;

/** `problem`: why the latest unfinished attempt cannot be continued (null: there is none, or it is not for this link). */
export type ResumeCheck = { ok: true; attempt: Attempt; decoded: DecodedAttempt } | { ok: false; problem: AttemptProblem | null };

/**
 * `params`: start values a teacher's link asks for (`p.*`). An attempt keeps its own
 * parameters, so one begun with other values is not continued: the link starts a new one.
 */
export function checkResumable(p: PreparedScenario, attempt: Attempt, seed: number | null, params: Record<string, number> = {}): ResumeCheck {
  if (attempt.scenarioId !== p.scenario.id || attempt.unknownScenario) return { ok: false, problem: null };
  if (seed !== null && attempt.seed !== seed) return { ok: false, problem: null };
  const decoded = decodeAttempt(attempt.snapshot, p);
  if (!decoded.ok) return decoded;
  const sameStart = Object.entries(params).every(([name, value]) => decoded.context.params[name] === value);
  return sameStart ? { ok: true, attempt, decoded } : { ok: false, problem: null };
}

export async function findResumable(
  progress: Pick<Progress, 'latestUnfinished'>,
  p: PreparedScenario,
  seed: number | null,
  params: Record<string, number> = {},
): Promise<ResumeCheck> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), LOOKUP_TIMEOUT_MS)));
  try {
    const attempt = await Promise.race([progress.latestUnfinished(p.scenario.id), timeout]);
    return attempt ? checkResumable(p, attempt, seed, params) : { ok: false, problem: null };
  } catch {
    return { ok: false, problem: null }; // storage unavailable: play without resuming
  } finally {
    clearTimeout(timer);
  }
}
