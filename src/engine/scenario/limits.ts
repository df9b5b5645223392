// Every bound the validator enforces on a case file, in one place (docs/authoring.md lists
// them). Real cases stay far inside; a hostile file is refused before it can freeze a tab.

/** Deepest nesting of mappings and lists (a real case nests about 7 deep). */
export const MAX_DEPTH = 32;
/** Widest indentation, in columns, and deepest `[`/`{` nesting the text may use before it is parsed. */
export const MAX_INDENT = 256;
/** Values (mappings, lists, numbers, texts) in the whole file after aliases are expanded. */
export const MAX_NODES = 100_000;
/** Entries in any one list or mapping not bounded more tightly below. */
export const MAX_ENTRIES = 500;
/** Characters in any one text (a step's body in one language, a label…). */
export const MAX_TEXT = 20_000;
/** The most rounds an allocate step may have, and the most the engine will ever play. */
export const MAX_ROUNDS = 100;

/** Tighter bounds by place: `*` stands for any one key or index. */
export const COUNT_LIMITS: readonly { path: string; max: number }[] = [
  { path: 'steps', max: 200 },
  { path: 'steps.*.options', max: 26 },
  { path: 'steps.*.next', max: 26 },
  { path: 'steps.*.charts', max: 20 },
  { path: 'steps.*.metrics', max: 50 },
  { path: 'steps.*.params', max: 100 },
  { path: 'steps.*.default', max: 26 },
  { path: 'steps.*.options.*.effects', max: 100 },
  { path: 'parameters', max: 100 },
  { path: 'presets', max: 50 },
  { path: 'presets.*.values', max: 100 },
  { path: 'state', max: 100 },
  { path: 'metrics', max: 500 },
  { path: 'charts', max: 50 },
  { path: 'charts.*.metrics', max: 50 },
  { path: 'model.settings', max: 20 },
  { path: 'scoring.dimensions', max: 12 },
  { path: 'scoring.dimensions.*.terms', max: 20 },
  { path: 'scoring.dimensions.*.bands', max: 20 },
  { path: 'scoring.grades', max: 20 },
];

/** Largest values by place: a dimension's weight (larger ones overflow the weighted total). */
export const VALUE_LIMITS: readonly { path: string; max: number }[] = [
  { path: 'scoring.dimensions.*.weight', max: 1000 },
];

/** Keys JavaScript objects treat specially: refused as any name or id (docs/authoring.md §9). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
