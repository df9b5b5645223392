// Opening a case for play: load and validate the scenario, read a teacher's presets from the
// link, find an unfinished attempt to continue, and start a session that saves every event.
import type { AttemptNotice, AttemptProblem } from '../../engine/attempt/index.ts';
import type { ScenarioIssue } from '../../engine/scenario/issues.ts';
import type { Progress } from '../../store/progress.ts';
import { parseClassroomPresets, type PresetProblem } from '../scenario/classroomPresets.ts';
import { loadPrepared } from '../scenario/loadPrepared.ts';
import { AttemptRecorder } from './attemptRecorder.ts';
import { findResumable } from './resume.ts';
import { newSeed } from './seed.ts';
import { PlaySession } from './session.svelte.ts';

export type CaseStore = Pick<Progress, 'latestUnfinished' | 'startAttempt' | 'recordEvent'>;

export type OpenedCase =
  | { kind: 'not-found'; id: string }
  | { kind: 'invalid'; file: string; issues: ScenarioIssue[] }
  | {
      kind: 'ready';
      session: PlaySession;
      resumedAt: string | null;
      /** Parameters the teacher's link made read-only. */
      locked: string[];
      /** Link values that could not be used (shown to the learner, politely). */
      problems: PresetProblem[];
      /** What the learner should know about the saved attempt: continued in a newer case version, or not continued. */
      attemptNotes: AttemptNote[];
    };

export type AttemptNote = { kind: 'notice'; notice: AttemptNotice } | { kind: 'refused'; problem: AttemptProblem };

/**
 * `store` null: play without saving (tests, or a page that must not touch storage).
 * `query`: the link's classroom presets — `p.*` are the attempt's (scored) start values,
 * hidden parameters included; `lock` is handed to the page.
 */
export async function openCase(id: string, seed: number | null, store: CaseStore | null, query = new URLSearchParams()): Promise<OpenedCase> {
  const loaded = await loadPrepared(id);
  if (!loaded.ok) return loaded.reason === 'not-found' ? { kind: 'not-found', id } : { kind: 'invalid', file: loaded.file, issues: loaded.issues };
  const p = loaded.prepared;
  const presets = parseClassroomPresets(p.scenario, query, { allowHidden: true });
  const fromLink = { locked: presets.locked, problems: presets.problems };
  const scenario = { id: p.scenario.id, version: p.scenario.version };
  const found = store ? await findResumable(store, p, seed, presets.params) : null;
  if (found?.ok) {
    const recorder = new AttemptRecorder(store!, scenario, found.attempt.id);
    const session = new PlaySession(p, { seed: found.attempt.seed, restore: found.decoded, persistence: recorder });
    const attemptNotes = found.decoded.notices.map((notice): AttemptNote => ({ kind: 'notice', notice }));
    return { kind: 'ready', session, resumedAt: found.attempt.updatedAt, ...fromLink, attemptNotes };
  }
  // Nothing to continue, or an attempt the codec refused (said so): a new attempt starts.
  const attemptNotes: AttemptNote[] = found?.problem ? [{ kind: 'refused', problem: found.problem }] : [];
  const recorder = store ? new AttemptRecorder(store, scenario) : null;
  const session = new PlaySession(p, { seed: seed ?? newSeed(), params: presets.params, persistence: recorder ?? undefined });
  return { kind: 'ready', session, resumedAt: null, ...fromLink, attemptNotes };
}
