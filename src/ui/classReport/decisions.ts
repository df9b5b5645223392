// How the class decided, step by step, for the debrief discussion. Each student counts once
// per step with their latest answer: from their most recently updated attempt that answered
// the step, finished or not. Shares are of the students who answered that step.
import { newestUpdateFirst } from '../../store/attemptRules.ts';
import type { Attempt } from '../../store/types.ts';
import { answersOf, type SavedAnswers } from './answersOf.ts';
import { mean, median } from './stats.ts';
import type { CaseInfo, DecisionStepInfo, DecisionSummary, OptionShare } from './types.ts';


/** For each student (their attempts at one case), the latest answer to `pick` from them, if any. */
function latestAnswers<T>(studentsAttempts: readonly Attempt[][], pick: (answers: SavedAnswers) => T | undefined): T[] {
  const found: T[] = [];
  for (const attempts of studentsAttempts) {
    for (const attempt of [...attempts].sort(newestUpdateFirst)) {
      const answer = pick(answersOf(attempt.snapshot));
      if (answer !== undefined) {
        found.push(answer);
        break;
      }
    }
  }
  return found;
}

/** The step's options in the file's order, then any ids only older versions had. */
function optionList(step: DecisionStepInfo, seen: Iterable<string>): { id: string; label: OptionShare['label'] }[] {
  const listed = step.options.map((o) => ({ id: o.id, label: o.label }));
  const known = new Set(listed.map((o) => o.id));
  const extra = [...new Set(seen)].filter((id) => !known.has(id)).sort();
  return [...listed, ...extra.map((id) => ({ id, label: null }))];
}

function summarizeStep(step: DecisionStepInfo, studentsAttempts: readonly Attempt[][]): DecisionSummary {
  if (step.kind === 'choice') {
    const answers = latestAnswers(studentsAttempts, (a) => a.choices[step.id]);
    const options = optionList(step, answers.flat()).map(({ id, label }) => {
      const count = answers.filter((chosen) => chosen.includes(id)).length;
      return { id, label, count, share: answers.length ? count / answers.length : 0 };
    });
    return { kind: 'choice', stepId: step.id, title: step.title, multiple: step.multiple, answered: answers.length, options };
  }
  if (step.kind === 'allocate') {
    const rounds = latestAnswers(studentsAttempts, (a) => a.allocations[step.id]);
    const options = optionList(step, rounds.flat().flatMap((round) => Object.keys(round)));
    // A student's shares are averaged over their rounds first, so each student weighs the same.
    const perStudent = rounds.map((list) => Object.fromEntries(options.map(({ id }) => [id, mean(list.map((round) => round[id] ?? 0)) ?? 0])));
    return {
      kind: 'allocate',
      stepId: step.id,
      title: step.title,
      answered: rounds.length,
      options: options.map(({ id, label }) => ({ id, label, count: 0, share: mean(perStudent.map((shares) => shares[id] ?? 0)) ?? 0 })),
    };
  }
  const values = latestAnswers(studentsAttempts, (a) => a.estimates[step.id]);
  return { kind: 'estimate', stepId: step.id, title: step.title, answered: values.length, mean: mean(values), median: median(values), unit: step.unit };
}

/** One summary per decision step of the case, in the scenario file's order. */
export function summarizeDecisions(info: CaseInfo, studentsAttempts: readonly Attempt[][]): DecisionSummary[] {
  return info.steps.map((step) => summarizeStep(step, studentsAttempts));
}
