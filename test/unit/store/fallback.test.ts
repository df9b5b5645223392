// When IndexedDB fails: the app falls back to memory when the database cannot open, and a
// write that fails (quota) stays in memory, is visible to reads, and is retried until saved.
import { describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageUsage } from '../../../src/store/persistence.ts';
import { LoyaltyLabDB } from '../../../src/store/db.ts';
import { DexieStore } from '../../../src/store/dexieStore.ts';
import { OPEN_TIMEOUT_MS, openProgressStore } from '../../../src/store/openStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import type { ProgressStore, WriteOp } from '../../../src/store/store.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { QueuedStore } from '../../../src/store/writeQueue.ts';
import { fakeIndexedDb, manualClock, sequentialIds, testProgress } from './fixtures.ts';

const refusingIndexedDb = {
  open() {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
};

describe('opening', () => {
  it('uses IndexedDB when it opens, and reports persistence', async () => {
    const status = new StorageStatus();
    const store = await openProgressStore({ name: 'ok', dexieOptions: fakeIndexedDb(), status, storageManager: { persisted: async () => true } });
    expect(store.kind).toBe('indexeddb');
    expect(status.mode).toBe('persistent');
    expect(status.lastError).toBeNull();
    store.close();
  });

  it('falls back to memory when IndexedDB refuses to open, says so, and still works', async () => {
    const status = new StorageStatus();
    const progress = new Progress({
      status,
      now: manualClock().now,
      newId: sequentialIds(),
      open: () => openProgressStore({ dexieOptions: { ...fakeIndexedDb(), indexedDB: refusingIndexedDb }, status }),
    });
    const attempt = await progress.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 1 });
    await progress.recordEvent(attempt.id, { type: 'NEXT' }, { snapshot: { value: 'two' }, stepId: 'two' });
    expect((await progress.store()).kind).toBe('memory');
    expect(status.mode).toBe('memory');
    expect(status.lastError?.code).toBe('open-failed');
    expect((await progress.latestUnfinished())?.stepId).toBe('two');
  });

  it('falls back to memory when the open never answers, as a storage failure (no tab is blamed)', async () => {
    const status = new StorageStatus();
    const hangingIndexedDb = { open: () => ({}) }; // a request whose events never fire
    const store = await openProgressStore({ dexieOptions: { ...fakeIndexedDb(), indexedDB: hangingIndexedDb }, status, openTimeoutMs: 20 });
    expect(store.kind).toBe('memory');
    expect(status.lastError?.code).toBe('open-failed');
  });

  it('blames another tab only on the browser’s blocked event, and at once, not after the timeout', async () => {
    const status = new StorageStatus();
    const blockingIndexedDb = {
      open: () => {
        const request: { onblocked?: (event: unknown) => void } = {};
        setTimeout(() => request.onblocked?.({ oldVersion: 1, newVersion: 2 }), 5);
        return request;
      },
    };
    const started = Date.now();
    const store = await openProgressStore({ dexieOptions: { ...fakeIndexedDb(), indexedDB: blockingIndexedDb }, status, openTimeoutMs: 60_000 });
    expect(store.kind).toBe('memory');
    expect(status.lastError?.code).toBe('open-blocked');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on a silent open after 3 s, not 8', () => {
    expect(OPEN_TIMEOUT_MS).toBe(3000);
  });
});

describe('persistence', () => {
  it('asks the browser once, when the first attempt starts, and records the answer', async () => {
    const persist = vi.fn(async () => true);
    const { progress, status } = testProgress(fakeIndexedDb(), { persist, persisted: async () => false });
    await progress.store();
    expect(status.mode).toBe('indexeddb');
    const { id } = await progress.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 1 });
    await progress.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 2 });
    await progress.recordEvent(id, { type: 'NEXT' }, { snapshot: null, stepId: 'two' });
    expect(persist).toHaveBeenCalledOnce();
    expect(status.mode).toBe('persistent');
  });

  it('leaves the mode alone where the browser has no persist()', async () => {
    const status = new StorageStatus();
    status.mode = 'persistent';
    expect(await requestPersistence(status, {})).toBe(false);
    expect(status.mode).toBe('persistent');
  });

  it('reads usage, or nothing when the browser will not say', async () => {
    expect(await storageUsage({ estimate: async () => ({ usage: 2048, quota: 1e9 }) })).toEqual({ usageBytes: 2048, quotaBytes: 1e9 });
    expect(await storageUsage({ estimate: async () => ({}) })).toBeNull();
    expect(await storageUsage(undefined)).toBeNull();
  });
});

