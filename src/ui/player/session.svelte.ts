// One attempt at a case as reactive state: a small rune wrapper around the scenario's
// xstate actor (TOOLCHAIN pitfall 4). Components read the engine's session view here and
// call send(); the engine computes everything, and every accepted event is handed to the
// persistence hook with the attempt in its saved form (the engine's attempt codec).
import { createActor, type Actor } from 'xstate';
import { encodeAttempt, type DecodedAttempt, type SavedAttempt } from '../../engine/attempt/index.ts';
import { createScenarioMachine, type ScenarioMachine } from '../../engine/machine/compile.ts';
import type { PlayEvent } from '../../engine/machine/events.ts';
import { restoredActor } from '../../engine/machine/restore.ts';
import { sessionView, type ScenarioSnapshot, type SessionView } from '../../engine/machine/view.ts';
import type { PreparedScenario } from '../../engine/prepared.ts';
import { summarizeScores, type ScoreSummary } from '../../engine/scoring/types.ts';

export interface PersistInfo {
  stepId: string;
  finished: boolean;
  /** The scores once the debrief is reached; null before. */
  scores: ScoreSummary | null;
}

export interface SessionPersistence {
  /** Called after every event the machine accepted, with the attempt as the codec saves it. */
  onEvent(event: PlayEvent, saved: SavedAttempt, info: PersistInfo): void;
}

export interface SessionOptions {
  seed: number;
  params?: Record<string, number>;
  /** A saved attempt to continue from, decoded by the attempt codec. */
  restore?: DecodedAttempt;
  persistence?: SessionPersistence;
}

export class PlaySession {
  readonly prepared: PreparedScenario;
  snapshot = $state.raw<ScenarioSnapshot>() as ScenarioSnapshot;
  readonly #actor: Actor<ScenarioMachine>;
  readonly #persistence: SessionPersistence | undefined;

  /** Where the learner stands, as the engine sees it. */
  readonly view: SessionView = $derived.by(() => sessionView(this.prepared, this.snapshot));

  constructor(prepared: PreparedScenario, options: SessionOptions) {
    this.prepared = prepared;
    this.#persistence = options.persistence;
    const machine = createScenarioMachine(prepared);
    this.#actor = options.restore
      ? restoredActor(machine, options.restore)
      : createActor(machine, { input: { seed: options.seed, params: options.params } });
    this.#actor.subscribe((snapshot) => (this.snapshot = snapshot));
    this.#actor.start();
    this.snapshot = this.#actor.getSnapshot();
  }

  get context() {
    return this.snapshot.context;
  }
  get stepId() {
    return this.view.stepId;
  }
  get step() {
    return this.view.step;
  }
  get evaluation() {
    return this.view.evaluation;
  }
  get explored() {
    return this.view.explored;
  }
  /** BACK and NEXT exactly as the machine accepts them (the machine refuses BACK into played rounds). */
  get canBack() {
    return this.view.canBack;
  }
  get canNext() {
    return this.view.canLeave;
  }
  get position() {
    return this.view.position;
  }

  /** Sends an event; returns whether the machine accepted it (refused events are not saved). */
  send = (event: PlayEvent): boolean => {
    const before = this.#actor.getSnapshot();
    this.#actor.send(event);
    const after = this.#actor.getSnapshot();
    if (after === before) return false;
    this.snapshot = after;
    const finished = after.context.finished;
    this.#persistence?.onEvent(event, encodeAttempt(after), {
      stepId: String(after.value),
      finished,
      scores: finished ? summarizeScores(this.view.evaluation.scores) : null,
    });
    return true;
  };

  stop(): void {
    this.#actor.stop();
  }
}
