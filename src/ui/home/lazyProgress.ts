// The home page's view of saved progress without Dexie on first paint: the store module loads
// only after the page is up, and only when the browser may hold saved progress at all.
import { DB_NAME } from '../../store/dbName.ts';
import type { Progress } from '../../store/progress.ts';
import type { ContinueStore } from './continueAttempt.ts';

/** What the home page reads: the attempt to continue, and every attempt for the case marks. */
export type HomeStore = ContinueStore & Pick<Progress, 'listAttempts'>;

type DatabaseList = Pick<IDBFactory, 'databases'>;

/**
 * False only when the browser says for sure that our database does not exist (a first
 * visit): no attempt can be there. Unknown (no API, an error) counts as "may exist".
 */
export async function databaseMayExist(factory: Partial<DatabaseList> | undefined = globalThis.indexedDB, name = DB_NAME): Promise<boolean> {
  if (typeof factory?.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((db) => db.name === name);
  } catch {
    return true;
  }
}

/** Loads the progress store (and Dexie with it) on first use, after the first paint. */
export function lazyContinueStore(mayExist: () => Promise<boolean> = () => databaseMayExist()): HomeStore {
  return {
    async latestUnfinished() {
      if (!(await mayExist())) return undefined;
      const { progress } = await import('../../store/progress.ts');
      return progress.latestUnfinished();
    },
    async listAttempts() {
      if (!(await mayExist())) return [];
      const { progress } = await import('../../store/progress.ts');
      return progress.listAttempts();
    },
  };
}
