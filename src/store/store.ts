// The one interface every storage back end implements (Dexie, memory, and the write
// queue in front of Dexie). Repositories (attempts.ts, drafts.ts, settings.ts) use only this.
import type { Attempt, Draft, Setting } from './types.ts';

export const TableNameValues = ['attempts', 'drafts', 'settings'] as const;
export type TableName = (typeof TableNameValues)[number];

export interface RecordOf {
  attempts: Attempt;
  drafts: Draft;
  settings: Setting;
}

/** A put (record) or a delete (record null) of one record, addressed by table and key. */
export type WriteOp =
  | { [T in TableName]: { table: T; key: string; record: RecordOf[T] } }[TableName]
  | { table: TableName; key: string; record: null };

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** 'indexeddb' for a database on disk; 'memory' when nothing survives closing the tab. */
export type StoreKind = 'indexeddb' | 'memory';

export interface ProgressStore {
  readonly kind: StoreKind;
  get<T extends TableName>(table: T, key: string): Promise<RecordOf[T] | undefined>;
  list<T extends TableName>(table: T): Promise<RecordOf[T][]>;
  /** Applies all ops in one transaction: all of them or none. */
  write(ops: readonly WriteOp[]): Promise<void>;
  /** Merges imported attempts in one transaction using `planMerge` (see merge.ts). */
  mergeAttempts(incoming: readonly Attempt[]): Promise<MergeCounts>;
  /**
   * Runs `query` now and again whenever what it read may have changed (in this tab or,
   * for IndexedDB, another one). Returns the unsubscribe function.
   */
  watch<R>(query: () => Promise<R>, next: (value: R) => void, error?: (reason: unknown) => void): () => void;
  close(): void;
}

export function keyOf<T extends TableName>(table: T, record: RecordOf[T]): string {
  return table === 'settings' ? (record as Setting).key : (record as Attempt | Draft).id;
}

export function putOp<T extends TableName>(table: T, record: RecordOf[T]): WriteOp {
  return { table, key: keyOf(table, record), record } as WriteOp;
}

export function deleteOp(table: TableName, key: string): WriteOp {
  return { table, key, record: null };
}
