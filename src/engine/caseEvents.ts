// Case events (`events:`): news that fires during an attempt when its `when` formula holds
// (and its seeded `chance` draw succeeds). Pure functions the machine calls; same seed ⇒ same events.
import type { Answers } from './answers.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import { evaluateFormula, type FormulaScope } from './expr/index.ts';
import type { Localized } from './locale.ts';
import type { PreparedScenario } from './prepared.ts';
import { createRandom } from './random.ts';

/** An event that fired: at which step, after how many allocate rounds of the attempt. */
export interface FiredEvent {
  id: string;
  step: string;
  round: number;
}

/** Rounds of every allocate step played so far: the `round` an event formula reads. */
export function roundsSoFar(answers: Answers): number {
  return Object.values(answers.allocations).reduce((n, rounds) => n + rounds.length, 0);
}

/** FNV-1a, 32 bits: folds the seed and the check's place into one seed of its own. */
function mix(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * The draw for event `id` checked at (step, round) under `seed`: a stream separate from the
 * model's, so adding events never shifts a model's draws, and independent of check order.
 */
export function eventDraw(seed: number, id: string, step: string, round: number): number {
  return createRandom(mix(`${seed}|${id}|${step}|${round}`)).next();
}

/** A scope that adds `round` to an evaluation's names. */
export function withRound(scope: FormulaScope, round: number): FormulaScope {
  return { get: (name) => (name === 'round' ? round : scope.get(name)), accuracy: scope.accuracy };
}

export interface EventCheckInput {
  params: Record<string, number>;
  answers: Answers;
  seed: number;
  fired: FiredEvent[];
}

/**
 * The events that fire now, at `step`: each not yet fired whose `when` is non-zero and whose
 * chance draw (if any) falls below its `chance`. Each event fires at most once per attempt.
 * Returns the full list (old + new); the same array when nothing fires.
 */
export function checkEvents(p: PreparedScenario, input: EventCheckInput, step: string): FiredEvent[] {
  const events = p.scenario.events ?? [];
  if (events.length === 0) return input.fired;
  const round = roundsSoFar(input.answers);
  let fired = input.fired;
  let evaluation: Evaluation | null = null;
  for (const event of events) {
    if (fired.some((f) => f.id === event.id)) continue;
    // Re-evaluated after each firing, so a later event sees an earlier one's effects.
    evaluation ??= evaluate(p, { params: input.params, answers: input.answers, seed: input.seed, fired });
    const scope = withRound(evaluation.scope, round);
    const value = (source: string | number) => {
      const result = evaluateFormula(p.formula(source), scope);
      return result.ok ? result.value : 0;
    };
    if (value(event.when) === 0) continue;
    if (event.chance !== undefined && !(eventDraw(input.seed, event.id, step, round) < value(event.chance))) continue;
    fired = [...fired, { id: event.id, step, round }];
    evaluation = null;
  }
  return fired;
}

/** What a chart needs to mark fired events: the round (its x) and the card's title. */
export function eventMarkers(p: PreparedScenario, fired: FiredEvent[]): { id: string; step: string; round: number; title: Localized }[] {
  return fired.flatMap((f) => {
    const event = p.scenario.events?.find((e) => e.id === f.id);
    return event ? [{ ...f, title: event.title }] : [];
  });
}

/** The news card of a fired event (title and body in both languages), for the player. */
export function eventCard(p: PreparedScenario, id: string): { title: Localized; body: Localized | null } | null {
  const event = p.scenario.events?.find((e) => e.id === id);
  return event ? { title: event.title, body: event.body ?? null } : null;
}
