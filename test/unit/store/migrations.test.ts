// Schema migrations against real databases: for every earlier schema version, write a
// database with a raw Dexie that knows only that version, close it, reopen it with the
// current LoyaltyLabDB, and check every record arrived, correctly transformed.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, LoyaltyLabDB } from '../../../src/store/db.ts';
import { SCHEMA_V1, type AttemptV1, type LearnerSettingV1 } from '../../../src/store/migrations.ts';
import { IDLE_GAP_CAP_MS } from '../../../src/store/timeSpent.ts';
import type { Attempt, Setting } from '../../../src/store/types.ts';
import { fakeIndexedDb } from './fixtures.ts';

const finishedV1: AttemptV1 = {
  id: 'v1-finished',
  scenarioId: 'mrs-smith',
  scenarioVersion: 1,
  seed: 1,
  decisions: [{ type: 'CHOOSE', option: 'apologise' }, { type: 'SUBMIT', value: 2600 }, { type: 'NEXT' }],
  snapshot: { value: 'debrief', context: { loss: 2600 } },
  stepId: 'debrief',
  scores: { dimensions: { value: 80, relationship: 75, ethics: 90, insight: 70 }, total: 78.8, grade: 'B' },
  status: 'finished',
  startedAt: '2024-11-05T08:00:00.000Z',
  updatedAt: '2024-11-05T08:12:00.000Z', // 12 minutes, within 3 capped gaps (15 min)
  finishedAt: '2024-11-05T08:12:00.000Z',
};

const abandonedV1: AttemptV1 = {
  id: 'v1-abandoned',
  scenarioId: 'vanity-number',
  scenarioVersion: 3,
  seed: 9,
  decisions: [{ type: 'NEXT' }],
  snapshot: { value: 'offer' },
  stepId: 'offer',
  scores: null,
  status: 'in-progress',
  startedAt: '2024-11-06T08:00:00.000Z',
  updatedAt: '2024-11-07T08:00:00.000Z', // a day later: one decision, so at most one capped gap
  finishedAt: null,
};

const emptyV1: AttemptV1 = { ...abandonedV1, id: 'v1-empty', decisions: [], updatedAt: abandonedV1.startedAt, stepId: null, snapshot: null };

const learnerV1: LearnerSettingV1 = { key: 'learner', value: { name: '王小明', classCode: 'CRM-A' } };

/** Every earlier version: how to write it, and what the current schema must hold after. */
const earlierVersions = [
  {
    version: 1,
    schema: SCHEMA_V1,
    records: { attempts: [finishedV1, abandonedV1, emptyV1], settings: [learnerV1, { key: 'language', value: 'zh-CN' }] },
    expectedAttempts: [
      {
        ...withoutDecisions(finishedV1),
        events: finishedV1.decisions.map((event) => ({ at: '2024-11-05T08:12:00.000Z', event })),
        timeSpentMs: 12 * 60 * 1000,
      },
      {
        ...withoutDecisions(abandonedV1),
        events: [{ at: '2024-11-07T08:00:00.000Z', event: { type: 'NEXT' } }],
        timeSpentMs: IDLE_GAP_CAP_MS,
      },
      { ...withoutDecisions(emptyV1), events: [], timeSpentMs: 0 },
    ] satisfies Attempt[],
    expectedSettings: [
      { key: 'classCode', value: 'CRM-A' },
      { key: 'language', value: 'zh-CN' },
      { key: 'learnerName', value: '王小明' },
    ] satisfies Setting[],
  },
] as const;

function withoutDecisions(old: AttemptV1) {
  const { decisions: _decisions, ...rest } = old;
  return rest;
}

describe('schema migrations', () => {
  it('covers every version before the current one', () => {
    expect(earlierVersions.map((v) => v.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it.each(earlierVersions)('a database written at v$version opens at the current version with every record', async (fixture) => {
    const options = fakeIndexedDb();
    const old = new Dexie('loyalty-lab', options);
    old.version(fixture.version).stores(fixture.schema);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new LoyaltyLabDB('loyalty-lab', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const attempts = await db.attempts.orderBy('id').toArray();
    expect(attempts).toEqual([...fixture.expectedAttempts].sort((a, b) => a.id.localeCompare(b.id)));
    expect(attempts.every((a) => !('decisions' in a))).toBe(true);
    expect(await db.settings.orderBy('key').toArray()).toEqual(fixture.expectedSettings);
    // The indexes still find migrated rows.
    expect(await db.attempts.where('status').equals('in-progress').primaryKeys()).toEqual(['v1-abandoned', 'v1-empty']);
    expect(await db.attempts.where('scenarioId').equals('mrs-smith').primaryKeys()).toEqual(['v1-finished']);
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });

  it('a fresh database starts at the current version, empty', async () => {
    const db = new LoyaltyLabDB('fresh', fakeIndexedDb());
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.attempts.count()).toBe(0);
    db.close();
  });
});
