// The records the store keeps: attempts at a case, teacher drafts and local settings.
// These are the current (schema v2) shapes; migrations.ts holds the earlier ones.
import type { PlayEvent } from '../engine/machine/events.ts';
import type { ScoreSummary } from '../engine/scoring/types.ts';

export const AttemptStatusValues = ['in-progress', 'finished'] as const;
export type AttemptStatus = (typeof AttemptStatusValues)[number];

/** One entry of an attempt's event log: what the learner did, and when. */
export interface AttemptEvent {
  /** ISO 8601 timestamp. */
  at: string;
  event: PlayEvent;
}

export interface Attempt {
  /** A v4 UUID. */
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  events: AttemptEvent[];
  /**
   * The attempt as the engine's codec saved it (a SavedAttempt; older records hold format 0,
   * the machine's own snapshot). Opaque here: read it only through decodeAttempt.
   */
  snapshot: unknown;
  /** The step the learner is on, for "continue where you left off". */
  stepId: string | null;
  scores: ScoreSummary | null;
  status: AttemptStatus;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** Active time in milliseconds: gaps between events count up to IDLE_GAP_CAP_MS each. */
  timeSpentMs: number;
  /** Set by import when the file names a case this app does not ship. */
  unknownScenario?: boolean;
}

/** A teacher's scenario in progress (YAML text), kept by the authoring pages. */
export interface Draft {
  id: string;
  title: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export const SettingKeyValues = ['language', 'learnerName', 'classCode'] as const;
export type SettingKey = (typeof SettingKeyValues)[number];

/** A local-only preference, one record per key. */
export interface Setting {
  key: SettingKey;
  value: string;
}

/** Who the learner is, as far as export files are concerned. Both fields are optional. */
export interface LearnerInfo {
  name?: string;
  classCode?: string;
}
