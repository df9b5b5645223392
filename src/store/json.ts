// Turning caller-owned values into plain JSON before they are stored. The player may hand
// us Svelte $state proxies (IndexedDB cannot clone those) or objects it later mutates.
export function toPlainJson<T>(value: T): T {
  if (value === undefined) return null as T;
  return JSON.parse(JSON.stringify(value)) as T;
}
