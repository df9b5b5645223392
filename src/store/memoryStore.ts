// The store used when IndexedDB cannot be: everything lives in this tab's memory and is
// gone when it closes. Records are cloned in and out, as IndexedDB would, so callers
// cannot change stored data by mutating an object they hold.
import type { Attempt } from './types.ts';
import { planMerge } from './merge.ts';
import { putOp, type MergeCounts, type ProgressStore, type RecordOf, type TableName, type WriteOp } from './store.ts';

export class MemoryStore implements ProgressStore {
  readonly kind = 'memory' as const;
  #tables: { [T in TableName]: Map<string, RecordOf[T]> } = {
    attempts: new Map(),
    drafts: new Map(),
    settings: new Map(),
  };
  #listeners = new Set<() => void>();

  async get<T extends TableName>(table: T, key: string): Promise<RecordOf[T] | undefined> {
    const found = this.#tables[table].get(key);
    return found === undefined ? undefined : structuredClone(found);
  }

  async list<T extends TableName>(table: T): Promise<RecordOf[T][]> {
    return [...this.#tables[table].values()].map((r) => structuredClone(r));
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    // Clone everything first so a record that cannot be cloned fails the whole batch.
    const cloned = ops.map((op) => ({ ...op, record: op.record === null ? null : structuredClone(op.record) }));
    for (const op of cloned) {
      const table = this.#tables[op.table] as Map<string, unknown>;
      if (op.record === null) table.delete(op.key);
      else table.set(op.key, op.record);
    }
    this.#notify();
  }

  async mergeAttempts(incoming: readonly Attempt[]): Promise<MergeCounts> {
    const plan = planMerge(this.#tables.attempts, incoming);
    await this.write(plan.puts.map((a) => putOp('attempts', a)));
    return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
  }

  watch<R>(query: () => Promise<R>, next: (value: R) => void, error?: (reason: unknown) => void): () => void {
    let active = true;
    let latestRun = 0;
    const run = () => {
      // Only the newest run may report, so a slow older read never overwrites a newer one.
      const thisRun = ++latestRun;
      const isCurrent = () => active && thisRun === latestRun;
      query().then(
        (value) => isCurrent() && next(value),
        (reason) => isCurrent() && error?.(reason),
      );
    };
    this.#listeners.add(run);
    run();
    return () => {
      active = false;
      this.#listeners.delete(run);
    };
  }

  close(): void {
    this.#listeners.clear();
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
