// The debrief's "path taken": which steps the learner went through, and for each option
// of a choice whether it was chosen and (when the case marks right answers) whether that
// was right. Read straight from the answers the machine recorded.
import type { OptionJudgement } from '../../engine/judge.ts';
import type { PreparedScenario } from '../../engine/prepared.ts';
import type { Step } from '../../engine/scenario/schema.ts';
import type { MessageKey } from '../app/i18n.svelte.ts';

export const OptionVerdictValues = ['chosen-correct', 'chosen-wrong', 'missed-correct', 'skipped-wrong', 'chosen', 'skipped'] as const;
export type OptionVerdict = (typeof OptionVerdictValues)[number];

/** What each verdict says, in the player's messages. */
export const VERDICT_KEYS: Record<OptionVerdict, MessageKey> = {
  'chosen-correct': 'player.verdict.chosenCorrect',
  'chosen-wrong': 'player.verdict.chosenWrong',
  'missed-correct': 'player.verdict.missedCorrect',
  'skipped-wrong': 'player.verdict.skippedWrong',
  chosen: 'player.verdict.chosen',
  skipped: 'player.verdict.skipped',
};

/**
 * `hasKey`: the step marks right answers (`correct:` on some option); unmarked options count as wrong.
 * A formula key (a string) needs the run: engine/judge.ts `judgeChoice` decides it; here it counts as wrong.
 */
export function optionVerdict(option: { correct?: boolean | string }, isChosen: boolean, hasKey: boolean): OptionVerdict {
  if (!hasKey) return isChosen ? 'chosen' : 'skipped';
  const isCorrect = option.correct === true;
  if (isChosen) return isCorrect ? 'chosen-correct' : 'chosen-wrong';
  return isCorrect ? 'missed-correct' : 'skipped-wrong';
}

/** The verdict of one option as the engine judged it on this run (judgeChoice). */
export function verdictOf(option: OptionJudgement): OptionVerdict {
  if (option.correct === null) return option.chosen ? 'chosen' : 'skipped';
  if (option.chosen) return option.correct ? 'chosen-correct' : 'chosen-wrong';
  return option.correct ? 'missed-correct' : 'skipped-wrong';
}

/** "Your judgement: right / wrong" for a verdict of a case with a key (null: no key, no judgement). */
export function judgementKey(verdict: OptionVerdict): MessageKey | null {
  const isRight = isRightVerdict(verdict);
  return isRight === null ? null : isRight ? 'sim.judgement.right' : 'sim.judgement.wrong';
}

/** Whether a verdict means the learner handled that option rightly (null: the case has no key). */
export function isRightVerdict(verdict: OptionVerdict): boolean | null {
  if (verdict === 'chosen' || verdict === 'skipped') return null;
  return verdict === 'chosen-correct' || verdict === 'skipped-wrong';
}

/** The steps walked, in order: those left behind, then the current one. */
export function visitedSteps(p: PreparedScenario, trail: readonly string[], currentId: string): Step[] {
  return [...trail, currentId].map((id) => p.steps.get(id)).filter((s): s is Step => s !== undefined);
}

/** Steps of the case this path never passed through (another branch). */
export function stepsNotVisited(p: PreparedScenario, visited: readonly Step[]): Step[] {
  const seen = new Set(visited.map((s) => s.id));
  return p.scenario.steps.filter((s) => !seen.has(s.id));
}
