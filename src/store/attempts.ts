// Attempts: starting one, logging every event as it happens, finishing, listing and
// deleting. Pure record transforms first (tested directly), then the store-backed calls.
import { latestUnfinishedOf } from './attemptRules.ts';
import type { PlayEvent } from '../engine/machine/events.ts';
import type { ScoreSummary } from '../engine/scoring/types.ts';
import { toPlainJson } from './json.ts';
import { deleteOp, putOp, type ProgressStore } from './store.ts';
import { activeGapMs } from './timeSpent.ts';
import type { Attempt } from './types.ts';

export interface StartAttemptInput {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  /** The actor's persisted snapshot at the first step, if the player has one already. */
  snapshot?: unknown;
  stepId?: string | null;
}

export interface RecordEventUpdate {
  /** The actor's persisted snapshot after the event. */
  snapshot: unknown;
  /** The step the actor is on after the event. */
  stepId: string | null;
  /** Set when the event produced scores (the debrief); omit to keep the previous ones. */
  scores?: ScoreSummary | null;
  /** True when the event ended the attempt. */
  finished?: boolean;
}

export interface FinishAttemptUpdate {
  scores: ScoreSummary;
  snapshot?: unknown;
  stepId?: string | null;
}

/** What repositories need besides the store: a clock and an id source (tests fix both). */
export interface RepositoryContext {
  store: ProgressStore;
  now: () => Date;
  newId: () => string;
}

export function newAttempt(input: StartAttemptInput, id: string, nowIso: string): Attempt {
  return {
    id,
    scenarioId: input.scenarioId,
    scenarioVersion: input.scenarioVersion,
    seed: input.seed,
    events: [],
    snapshot: toPlainJson(input.snapshot ?? null),
    stepId: input.stepId ?? null,
    scores: null,
    status: 'in-progress',
    startedAt: nowIso,
    updatedAt: nowIso,
    finishedAt: null,
    timeSpentMs: 0,
  };
}

/** Time passes on every change: the gap since the last one counts, capped (timeSpent.ts). */
function touched(attempt: Attempt, nowIso: string): Attempt {
  return { ...attempt, updatedAt: nowIso, timeSpentMs: attempt.timeSpentMs + activeGapMs(attempt.updatedAt, nowIso) };
}

export function withEvent(attempt: Attempt, event: PlayEvent, update: RecordEventUpdate, nowIso: string): Attempt {
  const next = touched(attempt, nowIso);
  next.events = [...attempt.events, { at: nowIso, event: toPlainJson(event) }];
  next.snapshot = toPlainJson(update.snapshot);
  next.stepId = update.stepId;
  if (update.scores !== undefined) next.scores = toPlainJson(update.scores);
  if (update.finished && attempt.status !== 'finished') {
    next.status = 'finished';
    next.finishedAt = nowIso;
  }
  return next;
}

export function withFinish(attempt: Attempt, update: FinishAttemptUpdate, nowIso: string): Attempt {
  const next = touched(attempt, nowIso);
  next.scores = toPlainJson(update.scores);
  if (update.snapshot !== undefined) next.snapshot = toPlainJson(update.snapshot);
  if (update.stepId !== undefined) next.stepId = update.stepId;
  next.status = 'finished';
  next.finishedAt = attempt.finishedAt ?? nowIso;
  return next;
}

export async function startAttempt(ctx: RepositoryContext, input: StartAttemptInput): Promise<Attempt> {
  const attempt = newAttempt(input, ctx.newId(), ctx.now().toISOString());
  await ctx.store.write([putOp('attempts', attempt)]);
  return attempt;
}

/** Appends one event and saves at once. Null when the attempt is gone (deleted in another tab). */
export async function recordEvent(
  ctx: RepositoryContext,
  attemptId: string,
  event: PlayEvent,
  update: RecordEventUpdate,
): Promise<Attempt | null> {
  const attempt = await ctx.store.get('attempts', attemptId);
  if (!attempt) return null;
  const next = withEvent(attempt, event, update, ctx.now().toISOString());
  await ctx.store.write([putOp('attempts', next)]);
  return next;
}

export async function finishAttempt(
  ctx: RepositoryContext,
  attemptId: string,
  update: FinishAttemptUpdate,
): Promise<Attempt | null> {
  const attempt = await ctx.store.get('attempts', attemptId);
  if (!attempt) return null;
  const next = withFinish(attempt, update, ctx.now().toISOString());
  await ctx.store.write([putOp('attempts', next)]);
  return next;
}

export function getAttempt(store: ProgressStore, id: string): Promise<Attempt | undefined> {
  return store.get('attempts', id);
}

/** Newest first (by start time), so lists read like a history. */
export function sortNewestFirst(attempts: Attempt[]): Attempt[] {
  return attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id));
}

export async function listAttempts(store: ProgressStore): Promise<Attempt[]> {
  return sortNewestFirst(await store.list('attempts'));
}

/** The in-progress attempt touched most recently, optionally for one scenario only. */
export async function latestUnfinished(store: ProgressStore, scenarioId?: string): Promise<Attempt | undefined> {
  return latestUnfinishedOf(await store.list('attempts'), scenarioId) ?? undefined;
}

export async function deleteAttempt(store: ProgressStore, id: string): Promise<void> {
  await store.write([deleteOp('attempts', id)]);
}
