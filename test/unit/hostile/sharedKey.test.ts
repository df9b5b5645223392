// A shared case's attempts are keyed by a hash of its content (issue 22, finding 5): a forged
// link reusing a shipped case's id never records under the shipped id, and a second shared
// case with the same id and version never takes over the first one's attempt.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { encodeShareLink } from '../../../src/engine/share/shareLink.ts';
import { playHeadless } from '../../../src/engine/play.ts';
import { openSharedSession, readSharedCase, isSharedCaseId } from '../../../src/ui/share/openShared.ts';
import { testProgress } from '../store/fixtures.ts';

vi.mock('../../../src/ui/content/content.ts', () => ({ loadScenarioText: async () => null }));

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
// Every scoring term at 100: the forgery of the finding.
const FORGED = COFFEE.replace(/^(\s+formula: ).*$/gm, (line, head: string) => (/^\s{10}formula/.test(line) ? `${head}100` : line));

function ready(text: string) {
  const encoded = encodeShareLink(text);
  if (!encoded.ok) throw new Error('too large');
  const shared = readSharedCase(encoded.payload, (id) => id === 'coffee-card-example');
  if (shared.kind !== 'ready') throw new Error(shared.kind);
  return shared;
}

async function playThrough(text: string, progress: ReturnType<typeof testProgress>['progress'], steps = Infinity) {
  const shared = ready(text);
  const opened = await openSharedSession(shared, 1, progress);
  const events = playHeadless(shared.prepared, { seed: 1 }).events.slice(0, steps);
  for (const e of events) opened.session.send(e);
  // The recorder writes in the background: wait until the store has the last event.
  for (let i = 0; i < 100; i += 1) {
    const attempts = await progress.listAttempts();
    if (attempts.length > 0 && attempts[0]!.events.length >= events.length) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  return opened;
}

describe('a shared case reusing a shipped id', () => {
  it('records its finished attempt under its content key, marked shared, never as the shipped case', async () => {
    expect(FORGED).not.toBe(COFFEE);
    const { progress } = testProgress();
    await playThrough(FORGED, progress);
    const attempts = await progress.listAttempts();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.scenarioId).not.toBe('coffee-card-example');
    expect(isSharedCaseId(attempts[0]!.scenarioId)).toBe(true);
    expect(attempts[0]!.status).toBe('finished');
    expect(attempts[0]!.scores?.total).toBe(100);
  });

  it('a second shared case with the same id and version never continues the first one’s attempt', async () => {
    const { progress } = testProgress();
    const first = COFFEE.replace('version: 1', 'version: 7').replace('coffee-card-example', 'shared-coffee');
    await playThrough(first, progress, 3);
    const [started] = await progress.listAttempts();
    expect(started!.status).toBe('in-progress');
    const second = first.replace(/^(\s+formula: )100 \* design\.stamp.*$/m, '$1100');
    const reopened = await openSharedSession(ready(second.length ? `${second}\n# another case\n` : second), 1, progress);
    expect(reopened.resumedAt).toBeNull();
    // The same content again does continue its own attempt.
    const again = await openSharedSession(ready(first), 1, progress);
    expect(again.resumedAt).toBe(started!.updatedAt);
  });
});
