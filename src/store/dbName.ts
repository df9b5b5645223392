// The IndexedDB database's name, on its own so a page can ask whether saved progress exists
// (indexedDB.databases()) without downloading Dexie.
export const DB_NAME = 'loyalty-lab';
