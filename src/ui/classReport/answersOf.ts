// The answers inside an attempt's saved snapshot, read through the engine's attempt codec
// (any format version): the snapshot comes from a student's file, so an attempt the codec
// cannot read counts as no answers, and the report goes on.
import { readAttemptAnswers } from '../../engine/attempt/index.ts';

export interface SavedAnswers {
  choices: Record<string, string[]>;
  estimates: Record<string, number>;
  allocations: Record<string, Record<string, number>[]>;
}

export function answersOf(snapshot: unknown): SavedAnswers {
  const answers = readAttemptAnswers(snapshot);
  return answers
    ? { choices: answers.choices, estimates: answers.estimates, allocations: answers.allocations }
    : { choices: {}, estimates: {}, allocations: {} };
}
