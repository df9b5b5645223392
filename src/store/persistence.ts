// Asking the browser to keep our data (navigator.storage.persist) and reading how much
// space it uses (estimate). Both are optional APIs: every function copes with their absence.
import type { StorageStatus } from './storageStatus.svelte.ts';

/** The parts of StorageManager we use; tests pass a fake. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function defaultManager(): StorageManagerLike | undefined {
  return globalThis.navigator?.storage;
}

/** Whether the browser already promised not to evict our data. */
export async function isPersisted(manager = defaultManager()): Promise<boolean> {
  try {
    return (await manager?.persisted?.()) === true;
  } catch {
    return false;
  }
}

/**
 * Asks for persistent storage (Firefox may show a prompt; Chromium decides silently) and
 * records the answer in `status`. Without the API, or in memory, the mode stays as it is.
 */
export async function requestPersistence(status: StorageStatus, manager = defaultManager()): Promise<boolean> {
  if (typeof manager?.persist !== 'function') return false;
  let granted: boolean;
  try {
    granted = (await manager.persist()) === true;
  } catch {
    return false;
  }
  if (status.mode !== 'memory') status.mode = granted ? 'persistent' : 'indexeddb';
  return granted;
}

export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
}

/** How much this origin stores and may store, or null when the browser will not say. */
export async function storageUsage(manager = defaultManager()): Promise<StorageUsage | null> {
  try {
    const estimate = await manager?.estimate?.();
    if (!estimate || typeof estimate.usage !== 'number' || typeof estimate.quota !== 'number') return null;
    return { usageBytes: estimate.usage, quotaBytes: estimate.quota };
  } catch {
    return null;
  }
}
