// Runs sensitivity sweeps for the sandbox: in a Web Worker where the browser has one, on the
// main thread otherwise (tests, a worker that fails to start). Only the latest request counts.
import type { PreparedScenario } from '../../engine/prepared.ts';
import { sensitivity, type SensitivityResult } from '../../engine/sensitivity.ts';
import type { SweepInput, SweepRequest, SweepResponse } from './sweepProtocol.ts';

/** The bundled worker (Vite turns this `new Worker(new URL(…))` into its own chunk). */
function startSweepWorker(): Worker {
  return new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });
}

export class SensitivitySweeper {
  #prepared: PreparedScenario;
  #onResult: (result: SensitivityResult, input: SweepInput) => void;
  #worker: Worker | null = null;
  #nextId = 1;
  /** The request the worker is working on, and the newest one waiting behind it. */
  #inFlight: { id: number; input: SweepInput } | null = null;
  #waiting: SweepInput | null = null;
  #fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  #isDisposed = false;

  constructor(
    prepared: PreparedScenario,
    onResult: (result: SensitivityResult, input: SweepInput) => void,
    createWorker: (() => Worker) | null = typeof Worker === 'undefined' ? null : startSweepWorker,
  ) {
    this.#prepared = prepared;
    this.#onResult = onResult;
    if (createWorker) this.#startWorker(createWorker);
  }

  /** Asks for a sweep; a request still waiting is replaced, one running finishes first. */
  request(input: SweepInput): void {
    if (this.#isDisposed) return;
    if (!this.#worker) return this.#runHere(input);
    if (this.#inFlight) {
      this.#waiting = input;
      return;
    }
    this.#send(input);
  }

  dispose(): void {
    this.#isDisposed = true;
    clearTimeout(this.#fallbackTimer);
    this.#worker?.terminate();
    this.#worker = null;
  }

  #startWorker(createWorker: () => Worker): void {
    try {
      const worker = createWorker();
      worker.onmessage = (event: MessageEvent<SweepResponse>) => this.#receive(event.data);
      // A worker that cannot load (blocked, unsupported): carry on without it.
      worker.onerror = (event) => {
        event.preventDefault();
        this.#fallBack();
      };
      worker.postMessage({ type: 'scenario', scenario: this.#prepared.scenario } satisfies SweepRequest);
      this.#worker = worker;
    } catch {
      this.#worker = null;
    }
  }

  #send(input: SweepInput): void {
    const id = this.#nextId++;
    this.#inFlight = { id, input };
    this.#worker?.postMessage({ type: 'sweep', id, ...input } satisfies SweepRequest);
  }

  #receive(response: SweepResponse): void {
    if (this.#isDisposed || response.id !== this.#inFlight?.id) return;
    const answered = this.#inFlight.input;
    this.#inFlight = null;
    if (!response.ok) {
      this.#waiting ??= answered;
      return this.#fallBack();
    }
    // Shown even when newer values wait: during a long drag the chart keeps moving.
    this.#onResult(response.result, answered);
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#send(next);
  }

  #fallBack(): void {
    const pending = this.#waiting ?? this.#inFlight?.input ?? null;
    this.#worker?.terminate();
    this.#worker = null;
    this.#inFlight = null;
    this.#waiting = null;
    if (pending) this.#runHere(pending);
  }

  /** Main thread: after the current task, so a burst of requests runs once. */
  #runHere(input: SweepInput): void {
    clearTimeout(this.#fallbackTimer);
    this.#fallbackTimer = setTimeout(() => {
      if (!this.#isDisposed) this.#onResult(sensitivity(this.#prepared, input), input);
    }, 0);
  }
}
