// Reading a record by a name the case author chose (a step id, a parameter name): only the
// record's own entries count, so `toString` or `constructor` never find Object's members.

/** The record's own entry for `key`, or undefined (never an inherited member). */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether `key` is one of the record's own entries. */
export function hasOwnKey(record: object | undefined | null, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}
