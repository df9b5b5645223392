// One attempt at a case as reactive state: a small rune wrapper around the scenario's
// xstate actor (TOOLCHAIN pitfall 4). Components read the snapshot and numbers here and
// call send(); the engine computes everything, and every accepted event is handed to
// the persistence hook so the store can save it.
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createScenarioMachine, type ScenarioMachine } from '../../engine/machine/compile.ts';
import { evaluateContext, evaluateExplored, roundsOf, roundsPlayed } from '../../engine/machine/context.ts';
import type { PlayEvent } from '../../engine/machine/events.ts';
import type { PreparedScenario } from '../../engine/prepared.ts';
import type { Step } from '../../engine/scenario/schema.ts';
import { summarizeScores, type ScoreSummary } from '../../engine/scoring/types.ts';
import { stepPosition } from './position.ts';

export type PlaySnapshot = SnapshotFrom<ScenarioMachine>;

export interface PersistInfo {
  stepId: string;
  finished: boolean;
  /** The scores once the debrief is reached; null before. */
  scores: ScoreSummary | null;
}

export interface SessionPersistence {
  /** Called after every event the machine accepted, with the actor's persisted (plain JSON) snapshot. */
  onEvent(event: PlayEvent, persistedSnapshot: unknown, info: PersistInfo): void;
}

export interface SessionOptions {
  seed: number;
  params?: Record<string, number>;
  /** A persisted snapshot to continue from (a saved attempt). */
  restore?: unknown;
  persistence?: SessionPersistence;
}

export class PlaySession {
  readonly prepared: PreparedScenario;
  snapshot = $state.raw<PlaySnapshot>() as PlaySnapshot;
  readonly #actor: Actor<ScenarioMachine>;
  readonly #persistence: SessionPersistence | undefined;

  readonly stepId = $derived(String(this.snapshot.value));
  readonly step: Step = $derived.by(() => this.prepared.steps.get(this.stepId) as Step);
  /** The attempt's numbers (scored). */
  readonly evaluation = $derived.by(() => evaluateContext(this.prepared, this.snapshot.context));
  /** The numbers with a sandbox step's explored values on top (never scored). */
  readonly explored = $derived.by(() => evaluateExplored(this.prepared, this.snapshot.context));
  /**
   * BACK as the machine allows it, except into an allocate step whose rounds are all
   * played: the engine would accept it but then refuse both SUBMIT and NEXT there.
   */
  readonly canBack = $derived(this.snapshot.can({ type: 'BACK' }));
  readonly canNext = $derived(this.snapshot.can({ type: 'NEXT' }));
  readonly rounds = $derived.by(() => roundsOf(this.prepared, this.snapshot.context, this.step));
  readonly roundsPlayed = $derived(roundsPlayed(this.snapshot.context, this.stepId));
  readonly position = $derived.by(() => stepPosition(this.prepared, this.snapshot.context.trail, this.stepId, this.evaluation));

  constructor(prepared: PreparedScenario, options: SessionOptions) {
    this.prepared = prepared;
    this.#persistence = options.persistence;
    const input = { seed: options.seed, params: options.params };
    const machine = createScenarioMachine(prepared);
    this.#actor = options.restore
      ? createActor(machine, { snapshot: options.restore as PlaySnapshot, input })
      : createActor(machine, { input });
    this.#actor.subscribe((snapshot) => (this.snapshot = snapshot));
    this.#actor.start();
    this.snapshot = this.#actor.getSnapshot();
  }

  get context() {
    return this.snapshot.context;
  }

  /** Sends an event; returns whether the machine accepted it (refused events are not saved). */
  send = (event: PlayEvent): boolean => {
    const before = this.#actor.getSnapshot();
    this.#actor.send(event);
    const after = this.#actor.getSnapshot();
    if (after === before) return false;
    this.snapshot = after;
    const finished = after.context.finished;
    this.#persistence?.onEvent(event, this.#actor.getPersistedSnapshot(), {
      stepId: String(after.value),
      finished,
      scores: finished ? summarizeScores(evaluateContext(this.prepared, after.context).scores) : null,
    });
    return true;
  };

  stop(): void {
    this.#actor.stop();
  }
}
