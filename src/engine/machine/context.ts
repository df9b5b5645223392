// The attempt's data as the machine keeps it, and the pure functions that change it.
// Everything here is plain JSON, so a persisted snapshot restores exactly.
import { allocationProblem, completeAllocation, emptyAnswers, isAnswered, type Answers } from '../answers.ts';
import { evaluate, valueAfter, type Evaluation } from '../evaluate.ts';
import { normalizeSeed } from '../random.ts';
import { resolveParams, type PreparedScenario } from '../prepared.ts';
import type { Step } from '../scenario/schema.ts';
import { checkEvents, type FiredEvent } from '../caseEvents.ts';

/** The context with the events that fire now at `step` (unchanged when none does). */
export function withEventsChecked(p: PreparedScenario, c: PlayContext, step: string): PlayContext {
  const before = c.fired ?? [];
  const fired = checkEvents(p, { params: c.params, answers: c.answers, seed: c.seed, fired: before }, step);
  return fired === before ? c : { ...c, fired };
}

export interface PlayInput {
  seed: number;
  /** Parameter values for this attempt (class presets); missing ones take their defaults. */
  params?: Record<string, number>;
}

export interface PlayContext {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  /** The attempt's parameters: fixed for scoring. */
  params: Record<string, number>;
  /** Values moved in sandbox steps: for exploring only, never scored. */
  explore: Record<string, number>;
  answers: Answers;
  /** Steps left behind, most recent last: BACK returns to the last one. */
  trail: string[];
  /** An allocate step with rounds: true while the current round waits for its shares. */
  roundOpen: boolean;
  finished: boolean;
  /** Case events fired so far, in order (see caseEvents.ts). */
  fired: FiredEvent[];
}

export function initialContext(p: PreparedScenario, input: PlayInput): PlayContext {
  return {
    scenarioId: p.scenario.id,
    scenarioVersion: p.scenario.version,
    seed: normalizeSeed(input.seed),
    params: resolveParams(p.scenario, input.params),
    explore: {},
    answers: emptyAnswers(),
    trail: [],
    roundOpen: true,
    finished: false,
    fired: [],
  };
}

/** The attempt's numbers as they stand (unanswered steps count at their defaults in formulas). */
export function evaluateContext(p: PreparedScenario, c: PlayContext): Evaluation {
  return evaluate(p, { params: c.params, answers: c.answers, seed: c.seed, fired: c.fired ?? [] });
}

/** The numbers a sandbox step shows: the attempt with the explored values on top. */
export function evaluateExplored(p: PreparedScenario, c: PlayContext): Evaluation {
  return evaluate(p, { params: { ...c.params, ...c.explore }, answers: c.answers, seed: c.seed, fired: c.fired ?? [] });
}

export function roundsOf(p: PreparedScenario, c: PlayContext, step: Step): number {
  if (step.kind !== 'allocate' || step.rounds === undefined) return 1;
  return Math.max(1, Math.round(valueAfter(p, evaluateContext(p, c), step.rounds)));
}

export function roundsPlayed(c: PlayContext, stepId: string): number {
  return c.answers.allocations[stepId]?.length ?? 0;
}

/** Whether NEXT_ROUND may open another round of `step`: the last one is played and more remain. */
export function roundRemains(p: PreparedScenario, c: PlayContext, step: Step): boolean {
  return step.kind === 'allocate' && !c.roundOpen && roundsPlayed(c, step.id) < roundsOf(p, c, step);
}

export function isValidChoice(step: Step, c: PlayContext, option: string | string[]): boolean {
  if (step.kind !== 'choice' || step.id in c.answers.choices) return false;
  const chosen = [option].flat();
  const ids = new Set(step.options.map((o) => o.id));
  if (chosen.length === 0 || new Set(chosen).size !== chosen.length || !chosen.every((id) => ids.has(id))) return false;
  return step.multiple === true || chosen.length === 1;
}

export function isValidEstimate(step: Step, c: PlayContext, value: unknown): boolean {
  return step.kind === 'estimate' && !(step.id in c.answers.estimates) && typeof value === 'number' &&
    Number.isFinite(value) && value >= step.min && value <= step.max;
}

export function isValidAllocation(p: PreparedScenario, step: Step, c: PlayContext, allocation: unknown): boolean {
  if (step.kind !== 'allocate' || !c.roundOpen || !allocation || typeof allocation !== 'object') return false;
  if (roundsPlayed(c, step.id) >= roundsOf(p, c, step)) return false;
  return allocationProblem(step, allocation as Record<string, number>) === null;
}

export function withChoice(c: PlayContext, stepId: string, option: string | string[]): PlayContext {
  const answers = { ...c.answers, choices: { ...c.answers.choices, [stepId]: [option].flat() }, order: [...c.answers.order, stepId] };
  return { ...c, answers };
}

export function withEstimate(c: PlayContext, stepId: string, value: number): PlayContext {
  const answers = { ...c.answers, estimates: { ...c.answers.estimates, [stepId]: value }, order: [...c.answers.order, stepId] };
  return { ...c, answers };
}

export function withAllocation(step: Extract<Step, { kind: 'allocate' }>, c: PlayContext, allocation: Record<string, number>): PlayContext {
  const rounds = [...(c.answers.allocations[step.id] ?? []), completeAllocation(step, allocation)];
  const order = c.answers.order.includes(step.id) ? c.answers.order : [...c.answers.order, step.id];
  return { ...c, roundOpen: false, answers: { ...c.answers, allocations: { ...c.answers.allocations, [step.id]: rounds }, order } };
}

/** Whether `step` waits for the learner's answer now: an unanswered choice or estimate, an open round. */
export function awaitsAnswer(p: PreparedScenario, c: PlayContext, step: Step): boolean {
  if (step.kind === 'choice' || step.kind === 'estimate') return !isAnswered(c.answers, step);
  return step.kind === 'allocate' && c.roundOpen && roundsPlayed(c, step.id) < roundsOf(p, c, step);
}

/** Whether the learner may leave `step` forward: answered, and every round played. */
export function isComplete(p: PreparedScenario, step: Step, c: PlayContext): boolean {
  if (step.kind === 'choice' || step.kind === 'estimate') return isAnswered(c.answers, step);
  // Every round played is enough: returning to the step by BACK reopens nothing.
  if (step.kind === 'allocate') return roundsPlayed(c, step.id) >= roundsOf(p, c, step);
  return step.kind !== 'debrief';
}
