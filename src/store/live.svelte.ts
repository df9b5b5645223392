// Live queries as Svelte 5 reactive values: reading `.current` inside an effect or template
// subscribes; when the last reader goes away the subscription ends (createSubscriber).
import { createSubscriber } from 'svelte/reactivity';
import type { Attempt } from './types.ts';
import { progress as defaultProgress, type Progress } from './progress.ts';

/** A source in the shape of our stores' `watch`: call back on each value, return a stop. */
export type Subscribe<T> = (next: (value: T) => void, error: (reason: unknown) => void) => () => void;

export class LiveValue<T> {
  #current = $state.raw<T>() as T;
  #isLoaded = $state(false);
  #error = $state.raw<unknown>(null);
  #subscribe: () => void;

  constructor(source: Subscribe<T>, initial: T) {
    this.#current = initial;
    this.#subscribe = createSubscriber((update) => {
      const stop = source(
        (value) => {
          this.#current = value;
          this.#isLoaded = true;
          this.#error = null;
          update();
        },
        (reason) => {
          this.#error = reason;
          update();
        },
      );
      return stop;
    });
  }

  /** The latest value; `initial` until the first one arrives (asynchronously). */
  get current(): T {
    this.#subscribe();
    return this.#current;
  }

  /** False until the first value has arrived, so a page can say "loading" not "empty". */
  get isLoaded(): boolean {
    this.#subscribe();
    return this.#isLoaded;
  }

  get error(): unknown {
    this.#subscribe();
    return this.#error;
  }
}

/** Every attempt, newest first, kept current across tabs. */
export function liveAttempts(progress: Progress = defaultProgress): LiveValue<Attempt[]> {
  return new LiveValue<Attempt[]>((next, error) => progress.watchAttempts(next, error), []);
}
