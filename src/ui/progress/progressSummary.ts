// Pure summaries for the progress page: attempts grouped per case with the best and the
// latest, and the learner's profile (mean per shared dimension over finished attempts).
import { bestAttempt, latestUnfinishedOf } from '../../store/attemptRules.ts';
import { SharedDimensionValues } from '../../engine/scoring/types.ts';
import type { Attempt } from '../../store/types.ts';

export interface ScenarioGroup {
  scenarioId: string;
  /** Newest first. */
  attempts: Attempt[];
  /** The best finished attempt, if any (store/attemptRules.ts). */
  best: Attempt | null;
  /** The most recently started attempt. */
  latest: Attempt;
  isUnknownScenario: boolean;
}

const newestFirst = (a: Attempt, b: Attempt) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id);

/** One group per case, the case worked on most recently first. */
export function groupByScenario(attempts: readonly Attempt[]): ScenarioGroup[] {
  const byScenario = new Map<string, Attempt[]>();
  for (const attempt of [...attempts].sort(newestFirst)) {
    const list = byScenario.get(attempt.scenarioId) ?? [];
    list.push(attempt);
    byScenario.set(attempt.scenarioId, list);
  }
  return [...byScenario.entries()].map(([scenarioId, list]) => {
    return { scenarioId, attempts: list, best: bestAttempt(list), latest: list[0]!, isUnknownScenario: list.some((a) => a.unknownScenario === true) };
  });
}

export interface Profile {
  /** Mean score per shared dimension, one decimal; a dimension no attempt scored is absent. */
  values: Record<string, number>;
  /** How many finished, scored attempts went into it. */
  count: number;
}

export function learnerProfile(attempts: readonly Attempt[]): Profile {
  const scored = attempts.filter((a) => a.status === 'finished' && a.scores);
  const values: Record<string, number> = {};
  for (const dimension of SharedDimensionValues) {
    const scores = scored.map((a) => a.scores?.dimensions[dimension]).filter((s): s is number => typeof s === 'number');
    if (scores.length) values[dimension] = Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10;
  }
  return { values, count: scored.length };
}

/** Whole minutes of active time, at least 1 once any time was counted. */
export function minutesSpent(ms: number): number {
  return ms <= 0 ? 0 : Math.max(1, Math.round(ms / 60_000));
}

/** The in-progress attempt touched most recently: where "continue" takes the learner. */
export function latestInProgress(attempts: readonly Attempt[]): Attempt | null {
  return latestUnfinishedOf(attempts);
}
