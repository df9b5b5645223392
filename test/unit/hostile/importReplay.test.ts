// A crafted progress file is refused unless every attempt replays against its case through
// the attempt codec (issue 22, finding 4); scores are the engine's, never the file's; and a
// merge never replaces a finished attempt with an unfinished one (finding 9).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { importProgress } from '../../../src/store/importFile.ts';
import { shipped } from '../attempt/shipped.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/attempts');
const KNOWN = ['coffee-card-example', 'loyalty-ladder', 'mrs-smith-lost-value', 'vanity-number-penalty'];
const cases = { prepare: async (id: string) => (KNOWN.includes(id) ? shipped(id) : null) };

function fixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(resolve(FIXTURES, `${name}.json`), 'utf8'));
}
const text = (file: unknown) => JSON.stringify(file);

async function importInto(store: MemoryStore, file: unknown) {
  return importProgress(store, text(file), KNOWN, cases);
}

describe('import through the attempt codec', () => {
  it('imports the shipped fixtures unchanged, scores recomputed by the engine', async () => {
    const file = fixture('coffee-card-example.finished');
    file.attempts[0].scores = { dimensions: { value: 100, relationship: 100, ethics: 100, insight: 100 }, total: 100, grade: 'A' };
    const store = new MemoryStore();
    expect(await importInto(store, file)).toMatchObject({ ok: true, added: 1 });
    const [stored] = await store.list('attempts');
    // The fixture's own figures, which the player computed from the same answers.
    expect(stored!.scores).toEqual(fixture('coffee-card-example.finished').attempts[0].scores);
    expect(stored!.status).toBe('finished');
  });

  const crafted: [string, (snapshot: Record<string, any>) => void][] = [
    ['trail: null', (s) => { s.context.trail = null; }],
    ['a snapshot at the debrief with no answers', (s) => { s.value = 'debrief'; s.context.answers = { choices: {}, estimates: {}, allocations: {}, order: [] }; s.context.finished = true; }],
    ['a parameter of 1e308', (s) => { s.context.params.customers = 1e308; }],
    ['a parameter of "lots"', (s) => { s.context.params.customers = 'lots'; }],
    ['an answer to a step that does not exist', (s) => { s.context.answers.choices.nowhere = ['x']; }],
  ];
  it.each(crafted)('refuses %s with a message in both languages, storing nothing', async (_what, craft) => {
    const file = fixture('coffee-card-example.mid');
    craft(file.attempts[0].snapshot);
    const store = new MemoryStore();
    const result = await importInto(store, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'doesNotReplay', params: { id: file.attempts[0].id, scenario: 'coffee-card-example' } });
    expect(String(result.errors[0]!.params.reasonEn)).toMatch(/^This saved attempt cannot be continued: .+\.$/);
    expect(String(result.errors[0]!.params.reasonZh)).toMatch(/^这次保存的练习无法继续：.+。$/);
    expect(await store.list('attempts')).toEqual([]);
  });

  it('a finished attempt is never replaced by an unfinished copy with a later updatedAt', async () => {
    const store = new MemoryStore();
    const done = fixture('coffee-card-example.finished');
    expect(await importInto(store, done)).toMatchObject({ ok: true, added: 1 });
    const mid = fixture('coffee-card-example.mid');
    mid.attempts[0].id = done.attempts[0].id;
    mid.attempts[0].seed = done.attempts[0].seed;
    mid.attempts[0].snapshot.context.seed = done.attempts[0].seed;
    mid.attempts[0].updatedAt = '2030-01-01T00:00:00.000Z';
    expect(await importInto(store, mid)).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 1 });
    const [stored] = await store.list('attempts');
    expect(stored!.status).toBe('finished');
    expect(stored!.scores).toEqual(done.attempts[0].scores);
  });
});

describe('format version messages', () => {
  it('a missing formatVersion says so, not "format version undefined"', async () => {
    const file = fixture('coffee-card-example.mid');
    delete file.formatVersion;
    expect(await importInto(new MemoryStore(), file)).toEqual({ ok: false, errors: [{ code: 'missingVersion', params: { supported: 1 } }] });
  });

  it('a formatVersion written as text is an unexpected value at formatVersion, not "version 1; reads version 1"', async () => {
    const file = fixture('coffee-card-example.mid');
    file.formatVersion = '1';
    expect(await importInto(new MemoryStore(), file)).toEqual({ ok: false, errors: [{ code: 'invalid', params: { path: 'formatVersion', message: 'expected a number' } }] });
  });
});
