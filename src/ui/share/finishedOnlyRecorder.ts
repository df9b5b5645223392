// Saving a shared case whose id is also a shipped case's: the attempt is written only once
// it reaches the debrief (with every event of the way), so no unfinished attempt is left for
// the shipped case's page to take for its own and continue with different content.
import type { SavedAttempt } from '../../engine/attempt/index.ts';
import type { PlayEvent } from '../../engine/machine/events.ts';
import type { PersistInfo, SessionPersistence } from '../player/session.svelte.ts';

type Recorded = [event: PlayEvent, snapshot: SavedAttempt, info: PersistInfo];

export class FinishedOnlyRecorder implements SessionPersistence {
  readonly #startRecorder: () => SessionPersistence;
  #waiting: Recorded[] = [];
  #recorder: SessionPersistence | null = null;

  /** `startRecorder`: a recorder that starts a new attempt at its first event (AttemptRecorder). */
  constructor(startRecorder: () => SessionPersistence) {
    this.#startRecorder = startRecorder;
  }

  onEvent(event: PlayEvent, snapshot: SavedAttempt, info: PersistInfo): void {
    if (event.type === 'RESET') {
      // Starting over: what was played so far is dropped, as it was never saved.
      this.#waiting = [];
      this.#recorder = null;
      return;
    }
    if (this.#recorder) return this.#recorder.onEvent(event, snapshot, info);
    this.#waiting.push([event, snapshot, info]);
    if (!info.finished) return;
    this.#recorder = this.#startRecorder();
    for (const recorded of this.#waiting) this.#recorder.onEvent(...recorded);
    this.#waiting = [];
  }
}
