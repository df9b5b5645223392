// Display helpers for the progress page: dates in the learner's language, and the message
// keys for statuses and storage errors (dimension names come from the engine).
import type { Locale } from '../../engine/locale.ts';
import type { StorageError } from '../../store/storageStatus.svelte.ts';
import type { StorageMode } from '../../store/storageStatus.svelte.ts';
import type { AttemptStatus } from '../../store/types.ts';
import type { MessageKey } from '../app/i18n.svelte.ts';

export function formatDateTime(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const STATUS_KEYS: Record<AttemptStatus, MessageKey> = {
  'in-progress': 'progress.status.in-progress',
  finished: 'progress.status.finished',
};

/** The notice to show for a storage state, or null when all is well. */
export function storageNoticeKey(mode: StorageMode, error: StorageError | null): MessageKey | null {
  if (mode === 'memory') return error?.code === 'open-blocked' ? 'store.notice.openBlocked' : 'store.notice.memory';
  if (error?.code === 'quota-exceeded') return 'store.notice.quota';
  if (error?.code === 'write-failed') return 'store.notice.writeFailed';
  return null;
}

/** Bytes as B / KB / MB / GB with the locale's digits (1 KB = 1024 B, as browsers report). */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
