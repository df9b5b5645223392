// What the home page says about each case from the saved attempts: finished or not, the best
// score and grade, and whether opening it resumes an attempt (the player continues the latest
// unfinished attempt made with the same version of the case, see player/resume.ts).
import type { Attempt } from '../../store/types.ts';
import { groupByScenario, latestInProgress } from '../progress/progressSummary.ts';

export interface CaseProgress {
  /** Finished attempts, scored. */
  finished: number;
  best: { total: number; grade: string } | null;
  /** An unfinished attempt the player would continue. */
  canResume: boolean;
}

export function caseProgress(attempts: readonly Attempt[], cases: readonly { id: string; version: number }[]): Map<string, CaseProgress> {
  const groups = new Map(groupByScenario(attempts).map((g) => [g.scenarioId, g]));
  return new Map(
    cases.map(({ id, version }) => {
      const group = groups.get(id);
      const open = group ? latestInProgress(group.attempts) : null;
      const best = group?.best?.scores ?? null;
      return [
        id,
        {
          finished: group?.attempts.filter((a) => a.status === 'finished' && a.scores).length ?? 0,
          best: best ? { total: best.total, grade: best.grade } : null,
          canResume: open !== null && open.scenarioVersion === version,
        },
      ];
    }),
  );
}
