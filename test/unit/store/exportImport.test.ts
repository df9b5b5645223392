// Export and import of all progress: the round trip, the merge rules, and every kind of
// bad file, each of which must give its own error code and leave the database unchanged.
import { describe, expect, it } from 'vitest';
import { LoyaltyLabDB } from '../../../src/store/db.ts';
import { DexieStore } from '../../../src/store/dexieStore.ts';
import { exportFileName } from '../../../src/store/exportFile.ts';
import { importProgress, MAX_IMPORT_BYTES, type ImportErrorCode } from '../../../src/store/importFile.ts';
import type { Attempt } from '../../../src/store/types.ts';
import { attemptFixture, fakeIndexedDb, testProgress } from './fixtures.ts';

const KNOWN = ['loyalty-ladder', 'mrs-smith', 'vanity-number'];

/** A progress with three attempts (one unfinished, one with an extra dimension) and a learner. */
async function filledProgress() {
  const t = testProgress();
  const { progress, clock } = t;
  await progress.setLearner({ name: '李华', classCode: 'CRM-2025' });
  const a = await progress.startAttempt({ scenarioId: 'mrs-smith', scenarioVersion: 1, seed: 1 });
  clock.advance(20_000);
  await progress.recordEvent(a.id, { type: 'CHOOSE', option: 'apologise' }, { snapshot: { value: 'estimate' }, stepId: 'estimate' });
  clock.advance(40_000);
  await progress.recordEvent(a.id, { type: 'SUBMIT', value: 26000 }, {
    snapshot: { value: 'debrief' }, stepId: 'debrief', finished: true,
    scores: { dimensions: { value: 72, relationship: 64, ethics: 90, insight: 81.5, recovery: 55 }, total: 74.2, grade: 'B' },
  });
  clock.advance(60_000);
  const b = await progress.startAttempt({ scenarioId: 'vanity-number', scenarioVersion: 2, seed: 0, stepId: 'call' });
  clock.advance(5_000);
  await progress.recordEvent(b.id, { type: 'NEXT' }, { snapshot: { value: 'offer', context: { 备注: '靓号' } }, stepId: 'offer' });
  const c = await progress.startAttempt({ scenarioId: 'loyalty-ladder', scenarioVersion: 1, seed: 3 });
  await progress.finishAttempt(c.id, { scores: { dimensions: { value: 40, relationship: 30, ethics: 20, insight: 10 }, total: 25, grade: 'E' } });
  return t;
}

describe('export', () => {
  it('writes one versioned JSON file with the learner and every attempt', async () => {
    const { progress } = await filledProgress();
    const { text, fileName, mimeType } = await progress.exportJson();
    const file = JSON.parse(text);
    expect(fileName).toBe(exportFileName('json', new Date('2025-03-01T09:02:05.000Z')));
    expect(fileName).toMatch(/^loyalty-lab-progress-2025-03-0[12]\.json$/);
    expect(mimeType).toBe('application/json');
    expect(file).toMatchObject({ app: 'loyalty-lab', kind: 'progress', formatVersion: 1, exportedAt: '2025-03-01T09:02:05.000Z', learner: { name: '李华', classCode: 'CRM-2025' } });
    expect(file.attempts).toEqual(await progress.listAttempts());
    expect(file.attempts).toHaveLength(3);
  });

  it('names files by the local calendar day', () => {
    expect(exportFileName('csv', new Date(2025, 0, 9, 23, 59))).toBe('loyalty-lab-progress-2025-01-09.csv');
  });
});

