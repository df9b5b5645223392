// The case as a graph of steps: where each step can go next, and which steps can be
// reached and can still reach a debrief. Used by the validator and the machine compiler.
import type { Scenario, Step, Transition } from './schema.ts';

/** A step's outgoing transitions; a step without `next:` goes to the step below it. */
export function transitionsOf(scenario: Scenario, index: number): Transition[] {
  const step = scenario.steps[index] as Step;
  if (step.kind === 'debrief') return [];
  if (typeof step.next === 'string') return [{ to: step.next }];
  if (Array.isArray(step.next)) return step.next;
  const following = scenario.steps[index + 1];
  return following ? [{ to: following.id }] : [];
}

export interface StepGraph {
  edges: Map<string, string[]>;
  /** Steps that lead into each step: the targets of BACK. */
  predecessors: Map<string, string[]>;
}

export function buildGraph(scenario: Scenario): StepGraph {
  const ids = new Set(scenario.steps.map((s) => s.id));
  const edges = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>(scenario.steps.map((s) => [s.id, []]));
  scenario.steps.forEach((step, i) => {
    const targets = [...new Set(transitionsOf(scenario, i).map((t) => t.to))].filter((t) => ids.has(t));
    edges.set(step.id, targets);
    for (const t of targets) {
      const list = predecessors.get(t) ?? [];
      if (!list.includes(step.id)) list.push(step.id);
      predecessors.set(t, list);
    }
  });
  return { edges, predecessors };
}

function walk(start: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...start];
  while (queue.length) {
    const id = queue.pop() as string;
    for (const n of next(id)) if (!seen.has(n)) (seen.add(n), queue.push(n));
  }
  return seen;
}

export function reachableFromStart(scenario: Scenario, graph: StepGraph): Set<string> {
  const first = scenario.steps[0];
  return first ? walk([first.id], (id) => graph.edges.get(id) ?? []) : new Set();
}

/** Steps from which some debrief can be reached. */
export function canFinish(scenario: Scenario, graph: StepGraph): Set<string> {
  const debriefs = scenario.steps.filter((s) => s.kind === 'debrief').map((s) => s.id);
  return walk(debriefs, (id) => graph.predecessors.get(id) ?? []);
}
