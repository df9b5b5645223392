// Every imported attempt at a case this app has goes through the engine's attempt codec:
// its snapshot must replay against the case, and its scores, step and status become the
// engine's own. One attempt that does not replay refuses the whole file, with the reason.
import { attemptProblemMessage, normaliseImportedAttempt } from '../engine/attempt/index.ts';
import type { PreparedScenario } from '../engine/prepared.ts';
import type { Attempt } from './types.ts';

/** Where the import finds a case to replay against: null for a case this app does not have. */
export interface ImportCases {
  prepare(scenarioId: string): Promise<PreparedScenario | null>;
}

export interface ReplayError {
  code: 'doesNotReplay';
  params: { id: string; scenario: string; reasonEn: string; reasonZh: string };
}

export async function replayImported(
  attempts: readonly Attempt[],
  cases: ImportCases,
): Promise<{ ok: true; attempts: Attempt[] } | { ok: false; errors: ReplayError[] }> {
  const prepared = new Map<string, Promise<PreparedScenario | null>>();
  const out: Attempt[] = [];
  const errors: ReplayError[] = [];
  for (const attempt of attempts) {
    if (!prepared.has(attempt.scenarioId)) prepared.set(attempt.scenarioId, cases.prepare(attempt.scenarioId).catch(() => null));
    const p = await prepared.get(attempt.scenarioId)!;
    if (!p) {
      out.push(attempt);
      continue;
    }
    const checked = normaliseImportedAttempt(attempt, p);
    if (!checked.ok) {
      errors.push({
        code: 'doesNotReplay',
        params: {
          id: attempt.id,
          scenario: attempt.scenarioId,
          reasonEn: attemptProblemMessage(checked.problem, 'en'),
          reasonZh: attemptProblemMessage(checked.problem, 'zh-CN'),
        },
      });
      continue;
    }
    // The snapshot is kept as the player saved it (it replays); what the file claims about
    // the attempt's state is replaced by what the replay found.
    out.push({
      ...attempt,
      stepId: checked.stepId,
      scores: checked.scores,
      status: checked.finished ? 'finished' : 'in-progress',
      finishedAt: checked.finished ? (attempt.finishedAt ?? attempt.updatedAt) : null,
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, attempts: out };
}
