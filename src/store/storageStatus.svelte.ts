// Where progress is being kept right now, and the last storage problem, as reactive state:
// StorageNotice and the progress page read it; the store factory and write queue set it.
export const StorageModeValues = ['persistent', 'indexeddb', 'memory'] as const;
/** persistent: IndexedDB the browser promised not to evict; memory: lost when the tab closes. */
export type StorageMode = (typeof StorageModeValues)[number];

export const StorageErrorCodeValues = ['open-failed', 'open-blocked', 'write-failed', 'quota-exceeded'] as const;
export type StorageErrorCode = (typeof StorageErrorCodeValues)[number];

export interface StorageError {
  code: StorageErrorCode;
  /** The browser's own message, for the developer console and bug reports. */
  message: string;
}

export class StorageStatus {
  mode = $state<StorageMode>('indexeddb');
  lastError = $state<StorageError | null>(null);
  /** Records held in memory because writing them to IndexedDB has not succeeded yet. */
  pendingWrites = $state(0);

  report(code: StorageErrorCode, reason: unknown): void {
    this.lastError = { code, message: describe(reason) };
  }

  clearError(): void {
    this.lastError = null;
  }
}

/** A write failure's code: quota errors get their own, since the fix differs (free space). */
export function writeErrorCode(reason: unknown): StorageErrorCode {
  const names = [nameOf(reason), nameOf((reason as { inner?: unknown } | null)?.inner)];
  return names.includes('QuotaExceededError') ? 'quota-exceeded' : 'write-failed';
}

function nameOf(value: unknown): string | undefined {
  return value && typeof value === 'object' && 'name' in value ? String(value.name) : undefined;
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

/** The app's one status; tests make their own StorageStatus. */
export const storageStatus = new StorageStatus();
