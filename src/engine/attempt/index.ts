// The attempt codec: the one way into and out of a saved attempt. encodeAttempt writes the
// current format; decodeAttempt reads any earlier one, checks it against the case, replays
// its answers and recomputes its scores. Every reader of a stored or imported attempt uses it.
import type { Answers } from '../answers.ts';
import type { Evaluation } from '../evaluate.ts';
import { evaluateContext, type PlayContext } from '../machine/context.ts';
import type { PreparedScenario } from '../prepared.ts';
import { summarizeScores, type ScoreSummary } from '../scoring/types.ts';
import type { AttemptNotice, AttemptProblem } from './messages.ts';
import { readSaved } from './readSaved.ts';
import { replaySaved } from './replay.ts';
import { encodeAttempt, type SavedAttempt } from './savedAttempt.ts';

export { ATTEMPT_FORMAT_VERSION, encodeAttempt, type SavedAttempt } from './savedAttempt.ts';
export { attemptNoticeMessage, attemptProblemMessage, type AttemptNotice, type AttemptProblem, type AttemptProblemCode } from './messages.ts';

export interface DecodedAttempt {
  ok: true;
  /** The attempt in today's format, checked against (and carrying the version of) this case. */
  saved: SavedAttempt;
  /** The machine's context rebuilt from the replayed answers. */
  context: PlayContext;
  step: string;
  evaluation: Evaluation;
  scores: ScoreSummary;
  /** The format version it was read from (0: the machine snapshot saved before the codec). */
  fromVersion: number;
  /** The case version the attempt was saved with. */
  savedVersion: number;
  /** What the learner should be told (another case version, values left out). */
  notices: AttemptNotice[];
}

export type DecodeResult = DecodedAttempt | { ok: false; problem: AttemptProblem };

/** Reads `raw` (a stored attempt's `snapshot`, any format version) as an attempt at case `p`. */
export function decodeAttempt(raw: unknown, p: PreparedScenario): DecodeResult {
  const read = readSaved(raw);
  if (!read.ok) return read;
  const { saved } = read;
  if (saved.scenarioId !== p.scenario.id) return { ok: false, problem: { code: 'other-case', params: { id: saved.scenarioId } } };
  const sameVersion = saved.scenarioVersion === p.scenario.version;
  const replayed = replaySaved(p, saved, sameVersion);
  if (!replayed.ok) return replayed;
  const context = replayed.context;
  const evaluation = evaluateContext(p, context);
  const notices: AttemptNotice[] = sameVersion ? [] : [{ code: 'case-version', params: { saved: saved.scenarioVersion, current: p.scenario.version } }];
  return {
    ok: true,
    saved: encodeAttempt({ value: saved.step, context }),
    context,
    step: saved.step,
    evaluation,
    scores: summarizeScores(evaluation.scores),
    fromVersion: read.fromVersion,
    savedVersion: saved.scenarioVersion,
    notices: [...notices, ...replayed.notices],
  };
}

/**
 * The answers of a saved attempt of any format version, read (and migrated) but not checked
 * against a case: a class report tallies answers from older case versions too. Null when
 * `raw` is not a readable attempt.
 */
export function readAttemptAnswers(raw: unknown): Answers | null {
  const read = readSaved(raw);
  return read.ok ? read.saved.answers : null;
}

/** The fields of an attempt record (the store's, an export file's) that the codec checks. */
export interface AttemptRecordFields {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  snapshot: unknown;
}

export type CheckedRecord =
  | {
      ok: true;
      /** The record's new snapshot, stepId, finished flag, scores and case version. */
      snapshot: SavedAttempt;
      stepId: string;
      finished: boolean;
      scores: ScoreSummary | null;
      scenarioVersion: number;
      notices: AttemptNotice[];
    }
  | { ok: false; problem: AttemptProblem };

/**
 * Validates and normalises an imported attempt against its case: the snapshot decodes and
 * replays, agrees with the record's case and seed, and the scores are the engine's
 * (recomputed; null until the debrief). The result's fields replace the record's (an attempt
 * continued after a case update carries the newer case version in its snapshot).
 */
export function normaliseImportedAttempt(record: AttemptRecordFields, p: PreparedScenario): CheckedRecord {
  const decoded = decodeAttempt(record.snapshot, p);
  if (!decoded.ok) return decoded;
  if (record.scenarioId !== p.scenario.id) return { ok: false, problem: { code: 'other-case', params: { id: record.scenarioId } } };
  if (record.seed !== decoded.saved.seed) return { ok: false, problem: { code: 'bad-field', params: { field: 'seed' } } };
  const finished = decoded.context.finished;
  return {
    ok: true,
    snapshot: decoded.saved,
    stepId: decoded.step,
    finished,
    scores: finished ? decoded.scores : null,
    scenarioVersion: decoded.saved.scenarioVersion,
    notices: decoded.notices,
  };
}

