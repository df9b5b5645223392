// Answer keys from the learner's own run: an option's `correct` may be a formula and its
// feedback may vary with `when`, both read on the state at that step. Also the one rule
// for a choice's accuracy: a wrong single choice earns nothing.
import { own } from './own.ts';
import type { Answers } from './answers.ts';
import { evaluate, type Evaluation, type EvaluationInput } from './evaluate.ts';
import { evaluateFormula } from './expr/index.ts';
import type { Localized } from './locale.ts';
import type { PreparedScenario } from './prepared.ts';
import type { ChoiceStep, Feedback } from './scenario/schema.ts';

/** The answers up to and including `stepId` (all of them when it is not answered yet). */
export function answersThrough(answers: Answers, stepId: string): Answers {
  const at = answers.order.indexOf(stepId);
  if (at < 0) return answers;
  const keep = new Set(answers.order.slice(0, at + 1));
  const pick = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => keep.has(id)));
  return { choices: pick(answers.choices), estimates: pick(answers.estimates), allocations: pick(answers.allocations), order: answers.order.slice(0, at + 1) };
}

/**
 * The state at a step: the run as it stood when the learner answered it (later answers left
 * out, and events fired at steps answered later). Formula keys read this, never the future.
 */
export function evaluationAt(p: PreparedScenario, input: EvaluationInput, stepId: string): Evaluation {
  const answers = answersThrough(input.answers, stepId);
  const later = new Set(input.answers.order.slice(answers.order.length));
  const fired = (input.fired ?? []).filter((f) => !later.has(f.step));
  // judging: accuracy() inside this evaluation counts formula keys as wrong, so a key that
  // reads a score that reads accuracy() cannot recurse forever.
  return evaluate(p, { ...input, answers, fired, judging: true });
}

export interface OptionJudgement {
  id: string;
  chosen: boolean;
  /** Whether the option is a right answer in this run; null when the step has no key. */
  correct: boolean | null;
  /** The feedback for this run (first `when` that holds), or null. */
  feedback: Localized | null;
}

export interface ChoiceJudgement {
  step: string;
  /** The step marks right answers (`correct:` on some option). */
  hasKey: boolean;
  options: OptionJudgement[];
  /** 0..1: single choice 1 if the chosen option is right, else 0; multiple: share of options judged rightly. */
  accuracy: number;
}

function hasFormulaKey(step: ChoiceStep): boolean {
  return step.options.some((o) => typeof o.correct === 'string' || Array.isArray(o.feedback));
}

function formulaHolds(p: PreparedScenario, e: Evaluation, source: string): boolean {
  const result = evaluateFormula(p.formula(source), e.scope);
  return result.ok && result.value !== 0;
}

/** The feedback text of one option on an evaluation (a plain text, or the first matching case). */
export function feedbackFor(p: PreparedScenario, feedback: Feedback | undefined, e: Evaluation | null): Localized | null {
  if (!feedback) return null;
  if (!Array.isArray(feedback)) return feedback;
  const hit = feedback.find((c) => c.when === undefined || (e !== null && formulaHolds(p, e, c.when)));
  return hit?.text ?? null;
}

/** Accuracy from per-option rightness: the one scoring rule for choice steps. */
export function accuracyOfJudged(step: ChoiceStep, chosen: string[], correct: (id: string) => boolean): number {
  if (chosen.length === 0) return 0;
  if (!step.multiple) return correct(chosen[0]!) ? 1 : 0;
  const right = step.options.filter((o) => correct(o.id) === chosen.includes(o.id)).length;
  return right / step.options.length;
}

/** Every option of a choice step judged on this run; `chosen` defaults to the recorded answer. */
export function judgeChoice(p: PreparedScenario, input: EvaluationInput, stepId: string, chosen?: string[]): ChoiceJudgement | null {
  const step = p.steps.get(stepId);
  if (step?.kind !== 'choice') return null;
  const picked = chosen ?? own(input.answers.choices, stepId) ?? [];
  const e = hasFormulaKey(step) ? evaluationAt(p, input, stepId) : null;
  const hasKey = step.options.some((o) => o.correct !== undefined);
  const isRight = (id: string): boolean => {
    const c = step.options.find((o) => o.id === id)?.correct;
    return typeof c === 'string' ? e !== null && formulaHolds(p, e, c) : c === true;
  };
  return {
    step: stepId,
    hasKey,
    options: step.options.map((o) => ({ id: o.id, chosen: picked.includes(o.id), correct: hasKey ? isRight(o.id) : null, feedback: feedbackFor(p, o.feedback, e) })),
    accuracy: accuracyOfJudged(step, picked, isRight),
  };
}

/** accuracy(step) in formulas. Inside a judging evaluation, formula keys count as wrong (no recursion). */
export function choiceAccuracy(p: PreparedScenario, input: EvaluationInput, stepId: string): number {
  const step = p.steps.get(stepId);
  if (step?.kind !== 'choice') return 0;
  const chosen = own(input.answers.choices, stepId);
  if (!chosen) return 0;
  if (input.judging && hasFormulaKey(step)) return accuracyOfJudged(step, chosen, (id) => step.options.find((o) => o.id === id)?.correct === true);
  return judgeChoice(p, input, stepId)!.accuracy;
}

/** A plain feedback text, or the entry without `when` of a run-dependent one (for views with no run). */
export function staticFeedback(feedback: Feedback | undefined): Localized | null {
  return feedbackFor({} as PreparedScenario, feedback, null);
}
