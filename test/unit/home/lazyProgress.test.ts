// The home page asks for saved progress without Dexie on first paint: only a browser that
// says our database is absent skips the store; anything uncertain still loads it.
import { expect, test } from 'vitest';
import { DB_NAME as DEXIE_DB_NAME } from '../../../src/store/db.ts';
import { DB_NAME } from '../../../src/store/dbName.ts';
import { databaseMayExist, lazyContinueStore } from '../../../src/ui/home/lazyProgress.ts';

const listing = (...names: string[]) => ({ databases: async () => names.map((name) => ({ name, version: 1 })) });

test('the name asked about is the one Dexie opens', () => {
  expect(DB_NAME).toBe(DEXIE_DB_NAME);
  expect(DB_NAME).toBe('loyalty-lab');
});

test('absent only when the browser lists databases and ours is not among them', async () => {
  expect(await databaseMayExist(listing(), 'loyalty-lab')).toBe(false);
  expect(await databaseMayExist(listing('other-app'), 'loyalty-lab')).toBe(false);
  expect(await databaseMayExist(listing('other-app', 'loyalty-lab'), 'loyalty-lab')).toBe(true);
});

test('no listing API, no IndexedDB, or a failing listing: it may exist', async () => {
  expect(await databaseMayExist({}, 'loyalty-lab')).toBe(true);
  expect(await databaseMayExist(undefined, 'loyalty-lab')).toBe(true);
  expect(await databaseMayExist({ databases: () => Promise.reject(new Error('blocked')) }, 'loyalty-lab')).toBe(true);
});

test('with no database there is nothing to continue, and the store is never opened', async () => {
  expect(await lazyContinueStore(async () => false).latestUnfinished()).toBeUndefined();
});
