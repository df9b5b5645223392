// The answers inside an attempt's saved snapshot (`context.answers`), read defensively: the
// snapshot comes from a student's file, so anything not shaped as expected is left out.
export interface SavedAnswers {
  choices: Record<string, string[]>;
  estimates: Record<string, number>;
  allocations: Record<string, Record<string, number>[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isShare = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

function entriesOf<T>(value: unknown, keep: (item: unknown) => item is T): Record<string, T> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, T] => keep(entry[1])));
}

const isOptionList = (item: unknown): item is string[] =>
  Array.isArray(item) && item.length > 0 && item.every((id) => typeof id === 'string');
const isNumber = (item: unknown): item is number => typeof item === 'number' && Number.isFinite(item);
const isRoundList = (item: unknown): item is Record<string, number>[] =>
  Array.isArray(item) && item.length > 0 && item.every((round) => isRecord(round) && Object.values(round).every(isShare));

export function answersOf(snapshot: unknown): SavedAnswers {
  const context = isRecord(snapshot) ? snapshot.context : undefined;
  const answers = isRecord(context) ? context.answers : undefined;
  if (!isRecord(answers)) return { choices: {}, estimates: {}, allocations: {} };
  return {
    choices: entriesOf(answers.choices, isOptionList),
    estimates: entriesOf(answers.estimates, isNumber),
    allocations: entriesOf(answers.allocations, isRoundList),
  };
}
