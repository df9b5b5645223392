// Opening a case that came in a link: decode the payload, validate the scenario like any
// file, and start a session that saves to progress like a shipped case. A shared case
// whose id is also a shipped case's never replaces it: it never continues an attempt (that
// could be the shipped case's), and saves its own only when finished (finishedOnlyRecorder.ts).
import type { PreparedScenario } from '../../engine/prepared.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import { decodeShareLink, type DecodeFailure } from '../../engine/share/shareLink.ts';
import { AttemptRecorder } from '../player/attemptRecorder.ts';
import type { CaseStore } from '../player/openCase.ts';
import { findResumable } from '../player/resume.ts';
import { newSeed } from '../player/seed.ts';
import { PlaySession } from '../player/session.svelte.ts';
import { prepareText } from '../scenario/prepareText.ts';
import { FinishedOnlyRecorder } from './finishedOnlyRecorder.ts';

export type SharedCase =
  | { kind: 'bad-link'; reason: DecodeFailure }
  | { kind: 'invalid'; issues: ScenarioIssue[] }
  | { kind: 'ready'; prepared: PreparedScenario; isShippedId: boolean };

export function readSharedCase(payload: string, isShippedId: (id: string) => boolean): SharedCase {
  const decoded = decodeShareLink(payload);
  if (!decoded.ok) return { kind: 'bad-link', reason: decoded.reason };
  const loaded = prepareText(decoded.text, 'shared');
  if (!loaded.ok) return { kind: 'invalid', issues: loaded.reason === 'invalid' ? loaded.issues : [] };
  return { kind: 'ready', prepared: loaded.prepared, isShippedId: isShippedId(loaded.prepared.scenario.id) };
}

export interface OpenedShared {
  session: PlaySession;
  resumedAt: string | null;
}

/** `store` null: play without saving. */
export async function openSharedSession(shared: Extract<SharedCase, { kind: 'ready' }>, seed: number | null, store: CaseStore | null): Promise<OpenedShared> {
  const p = shared.prepared;
  const scenario = { id: p.scenario.id, version: p.scenario.version };
  const found = store && !shared.isShippedId ? await findResumable(store, p, seed) : null;
  if (found?.ok) {
    const { attempt, decoded } = found;
    const session = new PlaySession(p, { seed: attempt.seed, restore: decoded, persistence: new AttemptRecorder(store!, scenario, attempt.id) });
    return { session, resumedAt: attempt.updatedAt };
  }
  // A saved attempt the codec refuses (a shared case edited since): a new attempt starts.
  const startRecorder = () => new AttemptRecorder(store!, scenario);
  const recorder = !store ? undefined : shared.isShippedId ? new FinishedOnlyRecorder(startRecorder) : startRecorder();
  return { session: new PlaySession(p, { seed: seed ?? newSeed(), persistence: recorder }), resumedAt: null };
}
