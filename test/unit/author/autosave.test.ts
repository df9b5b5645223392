// Autosave: typing is one write after the pause, not one per key; a failed write keeps the
// text for the next try; flush writes at once (leaving the page).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { SaveDraftInput } from '../../../src/store/drafts.ts';
import type { Draft } from '../../../src/store/types.ts';
import { Autosaver, SAVE_DELAY_MS } from '../../../src/ui/author/autosave.svelte.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function fakeStore(fail = () => false) {
  const saved: SaveDraftInput[] = [];
  return {
    saved,
    saveDraft: async (input: SaveDraftInput): Promise<Draft> => {
      if (fail()) throw new Error('disk full');
      saved.push(input);
      return { id: input.id ?? 'new', title: input.title, text: input.text, createdAt: '', updatedAt: '' };
    },
  };
}

test('a burst of typing is saved once, after the pause, with the newest text and its title', async () => {
  const store = fakeStore();
  const saver = new Autosaver(store, 'd1', (text) => `title of ${text}`);
  saver.schedule('a');
  await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
  saver.schedule('ab');
  saver.schedule('abc');
  expect(saver.status).toBe('pending');
  await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
  expect(store.saved).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  await saver.flush();
  expect(store.saved).toEqual([{ id: 'd1', title: 'title of abc', text: 'abc' }]);
  expect(saver.status).toBe('saved');
});

test('flush writes what is waiting at once', async () => {
  const store = fakeStore();
  const saver = new Autosaver(store, 'd1', () => 't');
  saver.schedule('x');
  await saver.flush();
  expect(store.saved.map((s) => s.text)).toEqual(['x']);
});

test('a failed write says so and is retried by the next flush', async () => {
  let isFailing = true;
  const store = fakeStore(() => isFailing);
  const saver = new Autosaver(store, 'd1', () => 't');
  saver.schedule('x');
  await saver.flush();
  expect(saver.status).toBe('failed');
  isFailing = false;
  await saver.flush();
  expect(store.saved.map((s) => s.text)).toEqual(['x']);
  expect(saver.status).toBe('saved');
});
