// Checks drafts as the teacher types: in a Web Worker when the browser has one, on the main
// thread otherwise (tests, a worker that fails to load). One check runs at a time and only
// the newest waiting text is checked next. Each round trip is recorded with the User Timing
// API as `author:check` (detail: bytes, the worker's own ms) for the performance panel.
import { analyseDraft, type DraftAnalysis } from './analyseDraft.ts';

export interface CheckRequest {
  id: number;
  text: string;
}
export type CheckResponse = { id: number; ok: true; analysis: DraftAnalysis } | { id: number; ok: false; message: string };

export const CHECK_MEASURE = 'author:check';

function failedAnalysis(text: string, message: string): DraftAnalysis {
  return {
    text,
    issues: [{ code: 'invalid', params: { detail: message }, path: [], line: 1, col: 1 }],
    scenario: null,
    editable: { ok: false, reason: 'broken-yaml' },
    ms: 0,
  };
}

function startCheckWorker(): Worker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
}

export class DraftChecker {
  readonly #onResult: (analysis: DraftAnalysis) => void;
  #worker: Worker | null = null;
  #nextId = 1;
  #inFlight: { id: number; text: string; sentAt: number } | null = null;
  #waiting: string | null = null;
  #isDisposed = false;

  constructor(onResult: (analysis: DraftAnalysis) => void, createWorker: (() => Worker) | null = typeof Worker === 'undefined' ? null : startCheckWorker) {
    this.#onResult = onResult;
    if (!createWorker) return;
    try {
      const worker = createWorker();
      worker.onmessage = (event: MessageEvent<CheckResponse>) => this.#receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.#fallBack();
      };
      this.#worker = worker;
    } catch {
      this.#worker = null;
    }
  }

  /** Whether checks run in a worker (false: on this thread, in tests or without Worker). */
  get hasWorker(): boolean {
    return this.#worker !== null;
  }

  request(text: string): void {
    if (this.#isDisposed) return;
    if (this.#inFlight) {
      this.#waiting = text;
      return;
    }
    this.#send(text);
  }

  dispose(): void {
    this.#isDisposed = true;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #send(text: string): void {
    const id = this.#nextId++;
    this.#inFlight = { id, text, sentAt: performance.now() };
    if (this.#worker) this.#worker.postMessage({ id, text } satisfies CheckRequest);
    else setTimeout(() => this.#receive(this.#checkHere(id, text)), 0);
  }

  #checkHere(id: number, text: string): CheckResponse {
    try {
      return { id, ok: true, analysis: analyseDraft(text) };
    } catch (error) {
      return { id, ok: false, message: String((error as Error)?.message ?? error) };
    }
  }

  #receive(response: CheckResponse): void {
    const sent = this.#inFlight;
    if (this.#isDisposed || !sent || response.id !== sent.id) return;
    this.#inFlight = null;
    // A check that failed in the worker is not tried again here: whatever broke it (a stack
    // overflow, a huge file) would block typing. The teacher sees it as a problem instead.
    const result: CheckResponse = response.ok ? response : { id: response.id, ok: true, analysis: failedAnalysis(sent.text, response.message) };
    if (result.ok) {
      try {
        performance.measure(CHECK_MEASURE, { start: sent.sentAt, detail: { bytes: sent.text.length, workerMs: Math.round(result.analysis.ms) } });
      } catch {
        // User Timing unavailable: nothing to record
      }
      this.#onResult(result.analysis);
    }
    const next = this.#waiting;
    this.#waiting = null;
    if (next !== null && !this.#isDisposed) this.#send(next);
  }

  #fallBack(): void {
    this.#worker?.terminate();
    this.#worker = null;
    const stranded = this.#inFlight;
    if (stranded) {
      this.#inFlight = null;
      this.#waiting ??= stranded.text;
      const next = this.#waiting;
      this.#waiting = null;
      this.#send(next);
    }
  }
}
