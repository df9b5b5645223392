// Opening a shared case: a link becomes a validated, prepared case (or the reason it cannot);
// a case with a shipped case's id saves only finished attempts, never a resumable one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { SavedAttempt } from '../../../src/engine/attempt/index.ts';
import type { PlayEvent } from '../../../src/engine/machine/events.ts';
import { encodeShareLink } from '../../../src/engine/share/shareLink.ts';
import type { PersistInfo, SessionPersistence } from '../../../src/ui/player/session.svelte.ts';
import { FinishedOnlyRecorder } from '../../../src/ui/share/finishedOnlyRecorder.ts';
import { readSharedCase } from '../../../src/ui/share/openShared.ts';

// loadPrepared.ts imports the build-time content index, which only exists inside Vite's app build.
vi.mock('../../../src/ui/content/content.ts', () => ({ loadScenarioText: async () => null }));

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
const payloadOf = (text: string) => {
  const encoded = encodeShareLink(text);
  if (!encoded.ok) throw new Error('too large');
  return encoded.payload;
};

describe('readSharedCase', () => {
  test('a good link gives the prepared case and whether its id is a shipped one', () => {
    const shared = readSharedCase(payloadOf(COFFEE), (id) => id === 'coffee-card-example');
    expect(shared.kind).toBe('ready');
    if (shared.kind !== 'ready') return;
    expect(shared.prepared.scenario.id).toBe('coffee-card-example');
    expect(shared.isShippedId).toBe(true);
    expect(readSharedCase(payloadOf(COFFEE), () => false)).toMatchObject({ kind: 'ready', isShippedId: false });
  });

  test('a link that does not decode says why', () => {
    expect(readSharedCase(payloadOf(COFFEE).slice(0, 50), () => false)).toEqual({ kind: 'bad-link', reason: 'truncated' });
    expect(readSharedCase('9abc', () => false)).toEqual({ kind: 'bad-link', reason: 'unknown-version' });
  });

  test('a case with problems lists them', () => {
    const shared = readSharedCase(payloadOf(COFFEE.replace(/^version: 1$/m, 'version: 0')), () => false);
    expect(shared.kind).toBe('invalid');
    if (shared.kind === 'invalid') expect(shared.issues.map((i) => [i.code, i.line])).toEqual([['too-small', 6]]);
  });
});

describe('FinishedOnlyRecorder', () => {
  const info = (stepId: string, finished = false): PersistInfo => ({ stepId, finished, scores: null });
  const event = (type: 'NEXT' | 'RESET' | 'BACK'): PlayEvent => ({ type }) as PlayEvent;
  /** What the session hands over with each event (its content does not matter to this recorder). */
  const saved: SavedAttempt = {
    formatVersion: 1, scenarioId: 'x', scenarioVersion: 1, seed: 1, params: {}, step: 'a', trail: [], roundOpen: true, explore: {}, finished: false,
    answers: { choices: {}, estimates: {}, allocations: {}, order: [] },
  };

  function harness() {
    const started: string[][] = [];
    const recorder = new FinishedOnlyRecorder(() => {
      const log: string[] = [];
      started.push(log);
      return { onEvent: (e, _snapshot, i) => log.push(`${e.type}@${i.stepId}${i.finished ? '!' : ''}`) } satisfies SessionPersistence;
    });
    return { recorder, started };
  }

  test('nothing is saved before the debrief; then every event of the way, in order', () => {
    const { recorder, started } = harness();
    recorder.onEvent(event('NEXT'), saved, info('b'));
    recorder.onEvent(event('BACK'), saved, info('a'));
    recorder.onEvent(event('NEXT'), saved, info('b'));
    expect(started).toEqual([]);
    recorder.onEvent(event('NEXT'), saved, info('debrief', true));
    expect(started).toEqual([['NEXT@b', 'BACK@a', 'NEXT@b', 'NEXT@debrief!']]);
  });

  test('starting over drops what was not saved; after finishing, a restart waits again', () => {
    const { recorder, started } = harness();
    recorder.onEvent(event('NEXT'), saved, info('b'));
    recorder.onEvent(event('RESET'), saved, info('a'));
    recorder.onEvent(event('NEXT'), saved, info('debrief', true));
    expect(started).toEqual([['NEXT@debrief!']]);
    recorder.onEvent(event('RESET'), saved, info('a'));
    recorder.onEvent(event('NEXT'), saved, info('b'));
    expect(started).toHaveLength(1);
  });
});
