// Reads a saved attempt of any format version into today's SavedAttempt shape, checking
// every field's type (not yet its fit with the case: replay.ts does that). Versions:
//   0 (unversioned, before the codec): xstate's persisted snapshot,
//     { status: 'active', value: <step>, context: { scenarioId, …, finished }, … }
//   1: SavedAttempt.
import type { Answers } from '../answers.ts';
import { ATTEMPT_FORMAT_VERSION, type SavedAttempt } from './savedAttempt.ts';
import type { AttemptProblem } from './messages.ts';

type Read = { ok: true; saved: SavedAttempt; fromVersion: number } | { ok: false; problem: AttemptProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((x) => typeof x === 'string');
const isNumberRecord = (value: unknown): value is Record<string, number> => isRecord(value) && Object.values(value).every(isNumber);

function recordOf<T>(value: unknown, keep: (item: unknown) => item is T): Record<string, T> | null {
  if (!isRecord(value)) return null;
  return Object.values(value).every(keep) ? (value as Record<string, T>) : null;
}

function readAnswers(value: unknown): Answers | null {
  if (!isRecord(value)) return null;
  const choices = recordOf(value.choices, isStringList);
  const estimates = recordOf(value.estimates, isNumber);
  const isRounds = (item: unknown): item is Record<string, number>[] => Array.isArray(item) && item.every(isNumberRecord);
  const allocations = recordOf(value.allocations, isRounds);
  if (!choices || !estimates || !allocations || !isStringList(value.order)) return null;
  return { choices, estimates, allocations, order: value.order };
}

/** Version 0: the machine's persisted snapshot, as the player saved it before the codec. */
function fromMachineSnapshot(raw: Record<string, unknown>): Record<string, unknown> | AttemptProblem {
  if (raw.status !== 'active') return { code: 'not-active' };
  if (!isRecord(raw.context)) return { code: 'bad-field', params: { field: 'context' } };
  return { ...raw.context, step: raw.value, formatVersion: ATTEMPT_FORMAT_VERSION };
}

export function readSaved(raw: unknown): Read {
  if (!isRecord(raw)) return { ok: false, problem: { code: 'not-an-attempt' } };
  let fromVersion: number;
  let fields: Record<string, unknown>;
  if (raw.formatVersion === undefined) {
    if (!('context' in raw) || !('value' in raw)) return { ok: false, problem: { code: 'not-an-attempt' } };
    const migrated = fromMachineSnapshot(raw);
    if ('code' in migrated) return { ok: false, problem: migrated as AttemptProblem };
    fromVersion = 0;
    fields = migrated;
  } else if (raw.formatVersion === ATTEMPT_FORMAT_VERSION) {
    fromVersion = ATTEMPT_FORMAT_VERSION;
    fields = raw;
  } else if (isNumber(raw.formatVersion) && raw.formatVersion > ATTEMPT_FORMAT_VERSION) {
    return { ok: false, problem: { code: 'newer-format', params: { version: raw.formatVersion } } };
  } else {
    return { ok: false, problem: { code: 'bad-field', params: { field: 'formatVersion' } } };
  }

  const bad = (field: string): Read => ({ ok: false, problem: { code: 'bad-field', params: { field } } });
  if (typeof fields.scenarioId !== 'string') return bad('scenarioId');
  if (!isNumber(fields.scenarioVersion)) return bad('scenarioVersion');
  if (!isNumber(fields.seed) || Math.trunc(fields.seed) !== fields.seed || (fields.seed | 0) !== fields.seed) return bad('seed');
  if (!isRecord(fields.params)) return bad('params');
  const answers = readAnswers(fields.answers);
  if (!answers) return bad('answers');
  if (typeof fields.step !== 'string') return bad('step');
  if (!isStringList(fields.trail)) return bad('trail');
  if (typeof fields.roundOpen !== 'boolean') return bad('roundOpen');
  if (!isRecord(fields.explore)) return bad('explore');
  if (typeof fields.finished !== 'boolean') return bad('finished');
  return {
    ok: true,
    fromVersion,
    saved: {
      formatVersion: ATTEMPT_FORMAT_VERSION,
      scenarioId: fields.scenarioId,
      scenarioVersion: fields.scenarioVersion,
      seed: fields.seed,
      // Values are checked against the case's parameters in replay.ts (a non-number is named there).
      params: fields.params as Record<string, number>,
      answers,
      step: fields.step,
      trail: fields.trail,
      roundOpen: fields.roundOpen,
      explore: fields.explore as Record<string, number>,
      finished: fields.finished,
    },
  };
}
