// Headless play: drives a scenario's actor from a list of decisions (or each step's
// default) to its debrief. The CLI prints its result; tests assert on it.
import { createActor } from 'xstate';
import { defaultAllocation, defaultChoice, defaultEstimate } from './answers.ts';
import { awaitsAnswer, evaluateContext } from './machine/context.ts';
import { createScenarioMachine } from './machine/compile.ts';
import type { PlayEvent } from './machine/events.ts';
import type { PreparedScenario } from './prepared.ts';
import type { Evaluation } from './evaluate.ts';
import { playMessage, type PlayProblem } from './playMessages.ts';
import { checkDecisions, type DecisionEntry } from './decisions.ts';

export { checkDecisions, type DecisionEntry };

export interface HeadlessResult {
  path: string[];
  events: PlayEvent[];
  evaluation: Evaluation;
  params: Record<string, number>;
  /** Events fired during the play, in order (see events.ts). */
  firedEvents: { id: string; step: string; round: number }[];
}

/** A decisions file or a play that cannot go on; `problems` render in either language. */
export class PlayError extends Error {
  constructor(readonly problems: PlayProblem[]) {
    super(problems.map((p) => playMessage(p, 'en')).join('\n'));
  }
}

const MAX_EVENTS = 10_000;

function decisionEvent(p: PreparedScenario, stepId: string, entry: DecisionEntry | undefined): PlayEvent | null {
  const step = p.steps.get(stepId)!;
  if (step.kind === 'choice') {
    const chosen = entry?.choose ?? defaultChoice(step);
    return { type: 'CHOOSE', option: step.multiple ? [chosen].flat() : [chosen].flat()[0]! };
  }
  if (step.kind === 'estimate') return { type: 'SUBMIT', value: entry?.estimate ?? defaultEstimate(step) };
  if (step.kind === 'allocate') return { type: 'SUBMIT', allocation: entry?.allocate ?? defaultAllocation(step) };
  return null;
}

export function playHeadless(
  p: PreparedScenario,
  options: { seed: number; params?: Record<string, number>; decisions?: DecisionEntry[] },
): HeadlessResult {
  const problems = checkDecisions(p, options.decisions ?? []);
  if (problems.length) throw new PlayError(problems);
  const queues = new Map<string, DecisionEntry[]>();
  for (const e of options.decisions ?? []) queues.set(e.step, [...(queues.get(e.step) ?? []), e]);
  const take = (stepId: string) => {
    const queue = queues.get(stepId);
    // Entries are taken in order; the last one repeats when they run out.
    return queue && queue.length > 1 ? queue.shift() : queue?.[0];
  };

  const actor = createActor(createScenarioMachine(p), { input: { seed: options.seed, params: options.params } }).start();
  const events: PlayEvent[] = [];
  const send = (event: PlayEvent) => (events.push(event), actor.send(event));
  const path: string[] = [String(actor.getSnapshot().value)];
  while (events.length < MAX_EVENTS) {
    const snapshot = actor.getSnapshot();
    const stepId = String(snapshot.value);
    if (snapshot.context.finished) break;
    if (awaitsAnswer(p, snapshot.context, p.steps.get(stepId)!)) {
      const event = decisionEvent(p, stepId, take(stepId));
      if (event) send(event);
    }
    const before = actor.getSnapshot();
    send(before.can({ type: 'NEXT_ROUND' }) ? { type: 'NEXT_ROUND' } : { type: 'NEXT' });
    const after = actor.getSnapshot();
    if (after === before) throw new PlayError([{ code: 'stuck', params: { step: stepId } }]);
    if (after.value !== before.value) path.push(String(after.value));
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  if (!context.finished) throw new PlayError([{ code: 'no-debrief', params: { max: MAX_EVENTS } }]);
  return { path, events, evaluation: evaluateContext(p, context), params: context.params, firedEvents: context.fired.map((f) => ({ id: f.id, step: f.step, round: f.round })) };
}

/** Headless play of a list of decisions (unlisted steps at their defaults), as the format plan names it. */
export function playDecisions(p: PreparedScenario, decisions: DecisionEntry[], options: { seed: number; params?: Record<string, number> }): HeadlessResult {
  return playHeadless(p, { ...options, decisions });
}
