// Checks a saved attempt against its case and rebuilds the machine's context from it: the
// answers are replayed in the order they were given through the machine's own checks
// (context.ts), the path is walked along the case's transitions, and the scores come from
// the replayed answers. Anything that does not replay is refused, never guessed at.
import { own } from '../own.ts';
import { isAnswered } from '../answers.ts';
import { initialContext, isComplete, isValidAllocation, isValidChoice, isValidEstimate, withAllocation, withChoice, withEstimate, type PlayContext } from '../machine/context.ts';
import { isSettableValue } from '../parameters.ts';
import type { PreparedScenario } from '../prepared.ts';
import { transitionsOf } from '../scenario/graph.ts';
import type { AttemptNotice, AttemptProblem } from './messages.ts';
import type { SavedAttempt } from './savedAttempt.ts';
import { firedAlongPath } from './firedAlongPath.ts';

type Replayed = { ok: true; context: PlayContext; notices: AttemptNotice[] } | { ok: false; problem: AttemptProblem };

/**
 * `strict`: the attempt was saved with this very version of the case, so anything unknown
 * is refused; an attempt from another version may lose values the case no longer has.
 */
export function replaySaved(p: PreparedScenario, s: SavedAttempt, strict: boolean): Replayed {
  const fail = (problem: AttemptProblem): Replayed => ({ ok: false, problem });
  const dropped: string[] = [];
  const parameters = p.scenario.parameters ?? {};

  const params: Record<string, number> = {};
  for (const [name, value] of Object.entries(s.params)) {
    const param = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
    if (!param) {
      if (strict) return fail({ code: 'unknown-param', params: { name } });
      dropped.push(name);
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < param.min || value > param.max) {
      return fail({ code: 'param-value', params: { name } });
    } else params[name] = value;
  }

  let c = initialContext(p, { seed: s.seed, params });
  const { answers } = s;
  if (new Set(answers.order).size !== answers.order.length) return fail({ code: 'bad-field', params: { field: 'answers.order' } });
  for (const id of answers.order) {
    const step = p.steps.get(id);
    if (!step) return fail({ code: 'unknown-step', params: { step: id } });
    const refused = fail({ code: 'bad-answer', params: { step: id } });
    if (step.kind === 'choice') {
      const chosen = own(answers.choices, id);
      if (!chosen || !isValidChoice(step, c, chosen)) return refused;
      c = withChoice(c, id, chosen);
    } else if (step.kind === 'estimate') {
      const value = own(answers.estimates, id);
      if (!isValidEstimate(step, c, value)) return refused;
      c = withEstimate(c, id, value!);
    } else if (step.kind === 'allocate') {
      const rounds = own(answers.allocations, id);
      if (!rounds || rounds.length === 0) return refused;
      for (const round of rounds) {
        c = { ...c, roundOpen: true };
        if (!isValidAllocation(p, step, c, round)) return refused;
        c = withAllocation(step, c, round);
      }
    } else return refused;
  }
  // Every answer is in the order list, once: no answer without its place in time.
  for (const step of p.scenario.steps) {
    const saved = step.id in answers.choices || step.id in answers.estimates || step.id in answers.allocations;
    if (saved && !isAnswered(c.answers, step)) return fail({ code: 'bad-answer', params: { step: step.id } });
  }
  const known = new Set(p.steps.keys());
  for (const id of [...Object.keys(answers.choices), ...Object.keys(answers.estimates), ...Object.keys(answers.allocations)]) {
    if (!known.has(id)) return fail({ code: 'unknown-step', params: { step: id } });
    if (!answers.order.includes(id)) return fail({ code: 'bad-answer', params: { step: id } });
  }

  // The path: from the first step along the case's transitions, each step left complete.
  const path = [...s.trail, s.step];
  for (const id of path) if (!p.steps.has(id)) return fail({ code: 'unknown-step', params: { step: id } });
  const first = p.scenario.steps[0]!.id;
  if (path[0] !== first) return fail({ code: 'path', params: { from: first, to: path[0]! } });
  const indexOf = new Map(p.scenario.steps.map((step, i) => [step.id, i]));
  for (let i = 0; i + 1 < path.length; i += 1) {
    const from = path[i]!;
    const to = path[i + 1]!;
    if (!transitionsOf(p.scenario, indexOf.get(from)!).some((t) => t.to === to)) return fail({ code: 'path', params: { from, to } });
    if (!isComplete(p, p.steps.get(from)!, c)) return fail({ code: 'left-unanswered', params: { step: from } });
  }

  const step = p.steps.get(s.step)!;
  if (step.kind === 'debrief' && !s.finished) return fail({ code: 'debrief-unfinished' });
  // A round is closed only between its shares and "next round": at an allocate step with a round played.
  const played = own(c.answers.allocations, step.id)?.length ?? 0;
  if (!s.roundOpen && (step.kind !== 'allocate' || played === 0)) return fail({ code: 'round-state', params: { step: step.id } });

  const explore: Record<string, number> = {};
  for (const [name, value] of Object.entries(s.explore)) {
    if (isSettableValue(p.scenario, step, name, value)) explore[name] = value;
    else if (strict) return fail({ code: 'explore-value', params: { name } });
    else dropped.push(name);
  }

  const notices: AttemptNotice[] = dropped.length ? [{ code: 'dropped-values', params: { names: dropped.join(', ') } }] : [];
  // Case events are re-derived along the path from the answers, never read from the file.
  const fired = firedAlongPath(p, c, path);
  return { ok: true, context: { ...c, trail: [...s.trail], roundOpen: s.roundOpen, explore, finished: s.finished, fired }, notices };
}