describe('import', () => {
  it('round trip: export, wipe, import gives back identical data', async () => {
    const source = (await filledProgress()).progress;
    const before = await source.listAttempts();
    const { text } = await source.exportJson();

    const { progress: fresh } = testProgress(); // a wiped, empty database
    expect(await fresh.importFile(text, KNOWN)).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0, unknownScenarios: [] });
    expect(await fresh.listAttempts()).toStrictEqual(before);
    // Importing the same file again adds nothing.
    expect(await fresh.importFile(text, KNOWN)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 3, unknownScenarios: [] });
    expect(await fresh.listAttempts()).toStrictEqual(before);
  });

  it('merges: new ids are added, the newer updatedAt wins, older or equal copies change nothing', async () => {
    const { progress } = testProgress();
    const mine = [
      attemptFixture({ id: 'newer-in-file', updatedAt: '2025-03-01T09:03:00.000Z', stepId: 'mine' }),
      attemptFixture({ id: 'older-in-file', updatedAt: '2025-03-02T10:00:00.000Z', stepId: 'mine' }),
      attemptFixture({ id: 'same-in-file', updatedAt: '2025-03-02T10:00:00.000Z', stepId: 'mine' }),
    ];
    await progress.importFile(fileOf(mine), KNOWN);
    const incoming = [
      attemptFixture({ id: 'newer-in-file', updatedAt: '2025-03-04T12:00:00.000Z', stepId: 'theirs' }),
      attemptFixture({ id: 'older-in-file', updatedAt: '2025-03-01T09:30:00.000Z', stepId: 'theirs' }),
      attemptFixture({ id: 'same-in-file', updatedAt: '2025-03-02T10:00:00.000Z', stepId: 'theirs' }),
      attemptFixture({ id: 'only-in-file', stepId: 'theirs' }),
    ];
    expect(await progress.importFile(fileOf(incoming), KNOWN)).toEqual({ ok: true, added: 1, updated: 1, unchanged: 2, unknownScenarios: [] });
    const byId = Object.fromEntries((await progress.listAttempts()).map((a) => [a.id, a.stepId]));
    expect(byId).toEqual({ 'newer-in-file': 'theirs', 'older-in-file': 'mine', 'same-in-file': 'mine', 'only-in-file': 'theirs' });
  });

  it('keeps attempts at unknown cases, marked, and says which cases', async () => {
    const { progress } = testProgress();
    const file = fileOf([
      attemptFixture({ id: 'x1', scenarioId: 'teacher-case' }),
      attemptFixture({ id: 'x2', scenarioId: 'mrs-smith', unknownScenario: true }),
      attemptFixture({ id: 'x3', scenarioId: 'another-case' }),
    ]);
    expect(await progress.importFile(file, KNOWN)).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0, unknownScenarios: ['another-case', 'teacher-case'] });
    const flags = Object.fromEntries((await progress.listAttempts()).map((a) => [a.id, a.unknownScenario]));
    expect(flags).toEqual({ x1: true, x2: undefined, x3: true });
  });

  it('is one transaction: a failure part-way writes nothing', async () => {
    const options = fakeIndexedDb();
    const db = new LoyaltyLabDB('atomic', options);
    await db.attempts.add(attemptFixture({ id: 'already-here' }));
    db.attempts.hook('creating', (_key, record: Attempt) => {
      if (record.id === 'third') throw new Error('disk full');
    });
    const store = new DexieStore(db);
    const file = fileOf(['first', 'second', 'third'].map((id) => attemptFixture({ id })));
    const result = await importProgress(store, file, KNOWN);
    expect(result).toEqual({ ok: false, errors: [{ code: 'writeFailed', params: { message: expect.stringContaining('disk full') } }] });
    expect(await db.attempts.toCollection().primaryKeys()).toEqual(['already-here']);
    db.close();
  });
});

function fileOf(attempts: unknown[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ app: 'loyalty-lab', kind: 'progress', formatVersion: 1, exportedAt: '2025-03-05T10:00:00.000Z', learner: {}, attempts, ...overrides });
}

const good = attemptFixture({ id: 'good' });
const withSnapshot = (snapshotJson: string) => fileOf([good]).replace('"snapshot":{', `"snapshot":${snapshotJson.slice(0, -1)},`);

