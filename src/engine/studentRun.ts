// The learner's own attempt as a run beside the case's strategies: the answers turned back
// into the decisions format, and compared under the attempt's seed and parameters (the
// debrief's "road not taken"; `lab compare --decisions` does the same from a file).
import { own } from './own.ts';
import type { Answers } from './answers.ts';
import { compareRuns, STUDENT_RUN_ID, strategyRuns, type RunComparison } from './compare.ts';
import type { DecisionEntry } from './decisions.ts';
import type { Localized } from './locale.ts';
import type { PreparedScenario } from './prepared.ts';

/** The answers as decision entries, in the order answered; one entry per allocate round. */
export function answersAsDecisions(p: PreparedScenario, answers: Answers): DecisionEntry[] {
  const entries: DecisionEntry[] = [];
  for (const stepId of new Set(answers.order)) {
    const step = p.steps.get(stepId);
    if (step?.kind === 'choice' && own(answers.choices, stepId)) {
      const chosen = own(answers.choices, stepId)!;
      entries.push({ step: stepId, choose: step.multiple ? [...chosen] : chosen[0]! });
    } else if (step?.kind === 'estimate' && own(answers.estimates, stepId) !== undefined) {
      entries.push({ step: stepId, estimate: own(answers.estimates, stepId) });
    } else if (step?.kind === 'allocate') {
      for (const round of own(answers.allocations, stepId) ?? []) entries.push({ step: stepId, allocate: { ...round } });
    }
  }
  return entries;
}

/** The attempt beside every strategy of the case (null when the case names none). */
export function compareWithStrategies(
  p: PreparedScenario,
  answers: Answers,
  options: { seed: number; params: Record<string, number>; studentLabel: Localized },
): RunComparison | null {
  const strategies = strategyRuns(p);
  if (strategies.length === 0) return null;
  const student = { id: STUDENT_RUN_ID, label: options.studentLabel, decisions: answersAsDecisions(p, answers) };
  return compareRuns(p, [student, ...strategies], { seed: options.seed, params: options.params, studentId: STUDENT_RUN_ID });
}
