// Headless play: drives a scenario's actor from a list of decisions (or each step's
// default) to its debrief. The CLI prints its result; tests assert on it.
import { createActor } from 'xstate';
import { defaultAllocation, defaultChoice, defaultEstimate } from './answers.ts';
import { evaluateContext } from './machine/context.ts';
import { createScenarioMachine } from './machine/compile.ts';
import type { PlayEvent } from './machine/events.ts';
import type { PreparedScenario } from './prepared.ts';
import type { Evaluation } from './evaluate.ts';
import { playMessage, type PlayProblem } from './playMessages.ts';
import { hasOwnKey } from './own.ts';

/** One entry of a decisions file: `{ step, choose | estimate | allocate }`. */
export interface DecisionEntry {
  step: string;
  choose?: string | string[];
  estimate?: number;
  allocate?: Record<string, number>;
}

export interface HeadlessResult {
  path: string[];
  events: PlayEvent[];
  evaluation: Evaluation;
  params: Record<string, number>;
}

/** A decisions file or a play that cannot go on; `problems` render in either language. */
export class PlayError extends Error {
  constructor(readonly problems: PlayProblem[]) {
    super(problems.map((p) => playMessage(p, 'en')).join('\n'));
  }
}

const MAX_EVENTS = 10_000;

/** Checks the decisions against the scenario before anything is played. */
export function checkDecisions(p: PreparedScenario, entries: DecisionEntry[]): PlayProblem[] {
  const problems: PlayProblem[] = [];
  entries.forEach((e, i) => {
    const step = p.steps.get(e.step);
    const at = { n: i + 1, step: String(e.step) };
    const push = (code: string, more: Record<string, string | number> = {}) => problems.push({ code, params: { ...at, ...more } });
    if (!step) return push('no-such-step');
    if (step.kind === 'choice') {
      const ids = new Set(step.options.map((o) => o.id));
      const chosen = [e.choose ?? []].flat();
      if (chosen.length === 0) push('needs-choose');
      if (chosen.length > 1 && !step.multiple) push('single-takes-one');
      for (const id of chosen) if (!ids.has(id)) push('unknown-option', { option: id });
    } else if (step.kind === 'estimate') {
      if (typeof e.estimate !== 'number' || e.estimate < step.min || e.estimate > step.max) push('estimate-range', { min: step.min, max: step.max });
    } else if (step.kind === 'allocate') {
      const shares = e.allocate ?? {};
      const ids = new Set(step.options.map((o) => o.id));
      for (const id of Object.keys(shares)) if (!ids.has(id)) push('unknown-option', { option: id });
      const sum = Object.values(shares).reduce((a, b) => a + b, 0);
      if (Object.values(shares).some((x) => typeof x !== 'number' || x < 0) || Math.abs(sum - 1) > 1e-6) push('shares-sum', { sum });
    } else push('no-decision', { kind: step.kind });
  });
  return problems;
}

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
    const step = p.steps.get(stepId)!;
    const decided = step.kind === 'choice' ? hasOwnKey(snapshot.context.answers.choices, stepId)
      : step.kind === 'estimate' ? hasOwnKey(snapshot.context.answers.estimates, stepId)
      : step.kind === 'allocate' ? !snapshot.context.roundOpen : true;
    if (!decided) {
      const event = decisionEvent(p, stepId, take(stepId));
      if (event) send(event);
    }
    const before = actor.getSnapshot();
    send({ type: 'NEXT' });
    const after = actor.getSnapshot();
    if (after === before) throw new PlayError([{ code: 'stuck', params: { step: stepId } }]);
    if (after.value !== before.value) path.push(String(after.value));
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  if (!context.finished) throw new PlayError([{ code: 'no-debrief', params: { max: MAX_EVENTS } }]);
  return { path, events, evaluation: evaluateContext(p, context), params: context.params };
}
