// Where the learner stands in a case: "step k of n", counting the steps already left
// behind plus the path ahead as the engine's transition conditions predict it now.
import { valueAfter, type Evaluation } from '../../engine/evaluate.ts';
import type { PreparedScenario } from '../../engine/prepared.ts';
import { transitionsOf } from '../../engine/scenario/graph.ts';

/** The step ids from `currentId` to the end, taking the first transition whose condition holds. */
export function pathAhead(p: PreparedScenario, currentId: string, evaluation: Evaluation): string[] {
  const indexOf = new Map(p.scenario.steps.map((s, i) => [s.id, i]));
  const path: string[] = [];
  let id: string | undefined = currentId;
  while (id !== undefined && !path.includes(id)) {
    path.push(id);
    const index = indexOf.get(id);
    if (index === undefined) break;
    id = transitionsOf(p.scenario, index).find((t) => t.when === undefined || valueAfter(p, evaluation, t.when) !== 0)?.to;
  }
  return path;
}

export interface StepPosition {
  /** 1-based number of the current step along the learner's path. */
  index: number;
  total: number;
}

export function stepPosition(p: PreparedScenario, trail: readonly string[], currentId: string, evaluation: Evaluation): StepPosition {
  const index = trail.length + 1;
  return { index, total: trail.length + pathAhead(p, currentId, evaluation).length };
}
