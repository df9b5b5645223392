// How long a learner worked on an attempt. We only see events, so we count the time
// between consecutive events, capping each gap: a tab left open over lunch is not work.
export const IDLE_GAP_CAP_MS = 5 * 60 * 1000;

/**
 * The active time between two moments: the gap itself, at most IDLE_GAP_CAP_MS, and
 * never negative (a clock set back must not subtract time already counted).
 */
export function activeGapMs(fromIso: string, toIso: string): number {
  const gap = Date.parse(toIso) - Date.parse(fromIso);
  if (!Number.isFinite(gap) || gap <= 0) return 0;
  return Math.min(gap, IDLE_GAP_CAP_MS);
}
