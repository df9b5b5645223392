// Which attempt counts, in one place: the progress page, the class report, the player's
// "continue" and the home page's card all pick attempts by these rules.
import type { Attempt } from './types.ts';

export type ScoredAttempt = Attempt & { scores: NonNullable<Attempt['scores']> };

/** Most recently updated first; ids break ties so the order never depends on list order. */
export const newestUpdateFirst = (a: Attempt, b: Attempt): number => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

export const isScored = (a: Attempt): a is ScoredAttempt => a.status === 'finished' && a.scores !== null;

/** The best finished attempt: the highest total; on a tie, the one updated last (then the smaller id). */
export function bestAttempt(attempts: readonly Attempt[]): ScoredAttempt | null {
  return attempts.filter(isScored).sort((a, b) => b.scores.total - a.scores.total || newestUpdateFirst(a, b))[0] ?? null;
}

/** The in-progress attempt updated last, optionally at one case only: where "continue" takes the learner. */
export function latestUnfinishedOf(attempts: readonly Attempt[], scenarioId?: string): Attempt | null {
  const open = attempts.filter((a) => a.status === 'in-progress' && (scenarioId === undefined || a.scenarioId === scenarioId));
  return open.sort(newestUpdateFirst)[0] ?? null;
}
