// A breadth-first walk over a scenario's machine, trying every option of every choice and
// several allocations, to find which steps a learner can actually reach.
import { createActor, type SnapshotFrom } from 'xstate';
import { defaultAllocation, defaultEstimate } from '../../../src/engine/answers.ts';
import { createScenarioMachine, type ScenarioMachine } from '../../../src/engine/machine/compile.ts';
import type { PlayEvent } from '../../../src/engine/machine/events.ts';
import type { PreparedScenario } from '../../../src/engine/prepared.ts';

type Snapshot = SnapshotFrom<ScenarioMachine>;

function candidateEvents(p: PreparedScenario, snapshot: Snapshot): PlayEvent[][] {
  const step = p.steps.get(String(snapshot.value))!;
  const c = snapshot.context;
  if (step.kind === 'choice' && !(step.id in c.answers.choices)) {
    const singles = step.options.map((o) => (step.multiple ? [o.id] : o.id));
    const all = step.multiple ? [step.options.map((o) => o.id)] : [];
    return [...singles, ...all].map((option) => [{ type: 'CHOOSE', option }, { type: 'NEXT' }]);
  }
  if (step.kind === 'estimate' && !(step.id in c.answers.estimates)) {
    return [step.min, defaultEstimate(step), step.max].map((value) => [{ type: 'SUBMIT', value }, { type: 'NEXT' }]);
  }
  if (step.kind === 'allocate' && c.roundOpen) {
    // Branch on the first round only: later rounds repeat the default, or the walk explodes.
    const allIn = (c.answers.allocations[step.id]?.length ?? 0) === 0 ? step.options.map((o) => ({ [o.id]: 1 })) : [];
    return [defaultAllocation(step), ...allIn].map((allocation) => [{ type: 'SUBMIT', allocation }, { type: 'NEXT_ROUND' }, { type: 'NEXT' }]);
  }
  return [[{ type: 'NEXT' }]];
}

/** Step ids reached, exploring at most `limit` distinct states. States that arrive at a step not yet
 *  seen are explored first, so a long chain of choices (eight cards of four options: 4^8 states) is
 *  walked to its end within the limit instead of breadth-first through every combination. */
export function reachableSteps(p: PreparedScenario, limit = 3000): Set<string> {
  const machine = createScenarioMachine(p);
  const start = createActor(machine, { input: { seed: 1 } }).start().getPersistedSnapshot();
  const fresh: unknown[] = [start];
  const queue: unknown[] = [];
  const seen = new Set<string>();
  const reached = new Set<string>();
  const queued = new Set<string>();
  // Stop as soon as every step has been reached: nothing more can be learned.
  while ((fresh.length || queue.length) && seen.size < limit && reached.size < p.steps.size) {
    const saved = fresh.length ? fresh.shift() : queue.shift();
    const key = JSON.stringify(saved);
    if (seen.has(key)) continue;
    seen.add(key);
    const probe = createActor(machine, { snapshot: saved as never, input: { seed: 1 } }).start();
    const snapshot = probe.getSnapshot();
    reached.add(String(snapshot.value));
    probe.stop();
    if (snapshot.context.finished) continue;
    for (const events of candidateEvents(p, snapshot)) {
      const actor = createActor(machine, { snapshot: saved as never, input: { seed: 1 } }).start();
      for (const e of events) actor.send(e);
      const step = String(actor.getSnapshot().value);
      (queued.has(step) ? queue : fresh).push(actor.getPersistedSnapshot());
      queued.add(step);
      actor.stop();
    }
  }
  return reached;
}
