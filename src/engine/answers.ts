// What a learner has answered in one attempt, by step id, and the defaults that stand in
// for steps not answered (headless play, the sandbox).
import type { Scenario, Step } from './scenario/schema.ts';
import { hasOwnKey, own } from './own.ts';

export interface Answers {
  choices: Record<string, string[]>;
  estimates: Record<string, number>;
  /** One entry per round played: option id → share of the budget. */
  allocations: Record<string, Record<string, number>[]>;
  /** Step ids in the order they were answered: effects replay in this order. */
  order: string[];
}

export function emptyAnswers(): Answers {
  return { choices: {}, estimates: {}, allocations: {}, order: [] };
}

export function isAnswered(answers: Answers, step: Step): boolean {
  if (step.kind === 'choice') return hasOwnKey(answers.choices, step.id);
  if (step.kind === 'estimate') return hasOwnKey(answers.estimates, step.id);
  if (step.kind === 'allocate') return (own(answers.allocations, step.id)?.length ?? 0) > 0;
  return true;
}

export function defaultChoice(step: Extract<Step, { kind: 'choice' }>): string[] {
  if (step.default !== undefined) return [step.default].flat();
  return [step.options[0]!.id];
}

export function defaultEstimate(step: Extract<Step, { kind: 'estimate' }>): number {
  return step.default ?? step.min;
}

export function defaultAllocation(step: Extract<Step, { kind: 'allocate' }>): Record<string, number> {
  if (step.default) return Object.fromEntries(step.options.map((o) => [o.id, own(step.default, o.id) ?? 0]));
  return Object.fromEntries(step.options.map((o) => [o.id, 1 / step.options.length]));
}

/**
 * Answers with every unanswered decision step filled with its default; allocate steps
 * get `rounds(step)` rounds. Used where there is no learner: the sandbox and the CLI.
 */
export function withDefaults(scenario: Scenario, answers: Answers, rounds: (stepId: string) => number): Answers {
  const out: Answers = {
    choices: { ...answers.choices },
    estimates: { ...answers.estimates },
    allocations: { ...answers.allocations },
    order: [...answers.order],
  };
  for (const step of scenario.steps) {
    if (isAnswered(out, step)) continue;
    if (step.kind === 'choice') out.choices[step.id] = defaultChoice(step);
    else if (step.kind === 'estimate') out.estimates[step.id] = defaultEstimate(step);
    else if (step.kind === 'allocate') out.allocations[step.id] = Array.from({ length: rounds(step.id) }, () => defaultAllocation(step));
    else continue;
    out.order.push(step.id);
  }
  return out;
}

/** Checks an allocation: known option ids, shares in 0..1, summing to 1 (±1e-6). */
export function allocationProblem(step: Extract<Step, { kind: 'allocate' }>, allocation: Record<string, number>): string | null {
  const ids = new Set(step.options.map((o) => o.id));
  for (const [id, share] of Object.entries(allocation)) {
    if (!ids.has(id)) return `unknown option "${id}"`;
    if (!Number.isFinite(share) || share < 0 || share > 1) return `share of "${id}" must be between 0 and 1`;
  }
  const sum = Object.values(allocation).reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) > 1e-6 ? `shares sum to ${sum}, not 1` : null;
}

/** The allocation with every option present (missing ones at 0). */
export function completeAllocation(step: Extract<Step, { kind: 'allocate' }>, allocation: Record<string, number>): Record<string, number> {
  return Object.fromEntries(step.options.map((o) => [o.id, own(allocation, o.id) ?? 0]));
}
