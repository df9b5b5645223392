// Opening a shared case: a link becomes a validated, prepared case (or the reason it cannot);
// how its attempts are keyed is in test/unit/hostile/sharedKey.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { encodeShareLink } from '../../../src/engine/share/shareLink.ts';
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
