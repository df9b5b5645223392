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
  /** An open still pending after this long is blocked (another tab holds an old version). */
  openTimeoutMs?: number;
  retry?: RetryOptions;
  storageManager?: StorageManagerLike;
}

class OpenTimeout extends Error {
  override name = 'OpenTimeout';
}

export async function openProgressStore(options: OpenStoreOptions = {}): Promise<ProgressStore> {
  const status = options.status ?? storageStatus;
  const timeoutMs = options.openTimeoutMs ?? 8000;
  let db: LoyaltyLabDB | null = null;
  try {
    db = new LoyaltyLabDB(options.name ?? DB_NAME, options.dexieOptions);
    const opening = db.open();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OpenTimeout(`IndexedDB did not open within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([opening, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } catch (reason) {
    db?.close();
    status.mode = 'memory';
    status.report(reason instanceof OpenTimeout ? 'open-blocked' : 'open-failed', reason);
    return new MemoryStore();
  }
  status.mode = (await isPersisted(options.storageManager)) ? 'persistent' : 'indexeddb';
  return new QueuedStore(new DexieStore(db), status, options.retry);
}
