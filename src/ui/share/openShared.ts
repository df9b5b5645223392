// Opening a case that came in a link: decode the payload, validate the scenario like any
// file, and start a session that saves to progress. A shared case's attempts are keyed by a
// hash of its text (`shared:…`), never by the id it declares: it is never counted as a
// shipped case, and another shared case with the same id never continues its attempts.
import { prepareScenario, type PreparedScenario } from '../../engine/prepared.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { decodeShareLink, type DecodeFailure } from '../../engine/share/shareLink.ts';
import { AttemptRecorder } from '../player/attemptRecorder.ts';
import type { CaseStore } from '../player/openCase.ts';
import { findResumable } from '../player/resume.ts';
import { newSeed } from '../player/seed.ts';
import { PlaySession } from '../player/session.svelte.ts';
import { prepareText } from '../scenario/prepareText.ts';
import { sharedCaseKey } from './sharedCaseId.ts';

export { isSharedCaseId, sharedCaseKey } from './sharedCaseId.ts';

export type SharedCase =
  | { kind: 'bad-link'; reason: DecodeFailure }
  | { kind: 'invalid'; issues: ScenarioIssue[] }
  | { kind: 'ready'; prepared: PreparedScenario; isShippedId: boolean; text: string };

export function readSharedCase(payload: string, isShippedId: (id: string) => boolean): SharedCase {
  const decoded = decodeShareLink(payload);
  if (!decoded.ok) return { kind: 'bad-link', reason: decoded.reason };
  const loaded = prepareText(decoded.text, 'shared');
  if (!loaded.ok) return { kind: 'invalid', issues: loaded.reason === 'invalid' ? loaded.issues : [] };
  return { kind: 'ready', prepared: loaded.prepared, isShippedId: isShippedId(loaded.prepared.scenario.id), text: decoded.text };
}

export interface OpenedShared {
  session: PlaySession;
  resumedAt: string | null;
}

/** `store` null: play without saving. */
export async function openSharedSession(shared: Extract<SharedCase, { kind: 'ready' }>, seed: number | null, store: CaseStore | null): Promise<OpenedShared> {
  // The attempt's case id is the content key, in the store and in the machine's own context.
  const p = prepareScenario({ ...shared.prepared.scenario, id: await sharedCaseKey(shared.text) });
  const scenario = { id: p.scenario.id, version: p.scenario.version };
  // Keyed by content, a shared case's own attempts are the only ones it may continue.
  const found = store ? await findResumable(store, p, seed) : null;
  if (found?.ok) {
    const { attempt, decoded } = found;
    const session = new PlaySession(p, { seed: attempt.seed, restore: decoded, persistence: new AttemptRecorder(store!, scenario, attempt.id) });
    return { session, resumedAt: attempt.updatedAt };
  }
  // A saved attempt the codec refuses: a new attempt starts.
  const recorder = store ? new AttemptRecorder(store, scenario) : undefined;
  return { session: new PlaySession(p, { seed: seed ?? newSeed(), persistence: recorder }), resumedAt: null };
}
