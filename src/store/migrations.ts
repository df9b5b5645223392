// Earlier shapes of the stored records and the pure functions that bring them up to the
// current one. db.ts runs these inside its Dexie upgrades; the migration test feeds them
// real databases written at each earlier version.
import type { PlayEvent } from '../engine/machine/events.ts';
import type { ScoreSummary } from '../engine/scoring/types.ts';
import { IDLE_GAP_CAP_MS } from './timeSpent.ts';
import type { Attempt, AttemptStatus, Setting } from './types.ts';

/** Schema v1 (first release): a bare decision list with no times, and no time spent. */
export interface AttemptV1 {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  decisions: PlayEvent[];
  snapshot: unknown;
  stepId: string | null;
  scores: ScoreSummary | null;
  status: AttemptStatus;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** Schema v1 kept the learner as one settings record; v2 has one record per key. */
export interface LearnerSettingV1 {
  key: 'learner';
  value: { name?: string; classCode?: string };
}

export const SCHEMA_V1 = {
  attempts: 'id, scenarioId, status, updatedAt',
  settings: 'key',
} as const;

/** v2 keeps the attempt indexes (only the records change shape) and adds drafts. */
export const SCHEMA_V2 = {
  attempts: 'id, scenarioId, status, updatedAt',
  drafts: 'id, updatedAt',
  settings: 'key',
} as const;

/**
 * v1 → v2 attempt. v1 never recorded when each decision happened, so every event gets
 * the attempt's updatedAt (the latest moment we know it had happened by), and the time
 * spent is the start-to-last-update span, capped as if each decision were one gap.
 */
export function attemptV1toV2(old: AttemptV1): Attempt {
  const { decisions, ...rest } = old;
  const span = Math.max(0, Date.parse(old.updatedAt) - Date.parse(old.startedAt));
  const cap = IDLE_GAP_CAP_MS * Math.max(1, decisions.length);
  return {
    ...rest,
    events: decisions.map((event) => ({ at: old.updatedAt, event })),
    timeSpentMs: Number.isFinite(span) ? Math.min(span, cap) : 0,
  };
}

/** v1 → v2 settings: the one 'learner' record becomes 'learnerName' and 'classCode'. */
export function learnerSettingV1toV2(old: LearnerSettingV1): Setting[] {
  const out: Setting[] = [];
  if (old.value.name) out.push({ key: 'learnerName', value: old.value.name });
  if (old.value.classCode) out.push({ key: 'classCode', value: old.value.classCode });
  return out;
}
