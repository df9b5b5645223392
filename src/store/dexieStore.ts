// The IndexedDB back end: the ProgressStore interface over LoyaltyLabDB. Live queries use
// Dexie's liveQuery, which also hears writes made by other tabs of the same app.
import { liveQuery } from 'dexie';
import type { LoyaltyLabDB } from './db.ts';
import { planMerge } from './merge.ts';
import type { Attempt } from './types.ts';
import type { MergeCounts, ProgressStore, RecordOf, TableName, WriteOp } from './store.ts';

export class DexieStore implements ProgressStore {
  readonly kind = 'indexeddb' as const;
  readonly db: LoyaltyLabDB;

  constructor(db: LoyaltyLabDB) {
    this.db = db;
  }

  async get<T extends TableName>(table: T, key: string): Promise<RecordOf[T] | undefined> {
    return (await this.db.table(table).get(key)) as RecordOf[T] | undefined;
  }

  async list<T extends TableName>(table: T): Promise<RecordOf[T][]> {
    return (await this.db.table(table).toArray()) as RecordOf[T][];
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    const tables = [...new Set(ops.map((op) => op.table))].map((name) => this.db.table(name));
    await this.db.transaction('rw', tables, async () => {
      for (const op of ops) {
        const table = this.db.table(op.table);
        if (op.record === null) await table.delete(op.key);
        else await table.put(op.record);
      }
    });
  }

  async mergeAttempts(incoming: readonly Attempt[]): Promise<MergeCounts> {
    // Read and write inside one transaction, so a concurrent tab cannot slip in between
    // and a failure part-way leaves the database exactly as it was.
    return this.db.transaction('rw', this.db.attempts, async () => {
      const ids = incoming.map((a) => a.id);
      const found = await this.db.attempts.bulkGet(ids);
      const existing = new Map<string, Attempt>();
      for (const attempt of found) if (attempt) existing.set(attempt.id, attempt);
      const plan = planMerge(existing, incoming);
      await this.db.attempts.bulkPut(plan.puts);
      return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
    });
  }

  watch<R>(query: () => Promise<R>, next: (value: R) => void, error?: (reason: unknown) => void): () => void {
    const subscription = liveQuery(query).subscribe({ next, error: (reason: unknown) => error?.(reason) });
    return () => subscription.unsubscribe();
  }

  close(): void {
    this.db.close();
  }
}
