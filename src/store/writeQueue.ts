// Puts a write queue in front of a store that can fail (IndexedDB: quota, a closed
// database). A write lands in memory at once, reads see it, and it is retried with
// backoff until the store takes it, so a failed write never loses what the learner did.
import { keyOf, type MergeCounts, type ProgressStore, type RecordOf, type TableName, type WriteOp } from './store.ts';
import { writeErrorCode, type StorageStatus } from './storageStatus.svelte.ts';
import type { Attempt } from './types.ts';

export interface RetryOptions {
  /** The first retry waits this long; each failure doubles it, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Runs `retry` after `delayMs`; returns a cancel function. Tests pass their own. */
  schedule?: (retry: () => void, delayMs: number) => () => void;
}

const defaultSchedule = (retry: () => void, delayMs: number) => {
  const timer = setTimeout(retry, delayMs);
  return () => clearTimeout(timer);
};

const slotOf = (table: TableName, key: string) => `${table}\u0000${key}`;

export class QueuedStore implements ProgressStore {
  readonly #inner: ProgressStore;
  readonly #status: StorageStatus;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #schedule: NonNullable<RetryOptions['schedule']>;
  /** The newest unsaved write per record; a later write to the same record replaces it. */
  readonly #pending = new Map<string, WriteOp>();
  readonly #listeners = new Set<() => void>();
  #chain: Promise<unknown> = Promise.resolve();
  #failures = 0;
  #cancelRetry: (() => void) | null = null;

  constructor(inner: ProgressStore, status: StorageStatus, options: RetryOptions = {}) {
    this.#inner = inner;
    this.#status = status;
    this.#baseDelayMs = options.baseDelayMs ?? 1000;
    this.#maxDelayMs = options.maxDelayMs ?? 60_000;
    this.#schedule = options.schedule ?? defaultSchedule;
  }

  get kind() {
    return this.#inner.kind;
  }

  /** How many records wait in memory for the next successful write. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  async get<T extends TableName>(table: T, key: string): Promise<RecordOf[T] | undefined> {
    const op = this.#pending.get(slotOf(table, key));
    if (!op) return this.#inner.get(table, key);
    return op.record === null ? undefined : (structuredClone(op.record) as RecordOf[T]);
  }

  async list<T extends TableName>(table: T): Promise<RecordOf[T][]> {
    const stored = await this.#inner.list(table);
    const mine = [...this.#pending.values()].filter((op) => op.table === table);
    if (mine.length === 0) return stored;
    const byKey = new Map(stored.map((record) => [keyOf(table, record), record]));
    for (const op of mine) {
      if (op.record === null) byKey.delete(op.key);
      else byKey.set(op.key, structuredClone(op.record) as RecordOf[T]);
    }
    return [...byKey.values()];
  }

  /** Resolves once the write is safe in memory; saving to the store may still be retrying. */
  async write(ops: readonly WriteOp[]): Promise<void> {
    // Clone now: a record that cannot be stored fails here, to its caller, not in a retry loop.
    const copies = ops.map((op) => ({ ...op, record: op.record === null ? null : structuredClone(op.record) }) as WriteOp);
    for (const op of copies) this.#pending.set(slotOf(op.table, op.key), op);
    this.#status.pendingWrites = this.#pending.size;
    this.#notify();
    await this.flush();
  }

  /** Tries to save everything pending; true when nothing is left waiting. */
  flush(): Promise<boolean> {
    // One drain at a time, in order: each call's writes are tried by it or an earlier drain.
    const run = this.#chain.then(() => this.#drain());
    this.#chain = run;
    return run;
  }

  /** Settles when the drains started so far have finished, without starting another. */
  async idle(): Promise<void> {
    await this.#chain;
  }

  async mergeAttempts(incoming: readonly Attempt[]): Promise<MergeCounts> {
    // An import must be all-or-nothing against what is really stored, so unsaved local
    // writes go first; if they cannot, the import cannot either.
    if (!(await this.flush())) throw new Error(this.#status.lastError?.message ?? 'storage write failed');
    const counts = await this.#inner.mergeAttempts(incoming);
    this.#notify();
    return counts;
  }

  watch<R>(query: () => Promise<R>, next: (value: R) => void, error?: (reason: unknown) => void): () => void {
    // Two sources re-run the query (the store's own live query and our pending writes);
    // numbering the runs keeps a slow older read from replacing a newer one.
    let started = 0;
    let delivered = 0;
    const numbered = () => {
      const run = ++started;
      return query().then((value) => ({ run, value }));
    };
    const deliver = ({ run, value }: { run: number; value: R }) => {
      if (run <= delivered) return;
      delivered = run;
      next(value);
    };
    const stopInner = this.#inner.watch(numbered, deliver, error);
    const rerun = () => void numbered().then(deliver, (reason: unknown) => error?.(reason));
    this.#listeners.add(rerun);
    return () => {
      this.#listeners.delete(rerun);
      stopInner();
    };
  }

  close(): void {
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    this.#listeners.clear();
    this.#inner.close();
  }

  async #drain(): Promise<boolean> {
    while (this.#pending.size > 0) {
      const batch = [...this.#pending.values()];
      try {
        await this.#inner.write(batch);
      } catch (reason) {
        this.#failures += 1;
        this.#status.report(writeErrorCode(reason), reason);
        this.#scheduleRetry();
        return false;
      }
      // Drop only what was saved: a newer write to the same record stays pending.
      for (const op of batch) {
        const slot = slotOf(op.table, op.key);
        if (this.#pending.get(slot) === op) this.#pending.delete(slot);
      }
      this.#status.pendingWrites = this.#pending.size;
      if (this.#failures > 0) this.#status.clearError();
      this.#failures = 0;
    }
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    return true;
  }

  #scheduleRetry(): void {
    if (this.#cancelRetry) return;
    const delay = Math.min(this.#baseDelayMs * 2 ** (this.#failures - 1), this.#maxDelayMs);
    this.#cancelRetry = this.#schedule(() => {
      this.#cancelRetry = null;
      void this.flush();
    }, delay);
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
