// Shared test fixtures for the store: a fresh fake IndexedDB per test, a controllable
// clock and id source, and attempt records with exact, readable values.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DexieOptions } from 'dexie';
import type { Attempt } from '../../../src/store/types.ts';
import { openProgressStore } from '../../../src/store/openStore.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { Progress } from '../../../src/store/progress.ts';
import type { StorageManagerLike } from '../../../src/store/persistence.ts';

/** A private IndexedDB: nothing leaks between tests. */
export function fakeIndexedDb(): DexieOptions {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A clock the test moves by hand; starts at 2025-03-01T09:00:00.000Z. */
export function manualClock(start = '2025-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

/** ids a-0001, a-0002, … so expected values can be written down. */
export function sequentialIds(prefix = 'a') {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

/** A Progress on its own fake IndexedDB, clock and ids; `storageManager` fakes navigator.storage. */
export function testProgress(dexieOptions = fakeIndexedDb(), storageManager: StorageManagerLike = {}) {
  const status = new StorageStatus();
  const clock = manualClock();
  const progress = new Progress({
    status,
    now: clock.now,
    newId: sequentialIds(),
    storageManager,
    open: () => openProgressStore({ name: 'loyalty-lab-test', dexieOptions, status, storageManager }),
  });
  return { progress, status, clock, dexieOptions };
}

export function attemptFixture(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    scenarioId: 'loyalty-ladder',
    scenarioVersion: 1,
    seed: 42,
    events: [
      { at: '2025-03-01T09:01:00.000Z', event: { type: 'CHOOSE', option: 'club' } },
      { at: '2025-03-01T09:03:00.000Z', event: { type: 'SUBMIT', allocation: { club: 0.5, needs: 0.5 } } },
    ],
    snapshot: { status: 'active', value: 'debrief', context: { round: 4 } },
    stepId: 'debrief',
    scores: { dimensions: { value: 70, relationship: 80, ethics: 90, insight: 60 }, total: 75, grade: 'B' },
    status: 'finished',
    startedAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:03:00.000Z',
    finishedAt: '2025-03-01T09:03:00.000Z',
    timeSpentMs: 180000,
    ...overrides,
  };
}
