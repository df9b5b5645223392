// The attempt repository through the Progress API, on IndexedDB (fake-indexeddb) and on
// the memory store: both back ends must behave the same.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { IDLE_GAP_CAP_MS } from '../../../src/store/timeSpent.ts';
import { newId } from '../../../src/store/uuid.ts';
import { manualClock, sequentialIds, testProgress } from './fixtures.ts';

const backends = [
  { name: 'indexeddb', make: () => testProgress() },
  {
    name: 'memory',
    make: () => {
      const clock = manualClock();
      const status = new StorageStatus();
      const progress = new Progress({ status, now: clock.now, newId: sequentialIds(), open: async () => new MemoryStore() });
      return { progress, status, clock };
    },
  },
] as const;

const start = { scenarioId: 'mrs-smith', scenarioVersion: 2, seed: 7 };
const snap = (step: string) => ({ value: step, context: { n: step.length } });

describe.each(backends)('attempts on $name', ({ name, make }) => {
  it('starts an in-progress attempt with no events and zero time', async () => {
    const { progress } = make();
    expect((await progress.store()).kind).toBe(name);
    const attempt = await progress.startAttempt({ ...start, stepId: 'intro' });
    expect(attempt).toEqual({
      id: 'a-0001', scenarioId: 'mrs-smith', scenarioVersion: 2, seed: 7, events: [], snapshot: null,
      stepId: 'intro', scores: null, status: 'in-progress', startedAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z', finishedAt: null, timeSpentMs: 0,
    });
    expect(await progress.getAttempt('a-0001')).toEqual(attempt);
  });

  it('saves every event with its time, snapshot and step, and counts capped time', async () => {
    const { progress, clock } = make();
    const { id } = await progress.startAttempt(start);
    clock.advance(30_000);
    await progress.recordEvent(id, { type: 'NEXT' }, { snapshot: snap('diagnose'), stepId: 'diagnose' });
    clock.advance(2 * 60 * 60 * 1000); // a two-hour lunch counts as the 5-minute cap
    await progress.recordEvent(id, { type: 'CHOOSE', option: ['greeting', 'id-check'] }, { snapshot: snap('estimate'), stepId: 'estimate' });
    clock.advance(45_000);
    const scores = { dimensions: { value: 60, relationship: 70, ethics: 80, insight: 55.5 }, total: 66.4, grade: 'C' };
    const last = await progress.recordEvent(id, { type: 'SUBMIT', value: 26000 }, { snapshot: snap('debrief'), stepId: 'debrief', scores, finished: true });

    const stored = await progress.getAttempt(id);
    expect(stored).toEqual(last);
    expect(stored?.events).toEqual([
      { at: '2025-03-01T09:00:30.000Z', event: { type: 'NEXT' } },
      { at: '2025-03-01T11:00:30.000Z', event: { type: 'CHOOSE', option: ['greeting', 'id-check'] } },
      { at: '2025-03-01T11:01:15.000Z', event: { type: 'SUBMIT', value: 26000 } },
    ]);
    expect(stored?.timeSpentMs).toBe(30_000 + IDLE_GAP_CAP_MS + 45_000);
    expect(stored).toMatchObject({
      status: 'finished', finishedAt: '2025-03-01T11:01:15.000Z', updatedAt: '2025-03-01T11:01:15.000Z',
      stepId: 'debrief', snapshot: snap('debrief'), scores,
    });
  });

  it('keeps every event, in order, when the player does not wait between them', async () => {
    const { progress } = make();
    const { id } = await progress.startAttempt(start);
    await Promise.all(
      [1, 2, 3, 4, 5].map((value) => progress.recordEvent(id, { type: 'SET_PARAM', name: 'spend', value }, { snapshot: { value }, stepId: 'sandbox' })),
    );
    const stored = await progress.getAttempt(id);
    expect(stored?.events.map((e) => (e.event.type === 'SET_PARAM' ? e.event.value : null))).toEqual([1, 2, 3, 4, 5]);
    expect(stored?.snapshot).toEqual({ value: 5 });
  });

  it('stores a copy: changing the object the player passed changes nothing stored', async () => {
    const { progress } = make();
    const { id } = await progress.startAttempt(start);
    const snapshot = { context: { budget: 100 } };
    await progress.recordEvent(id, { type: 'NEXT' }, { snapshot, stepId: 's2' });
    snapshot.context.budget = 0;
    expect((await progress.getAttempt(id))?.snapshot).toEqual({ context: { budget: 100 } });
  });

  it('finishes with scores, lists newest first, finds the latest unfinished and deletes', async () => {
    const { progress, clock } = make();
    const first = await progress.startAttempt(start);
    clock.advance(60_000);
    const second = await progress.startAttempt({ ...start, scenarioId: 'vanity-number' });
    clock.advance(60_000);
    const third = await progress.startAttempt(start);
    clock.advance(60_000);
    await progress.recordEvent(first.id, { type: 'NEXT' }, { snapshot: null, stepId: 'two' });
    const scores = { dimensions: { value: 50 }, total: 50, grade: 'C' };
    const done = await progress.finishAttempt(third.id, { scores, stepId: 'debrief' });
    expect(done).toMatchObject({ status: 'finished', scores, finishedAt: '2025-03-01T09:03:00.000Z', timeSpentMs: 60_000 });

    expect((await progress.listAttempts()).map((a) => a.id)).toEqual([third.id, second.id, first.id]);
    expect((await progress.latestUnfinished())?.id).toBe(first.id);
    expect((await progress.latestUnfinished('vanity-number'))?.id).toBe(second.id);
    expect(await progress.latestUnfinished('nowhere')).toBeUndefined();

    await progress.deleteAttempt(first.id);
    expect(await progress.getAttempt(first.id)).toBeUndefined();
    expect((await progress.latestUnfinished())?.id).toBe(second.id);
    expect(await progress.recordEvent(first.id, { type: 'NEXT' }, { snapshot: null, stepId: 'x' })).toBeNull();
  });

  it('saves the learner and drafts', async () => {
    const { progress, clock } = make();
    expect(await progress.getLearner()).toEqual({});
    await progress.setLearner({ name: ' 李华 ', classCode: 'CRM-2025' });
    expect(await progress.getLearner()).toEqual({ name: '李华', classCode: 'CRM-2025' });
    await progress.setLearner({ name: '', classCode: 'CRM-2025' });
    expect(await progress.getLearner()).toEqual({ classCode: 'CRM-2025' });

    const draft = await progress.saveDraft({ title: 'My case', text: 'id: my-case\n' });
    clock.advance(1000);
    const edited = await progress.saveDraft({ id: draft.id, title: 'My case', text: 'id: my-case\nversion: 2\n' });
    expect(edited).toEqual({ id: draft.id, title: 'My case', text: 'id: my-case\nversion: 2\n', createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:01.000Z' });
    expect(await progress.listDrafts()).toEqual([edited]);
    await progress.deleteDraft(draft.id);
    expect(await progress.listDrafts()).toEqual([]);
  });
});

describe('attempt ids', () => {
  it('are v4 UUIDs, also where crypto.randomUUID is missing (plain http)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId()).toMatch(uuid);
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 50 }, newId));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(uuid);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