const badFiles: { name: string; text: () => string; codes: ImportErrorCode[]; params?: Record<string, unknown> }[] = [
  { name: 'not JSON at all', text: () => 'Name,Score\nLi,80\n', codes: ['notJson'] },
  { name: 'an empty file', text: () => '', codes: ['notJson'] },
  { name: 'JSON with trailing garbage', text: () => `${fileOf([good])} and more`, codes: ['notJson'] },
  { name: 'truncated half-way', text: () => fileOf([good, attemptFixture({ id: 'second' })]).slice(0, 400), codes: ['truncated'] },
  { name: 'truncated inside a string', text: () => '{"app":"loyalty-lab","kind":"progr', codes: ['truncated'] },
  { name: "another app's file", text: () => fileOf([good], { app: 'some-quiz-app' }), codes: ['notProgressFile'] },
  { name: 'our scenario file, not progress', text: () => fileOf([good], { kind: 'scenario' }), codes: ['notProgressFile'] },
  { name: 'a JSON array', text: () => JSON.stringify([good]), codes: ['notProgressFile'] },
  { name: 'a newer format version', text: () => fileOf([good], { formatVersion: 2 }), codes: ['unsupportedVersion'], params: { version: '2', supported: 1 } },
  { name: 'over 20 MB of ASCII', text: () => fileOf([{ ...good, snapshot: 'x'.repeat(MAX_IMPORT_BYTES) }]), codes: ['tooLarge'], params: { maxMb: 20 } },
  // 7.5 million Chinese characters: under 20 million characters, but 22.5 MB of UTF-8.
  { name: 'over 20 MB in UTF-8 bytes', text: () => fileOf([{ ...good, snapshot: '忠'.repeat(7_500_000) }]), codes: ['tooLarge'] },
  { name: '__proto__ at the top', text: () => fileOf([good]).replace('{"app"', '{"__proto__":{"polluted":true},"app"'), codes: ['forbiddenKey'], params: { path: '__proto__' } },
  { name: 'constructor deep in a snapshot', text: () => withSnapshot('{"a":[{"constructor":{"prototype":{}}}]}'), codes: ['forbiddenKey'], params: { path: 'attempts[0].snapshot.a[0].constructor' } },
  { name: 'prototype in an event', text: () => fileOf([{ ...good, events: [{ at: good.startedAt, event: { type: 'NEXT', prototype: 1 } }] }]), codes: ['forbiddenKey'], params: { path: 'attempts[0].events[0].event.prototype' } },
  { name: 'a total over 100', text: () => fileOf([{ ...good, scores: { ...good.scores, total: 101 } }]), codes: ['scoreOutOfRange'], params: { id: 'good', field: 'total', value: 101 } },
  { name: 'a negative dimension', text: () => fileOf([{ ...good, scores: { ...good.scores, dimensions: { ethics: -5 } } }]), codes: ['scoreOutOfRange'], params: { id: 'good', field: 'ethics', value: -5 } },
  { name: 'the same id twice', text: () => fileOf([good, attemptFixture({ id: 'good', seed: 2 })]), codes: ['duplicateId'], params: { id: 'good' } },
  { name: 'no attempts list', text: () => fileOf([good], { attempts: undefined }), codes: ['invalid'], params: { path: 'attempts' } },
  { name: 'an unknown status', text: () => fileOf([{ ...good, status: 'paused' }]), codes: ['invalid'], params: { path: 'attempts.0.status' } },
  { name: 'an unknown event type', text: () => fileOf([{ ...good, events: [{ at: good.startedAt, event: { type: 'HACK' } }] }]), codes: ['invalid'], params: { path: 'attempts.0.events.0.event.type' } },
  { name: 'a date that is not a date', text: () => fileOf([{ ...good, startedAt: 'yesterday' }]), codes: ['invalid'], params: { path: 'attempts.0.startedAt' } },
  { name: 'a score that is text', text: () => fileOf([{ ...good, scores: { ...good.scores, total: '75' } }]), codes: ['invalid'], params: { path: 'attempts.0.scores.total' } },
];

describe('bad import files change nothing', () => {
  it.each(badFiles)('$name → $codes', async ({ text, codes, params }) => {
    const { progress } = testProgress();
    await progress.importFile(fileOf([attemptFixture({ id: 'already-here' })]), KNOWN);
    const before = await progress.listAttempts();

    const result = await progress.importFile(text(), KNOWN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toEqual(codes);
    if (params) expect(result.errors[0]?.params).toMatchObject(params);
    expect(await progress.listAttempts()).toStrictEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
