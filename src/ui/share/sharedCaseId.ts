// A shared case's attempts are keyed by its content, not by the id it declares: `shared:`
// and a hash of the case text. No case id can contain a colon, so the two never meet.
const SHARED_PREFIX = 'shared:';

/** Whether an attempt's scenario id is a shared case's content key (no case id has a colon). */
export function isSharedCaseId(scenarioId: string): boolean {
  return scenarioId.startsWith(SHARED_PREFIX);
}

/** A short code that tells shared cases apart on the progress page and in the class report. */
export function sharedCaseCode(scenarioId: string): string {
  return scenarioId.slice(SHARED_PREFIX.length, SHARED_PREFIX.length + 6);
}

/** `shared:` and the first 64 bits of the SHA-256 of the case text: forging a match is out of reach. */
export async function sharedCaseKey(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return SHARED_PREFIX + [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
