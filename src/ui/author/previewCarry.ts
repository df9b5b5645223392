// Keeping the preview's place while the teacher edits: the last snapshot of the preview's
// play is carried into the new version of the case when it still fits (the step exists,
// every answer is still a valid answer); otherwise the preview starts again. Parameters
// always take the new defaults, so an edited default shows at once.
import type { Answers } from '../../engine/answers.ts';
import type { PlayContext } from '../../engine/machine/context.ts';
import { resolveParams, type PreparedScenario } from '../../engine/prepared.ts';
import type { Step } from '../../engine/scenario/schema.ts';
import { hasOwnKey } from '../../engine/own.ts';

interface PersistedShape {
  status?: unknown;
  value?: unknown;
  context?: PlayContext;
}

function isValidAnswer(step: Step | undefined, answers: Answers, id: string): boolean {
  if (!step) return false;
  if (hasOwnKey(answers.choices, id)) {
    const chosen = answers.choices[id]!;
    const ids = new Set(step.kind === 'choice' ? step.options.map((o) => o.id) : []);
    return step.kind === 'choice' && chosen.every((o) => ids.has(o)) && (step.multiple === true || chosen.length === 1);
  }
  if (hasOwnKey(answers.estimates, id)) {
    const value = answers.estimates[id]!;
    return step.kind === 'estimate' && value >= step.min && value <= step.max;
  }
  if (hasOwnKey(answers.allocations, id)) {
    if (step.kind !== 'allocate') return false;
    const ids = step.options.map((o) => o.id).sort().join();
    return answers.allocations[id]!.every((round) => Object.keys(round).sort().join() === ids);
  }
  return true;
}

/** The snapshot to restore into `p`, or null to start the preview from the first step. */
export function carrySnapshot(p: PreparedScenario, persisted: unknown): unknown | null {
  const snapshot = persisted as PersistedShape | null;
  const context = snapshot?.context;
  if (!snapshot || snapshot.status !== 'active' || typeof snapshot.value !== 'string' || !p.steps.has(snapshot.value) || !context?.answers) return null;
  const { answers } = context;
  const answered = [...Object.keys(answers.choices), ...Object.keys(answers.estimates), ...Object.keys(answers.allocations)];
  if (!answered.every((id) => isValidAnswer(p.steps.get(id), answers, id))) return null;
  if (!context.trail.every((id) => p.steps.has(id))) return null;
  const parameters = p.scenario.parameters ?? {};
  const explore = Object.fromEntries(
    Object.entries(context.explore).filter(([name, value]) => {
      const param = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
      return param !== undefined && value >= param.min && value <= param.max;
    }),
  );
  return {
    ...snapshot,
    context: { ...context, scenarioId: p.scenario.id, scenarioVersion: p.scenario.version, params: resolveParams(p.scenario), explore },
  };
}
