// Saves an attempt through the store as it is played: the first accepted event starts the
// attempt record, every event after it is appended with the saved attempt (the codec's form), and a
// RESET (Restart, Try again) starts a new attempt. Writes run one after another.
import type { SavedAttempt } from '../../engine/attempt/index.ts';
import type { PlayEvent } from '../../engine/machine/events.ts';
import type { Progress } from '../../store/progress.ts';
import type { PersistInfo, SessionPersistence } from './session.svelte.ts';

export type AttemptStore = Pick<Progress, 'startAttempt' | 'recordEvent'>;

export class AttemptRecorder implements SessionPersistence {
  #attemptId: string | null;
  #writes: Promise<void> = Promise.resolve();
  readonly #store: AttemptStore;
  readonly #scenario: { id: string; version: number };

  /** `attemptId`: the attempt being continued, or null to start one at the first event. */
  constructor(store: AttemptStore, scenario: { id: string; version: number }, attemptId: string | null = null) {
    this.#store = store;
    this.#scenario = scenario;
    this.#attemptId = attemptId;
  }

  get attemptId(): string | null {
    return this.#attemptId;
  }

  onEvent(event: PlayEvent, snapshot: SavedAttempt, info: PersistInfo): void {
    this.#writes = this.#writes
      .then(() => this.#save(event, snapshot, info))
      // The store reports failures itself (storage notice); the next event tries again.
      .catch(() => undefined);
  }

  /** Resolves when every event so far has been handed to the store. */
  settled(): Promise<void> {
    return this.#writes;
  }

  async #save(event: PlayEvent, snapshot: SavedAttempt, info: PersistInfo): Promise<void> {
    if (event.type === 'RESET' || this.#attemptId === null) {
      const attempt = await this.#store.startAttempt({
        scenarioId: this.#scenario.id,
        scenarioVersion: this.#scenario.version,
        seed: snapshot.seed,
        snapshot,
        stepId: info.stepId,
      });
      this.#attemptId = attempt.id;
      // A new attempt starts at the first step: the RESET itself is not part of its log.
      if (event.type === 'RESET') return;
    }
    await this.#store.recordEvent(this.#attemptId, event, {
      snapshot,
      stepId: info.stepId,
      finished: info.finished,
      ...(info.scores ? { scores: info.scores } : {}),
    });
  }
}
