// The store factory: IndexedDB through Dexie behind a write queue when it opens, the
// memory store when it does not (private mode, blocked, disabled, no API), and says which.
import type { DexieOptions } from 'dexie';
import { DB_NAME, LoyaltyLabDB } from './db.ts';
import { DexieStore } from './dexieStore.ts';
import { MemoryStore } from './memoryStore.ts';
import { isPersisted, type StorageManagerLike } from './persistence.ts';
import type { ProgressStore } from './store.ts';
import { storageStatus, type StorageStatus } from './storageStatus.svelte.ts';
import { QueuedStore, type RetryOptions } from './writeQueue.ts';

export interface OpenStoreOptions {
  name?: string;
  /** indexedDB / IDBKeyRange to use instead of the browser's (tests pass fake-indexeddb). */
  dexieOptions?: DexieOptions;
  status?: StorageStatus;
  /** An open still pending after this long has failed (the browser's storage does not answer). */
  openTimeoutMs?: number;
  retry?: RetryOptions;
  storageManager?: StorageManagerLike;
}

class OpenBlocked extends Error {
  override name = 'OpenBlocked';
}

/** Long enough for a slow disk, short enough that a learner is told before they start answering. */
export const OPEN_TIMEOUT_MS = 3000;

export async function openProgressStore(options: OpenStoreOptions = {}): Promise<ProgressStore> {
  const status = options.status ?? storageStatus;
  const timeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  let db: LoyaltyLabDB | null = null;
  try {
    db = new LoyaltyLabDB(options.name ?? DB_NAME, options.dexieOptions);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Only the browser's own "blocked" event means another tab holds an older version; a
    // silent wait is a storage failure and is reported as one, without blaming a tab.
    const stopped = new Promise<never>((_, reject) => {
      db!.on('blocked', () => reject(new OpenBlocked('another tab holds an older version of the database')));
      timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([db.open(), stopped]);
    } finally {
      clearTimeout(timer);
    }
  } catch (reason) {
    db?.close();
    status.mode = 'memory';
    status.report(reason instanceof OpenBlocked ? 'open-blocked' : 'open-failed', reason);
    return new MemoryStore();
  }
  status.mode = (await isPersisted(options.storageManager)) ? 'persistent' : 'indexeddb';
  return new QueuedStore(new DexieStore(db), status, options.retry);
}
