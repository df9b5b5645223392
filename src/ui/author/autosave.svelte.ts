// Saving a draft as the teacher types: each change waits for a short pause (so typing is
// one write, not hundreds), writes go out one after another, and leaving the page flushes
// whatever is still waiting. The status is for the small "Saved" note beside the editor.
import type { DraftStore } from './draftStore.ts';

export const SAVE_DELAY_MS = 500;
export const SaveStatusValues = ['saved', 'pending', 'saving', 'failed'] as const;
export type SaveStatus = (typeof SaveStatusValues)[number];

export class Autosaver {
  status = $state<SaveStatus>('saved');
  readonly #store: Pick<DraftStore, 'saveDraft'>;
  readonly #id: string;
  readonly #titleOf: (text: string) => string;
  #waiting: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writes: Promise<void> = Promise.resolve();

  constructor(store: Pick<DraftStore, 'saveDraft'>, id: string, titleOf: (text: string) => string) {
    this.#store = store;
    this.#id = id;
    this.#titleOf = titleOf;
  }

  /** Saves `text` after the pause, unless a newer text comes first. */
  schedule(text: string): void {
    this.#waiting = text;
    this.status = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes what is waiting now; resolves when every write so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const text = this.#waiting;
    this.#waiting = null;
    if (text !== null) {
      this.#writes = this.#writes.then(async () => {
        this.status = 'saving';
        try {
          await this.#store.saveDraft({ id: this.#id, title: this.#titleOf(text), text });
          if (this.#waiting === null) this.status = 'saved';
        } catch {
          this.status = 'failed';
          // Keep the text so the next change (or leaving the page) tries again.
          this.#waiting ??= text;
        }
      });
    }
    return this.#writes;
  }
}
