// The case events of a replayed attempt, re-derived from its answers rather than trusted
// from the file: the path is walked as the machine plays it (events checked on entering each
// step and after each allocate round), with only the answers given before each check.
import { own } from '../own.ts';
import { emptyAnswers, type Answers } from '../answers.ts';
import { checkEvents, type FiredEvent } from '../caseEvents.ts';
import type { PlayContext } from '../machine/context.ts';
import type { PreparedScenario } from '../prepared.ts';

/** The answers of `all` for step `id` added to `so far` (rounds up to `rounds`, for allocate steps). */
function withAnswerOf(soFar: Answers, all: Answers, id: string, rounds?: number): Answers {
  const next: Answers = { ...soFar, order: soFar.order.includes(id) ? soFar.order : [...soFar.order, id] };
  if (Object.hasOwn(all.choices, id)) next.choices = { ...soFar.choices, [id]: own(all.choices, id)! };
  if (Object.hasOwn(all.estimates, id)) next.estimates = { ...soFar.estimates, [id]: own(all.estimates, id)! };
  if (Object.hasOwn(all.allocations, id)) next.allocations = { ...soFar.allocations, [id]: own(all.allocations, id)!.slice(0, rounds) };
  return next;
}

/**
 * Events fired along `path` (trail + current step). A learner who went Back may have fired an
 * event on re-entering a step; that re-entry is not in the trail, so it is not re-derived.
 */
export function firedAlongPath(p: PreparedScenario, c: PlayContext, path: string[]): FiredEvent[] {
  if (!(p.scenario.events?.length)) return [];
  let fired: FiredEvent[] = [];
  let answers = emptyAnswers();
  const check = (step: string) => {
    fired = checkEvents(p, { params: c.params, answers, seed: c.seed, fired }, step);
  };
  for (const id of path) {
    check(id);
    const step = p.steps.get(id)!;
    if (step.kind === 'allocate') {
      const played = own(c.answers.allocations, id)?.length ?? 0;
      for (let round = 1; round <= played; round += 1) {
        answers = withAnswerOf(answers, c.answers, id, round);
        check(id);
      }
    } else if (c.answers.order.includes(id)) {
      answers = withAnswerOf(answers, c.answers, id);
    }
  }
  return fired;
}
