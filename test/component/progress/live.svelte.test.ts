// Live values for Svelte: subscribe while read in an effect, stop on teardown, and carry
// changes from one tab (here: a second database connection) to another.
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { LiveValue, liveAttempts, type Subscribe } from '../../../src/store/live.svelte.ts';
import { fakeIndexedDb, testProgress } from '../../unit/store/fixtures.ts';

describe('LiveValue', () => {
  it('subscribes on first read in an effect, follows the source, and unsubscribes on teardown', () => {
    let push: ((v: number) => void) | null = null;
    const stops = vi.fn();
    const source: Subscribe<number> = (next) => {
      push = next;
      return stops;
    };
    const live = new LiveValue(source, -1);
    const seen: number[] = [];
    const destroy = $effect.root(() => {
      $effect(() => {
        seen.push(live.current);
      });
    });
    flushSync();
    expect(seen).toEqual([-1]);
    expect(live.isLoaded).toBe(false);
    push!(3);
    flushSync();
    push!(4);
    flushSync();
    expect(seen).toEqual([-1, 3, 4]);
    expect(live.isLoaded).toBe(true);
    expect(stops).not.toHaveBeenCalled();
    destroy();
    flushSync();
    expect(stops).toHaveBeenCalledTimes(1);
  });

  it('shows an attempt started in another tab', async () => {
    const shared = fakeIndexedDb();
    const tabA = testProgress(shared).progress;
    const tabB = testProgress(shared).progress;
    const live = liveAttempts(tabB);
    let ids: string[] = [];
    const destroy = $effect.root(() => {
      $effect(() => {
        ids = live.current.map((a) => a.id);
      });
    });
    // The first value arrives asynchronously (TOOLCHAIN pitfall 10): wait for it first.
    await vi.waitFor(() => expect(live.isLoaded).toBe(true));
    expect(ids).toEqual([]);
    await tabA.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 5 });
    await vi.waitFor(() => expect(ids).toEqual(['a-0001']));
    await tabA.deleteAttempt('a-0001');
    await vi.waitFor(() => expect(ids).toEqual([]));
    destroy();
  });
});
