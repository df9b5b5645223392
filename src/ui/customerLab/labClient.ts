// The page's side of the worker: one promise per request, progress reported as it comes.
// Without a Worker (tests, a worker that fails to start) the same handler runs here.
import { LabSession } from '../../engine/customers/session.ts';
import { handleLabRequest } from './labHandler.ts';
import type { LabReply, LabRequest } from './labProtocol.ts';

type Bodies<R> = R extends unknown ? Omit<R, 'id'> : never;
/** A request without its id: the client numbers them. */
export type LabRequestBody = Bodies<LabRequest>;
type Pending = { message: LabRequest; resolve: (reply: LabReply) => void; onProgress?: (fraction: number) => void };

function startWorker(): Worker {
  return new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
}

export class LabClient {
  #worker: Worker | null = null;
  #local: LabSession | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(createWorker: (() => Worker) | null = typeof Worker === 'undefined' ? null : startWorker) {
    if (!createWorker) return;
    try {
      this.#worker = createWorker();
      this.#worker.onmessage = (event: MessageEvent<LabReply>) => this.#receive(event.data);
      // A worker that cannot start (blocked, failed to load): answer here instead, including
      // whatever was already sent to it.
      this.#worker.onerror = (event) => {
        event.preventDefault();
        this.#worker?.terminate();
        this.#worker = null;
        for (const { message } of this.#pending.values()) this.#handleHere(message);
      };
    } catch {
      this.#worker = null;
    }
  }

  request(body: LabRequestBody, onProgress?: (fraction: number) => void): Promise<LabReply> {
    const id = this.#nextId++;
    const message = { ...body, id } as LabRequest;
    return new Promise((resolve) => {
      this.#pending.set(id, { message, resolve, onProgress });
      if (this.#worker) this.#worker.postMessage(message);
      else this.#handleHere(message);
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending.clear();
  }

  #handleHere(message: LabRequest): void {
    void handleLabRequest((this.#local ??= new LabSession()), message, (reply) => this.#receive(reply));
  }

  #receive(reply: LabReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') {
      pending.onProgress?.(reply.fraction);
      return;
    }
    this.#pending.delete(reply.id);
    pending.resolve(reply);
  }
}