/** Wraps a store so its next `failures` writes throw the given error. */
function failingWrites(inner: ProgressStore, failures: number, error: () => Error): ProgressStore & { attempts: number } {
  let left = failures;
  const wrapper = Object.create(inner) as ProgressStore & { attempts: number };
  wrapper.attempts = 0;
  wrapper.write = async (ops: readonly WriteOp[]) => {
    wrapper.attempts += 1;
    if (left > 0) {
      left -= 1;
      throw error();
    }
    return inner.write(ops);
  };
  return wrapper;
}

describe('the write queue', () => {
  it('keeps a write that hit the quota, shows it to reads, and saves it on the retry', async () => {
    const db = new LoyaltyLabDB('quota', fakeIndexedDb());
    const inner = failingWrites(new DexieStore(db), 1, () => new DOMException('Quota exceeded', 'QuotaExceededError'));
    const status = new StorageStatus();
    const retries: { run: () => void; delayMs: number }[] = [];
    const store = new QueuedStore(inner, status, { baseDelayMs: 1000, schedule: (run, delayMs) => (retries.push({ run, delayMs }), () => {}) });
    const progress = new Progress({ status, now: manualClock().now, newId: sequentialIds(), open: async () => store });

    const attempt = await progress.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 1 });
    expect(status.lastError?.code).toBe('quota-exceeded');
    expect(status.pendingWrites).toBe(1);
    expect(await db.attempts.count()).toBe(0); // not on disk yet …
    expect(await progress.getAttempt(attempt.id)).toEqual(attempt); // … but not lost either
    expect((await progress.listAttempts()).map((a) => a.id)).toEqual([attempt.id]);
    expect(retries.map((r) => r.delayMs)).toEqual([1000]);

    retries[0]!.run();
    await store.idle();
    expect(await db.attempts.get(attempt.id)).toEqual(attempt);
    expect(status.lastError).toBeNull();
    expect(status.pendingWrites).toBe(0);
    db.close();
  });

  it('backs off exponentially while the store keeps failing, keeping the newest version of each record', async () => {
    const db = new LoyaltyLabDB('backoff', fakeIndexedDb());
    const inner = failingWrites(new DexieStore(db), 3, () => new Error('AbortError'));
    const status = new StorageStatus();
    const retries: { run: () => void; delayMs: number }[] = [];
    const store = new QueuedStore(inner, status, { baseDelayMs: 500, schedule: (run, delayMs) => (retries.push({ run, delayMs }), () => {}) });
    const clock = manualClock();
    const progress = new Progress({ status, now: clock.now, newId: sequentialIds(), open: async () => store });

    const { id } = await progress.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 1 }); // failure 1
    expect(status.lastError?.code).toBe('write-failed');
    clock.advance(1000);
    await progress.recordEvent(id, { type: 'NEXT' }, { snapshot: null, stepId: 'two' }); // failure 2 (retry already scheduled)
    expect(retries.map((r) => r.delayMs)).toEqual([500]);
    retries.shift()!.run();
    await store.idle(); // failure 3 → schedules 500 × 2² = 2000 ms
    expect(retries.map((r) => r.delayMs)).toEqual([2000]);
    expect(status.pendingWrites).toBe(1); // one record, its newest version
    expect(await db.attempts.count()).toBe(0);
    retries.shift()!.run();
    await store.idle();
    expect(status.pendingWrites).toBe(0);
    expect(status.lastError).toBeNull();
    expect((await db.attempts.get(id))?.stepId).toBe('two');
    expect(inner.attempts).toBe(4);
    db.close();
  });
});
