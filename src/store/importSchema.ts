// The shape an imported progress file must have (format version 1), as a valibot schema.
// Ranges that get their own message (scores 0–100) are checked in importFile.ts instead.
import * as v from 'valibot';
import { AttemptStatusValues } from './types.ts';
import { PROGRESS_APP, PROGRESS_FORMAT_VERSION, PROGRESS_KIND } from './exportFile.ts';

/** An ISO 8601 date-time, normalised to toISOString's form so stored times compare as text. */
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'expected an ISO date-time'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a real date'),
  v.transform((s) => new Date(s).toISOString()),
);

const finiteNumber = v.pipe(v.number(), v.finite());
const shortText = v.pipe(v.string(), v.maxLength(500));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const playEvent = v.variant('type', [
  v.object({ type: v.literal('CHOOSE'), option: v.union([shortText, v.array(shortText)]) }),
  v.object({
    type: v.literal('SUBMIT'),
    value: v.optional(finiteNumber),
    allocation: v.optional(v.record(shortText, finiteNumber)),
  }),
  v.object({ type: v.literal('SET_PARAM'), name: shortText, value: finiteNumber }),
  v.object({ type: v.literal('NEXT') }),
  v.object({ type: v.literal('NEXT_ROUND') }),
  v.object({ type: v.literal('BACK') }),
  v.object({ type: v.literal('RESET'), seed: v.optional(finiteNumber) }),
]);

const scoreSummary = v.object({
  dimensions: v.record(id, finiteNumber),
  total: finiteNumber,
  grade: shortText,
});

export const attemptSchema = v.object({
  id,
  scenarioId: id,
  scenarioVersion: finiteNumber,
  seed: finiteNumber,
  events: v.array(v.object({ at: isoDate, event: playEvent })),
  snapshot: v.unknown(),
  stepId: v.nullable(shortText),
  scores: v.nullable(scoreSummary),
  status: v.picklist(AttemptStatusValues),
  startedAt: isoDate,
  updatedAt: isoDate,
  finishedAt: v.nullable(isoDate),
  timeSpentMs: v.pipe(finiteNumber, v.minValue(0)),
  unknownScenario: v.optional(v.boolean()),
});

export const progressFileSchema = v.object({
  app: v.literal(PROGRESS_APP),
  kind: v.literal(PROGRESS_KIND),
  formatVersion: v.literal(PROGRESS_FORMAT_VERSION),
  exportedAt: isoDate,
  learner: v.object({ name: v.optional(shortText), classCode: v.optional(shortText) }),
  attempts: v.array(attemptSchema),
});
