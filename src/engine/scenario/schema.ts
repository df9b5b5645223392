// The scenario format, version 1, as one valibot schema. The TypeScript types, the
// validator's shape checks and public/scenario.schema.json all come from this definition.
import * as v from 'valibot';

export const FORMAT_VERSION_MIN = 1;
export const FORMAT_VERSION_MAX = 1;

/** Names usable in formulas: parameters, state variables, metrics, step ids, option ids of allocate steps. */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Scenario ids and choice option ids may also use hyphens (they never appear in formulas). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const OPTION_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

const Name = v.pipe(v.string(), v.regex(NAME_PATTERN));
const OptionId = v.pipe(v.string(), v.regex(OPTION_ID_PATTERN));
const Text = v.pipe(v.string(), v.minLength(1));
/** Every learner-facing text, in both languages. */
export const LocalizedSchema = v.strictObject({ 'zh-CN': Text, en: Text });
const Formula = v.pipe(v.string(), v.minLength(1), v.maxLength(1000));
const FormulaOrNumber = v.union([v.number(), Formula]);

export const ParameterFormatValues = ['number', 'percent'] as const;
const ParameterSchema = v.strictObject({
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  unit: v.optional(LocalizedSchema),
  default: v.number(),
  min: v.number(),
  max: v.number(),
  step: v.optional(v.pipe(v.number(), v.gtValue(0))),
  /** Kept from learners until the debrief reveals it (a teacher's "what is really driving it?"). */
  hidden: v.optional(v.boolean()),
  /** The range the sensitivity sweep uses: [low, high] inside min..max (default ±20 % of the default). */
  plausible: v.optional(v.tuple([v.number(), v.number()])),
  /** A group of controls in the sandbox; `advanced` is collapsed by default. */
  group: v.optional(Name),
  /** Display-only (e.g. which quarter a chart shows): never swept in sensitivity. */
  display: v.optional(v.boolean()),
  /** How the sandbox shows the value: `percent` shows 0.15 as 15 %. */
  format: v.optional(v.picklist(ParameterFormatValues)),
  /** A 0/1 convention shown as a switch (min 0, max 1). */
  switch: v.optional(v.boolean()),
});

const PresetSchema = v.strictObject({
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  values: v.record(Name, v.number()),
});

const StateSchema = v.strictObject({ initial: v.number(), label: v.optional(LocalizedSchema) });

export const MetricFormatValues = ['number', 'percent', 'money', 'people'] as const;
const MetricSchema = v.strictObject({
  label: LocalizedSchema,
  unit: v.optional(LocalizedSchema),
  formula: FormulaOrNumber,
  format: v.optional(v.picklist(MetricFormatValues)),
  /** Decimal places shown (the engine never rounds a metric for display). */
  digits: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
});

export const ChartKindValues = ['line', 'stackedArea', 'bar', 'histogram', 'waterfall', 'tree', 'sankey', 'quadrant'] as const;
const ChartSchema = v.strictObject({
  id: Name,
  kind: v.picklist(ChartKindValues),
  title: LocalizedSchema,
  /** A series the model returns… */
  series: v.optional(Name),
  /** …or metrics drawn as bars. */
  metrics: v.optional(v.array(Name)),
});

const TransitionSchema = v.strictObject({ to: Name, when: v.optional(Formula) });
const NextSchema = v.union([Name, v.array(TransitionSchema)]);

const stepBase = {
  id: Name,
  title: LocalizedSchema,
  body: v.optional(LocalizedSchema),
  next: v.optional(NextSchema),
  back: v.optional(v.boolean()),
  charts: v.optional(v.array(Name)),
  metrics: v.optional(v.array(Name)),
};

/** What an option costs (formulas over parameters and state), added into `costMoney` / `costTime`. */
const CostSchema = v.strictObject({ money: v.optional(FormulaOrNumber), time: v.optional(FormulaOrNumber) });

/** Feedback that depends on the run: the first entry whose `when` holds (no `when`: always). */
const FeedbackCaseSchema = v.strictObject({ when: v.optional(Formula), text: LocalizedSchema });

const ChoiceOptionSchema = v.strictObject({
  id: OptionId,
  label: LocalizedSchema,
  feedback: v.optional(v.union([LocalizedSchema, v.pipe(v.array(FeedbackCaseSchema), v.minLength(1))])),
  /** true/false, or a formula over the state at that step (non-zero: right), e.g. `lostSpurious > lostTrue`. */
  correct: v.optional(v.union([v.boolean(), Formula])),
  effects: v.optional(v.record(Name, FormulaOrNumber)),
  cost: v.optional(CostSchema),
});

const AllocateOptionSchema = v.strictObject({
  id: Name,
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  /** The cost of a whole round on this option; a round adds share × cost. */
  cost: v.optional(CostSchema),
});

const EstimateOutcomeSchema = v.strictObject({
  metrics: v.pipe(v.array(Name), v.minLength(1), v.maxLength(2)),
  chart: v.optional(Name),
});

export const StepKindValues = ['narrative', 'choice', 'estimate', 'allocate', 'sandbox', 'debrief'] as const;

const StepSchema = v.variant('kind', [
  v.strictObject({ ...stepBase, kind: v.literal('narrative') }),
  v.strictObject({
    ...stepBase,
    kind: v.literal('choice'),
    multiple: v.optional(v.boolean()),
    options: v.pipe(v.array(ChoiceOptionSchema), v.minLength(2)),
    default: v.optional(v.union([OptionId, v.array(OptionId)])),
  }),
  v.strictObject({
    ...stepBase,
    kind: v.literal('estimate'),
    unit: v.optional(LocalizedSchema),
    min: v.number(),
    max: v.number(),
    step: v.optional(v.pipe(v.number(), v.gtValue(0))),
    default: v.optional(v.number()),
    /** What the estimate is set against in the debrief: one metric (a value) or two (a low and a high end), and optionally the chart that marks it. */
    outcome: v.optional(EstimateOutcomeSchema),
  }),
  v.strictObject({
    ...stepBase,
    kind: v.literal('allocate'),
    options: v.pipe(v.array(AllocateOptionSchema), v.minLength(2)),
    /** How many rounds the step repeats (a formula, e.g. `rounds`); 1 when absent. */
    rounds: v.optional(FormulaOrNumber),
    /** The amount being split, shown beside the shares (a formula, e.g. `budget`). */
    budget: v.optional(FormulaOrNumber),
    budgetUnit: v.optional(LocalizedSchema),
    default: v.optional(v.record(Name, v.pipe(v.number(), v.minValue(0), v.maxValue(1)))),
  }),
  v.strictObject({ ...stepBase, kind: v.literal('sandbox'), params: v.optional(v.array(Name)) }),
  v.strictObject({ ...stepBase, kind: v.literal('debrief') }),
]);

const BandSchema = v.strictObject({ min: v.number(), feedback: LocalizedSchema });
const TermSchema = v.strictObject({ label: LocalizedSchema, formula: FormulaOrNumber });
const DimensionSchema = v.strictObject({
  id: Name,
  label: v.optional(LocalizedSchema),
  weight: v.pipe(v.number(), v.gtValue(0)),
  terms: v.pipe(v.array(TermSchema), v.minLength(1)),
  bands: v.pipe(v.array(BandSchema), v.minLength(1)),
});
const GradeSchema = v.strictObject({ min: v.number(), grade: v.pipe(v.string(), v.minLength(1), v.maxLength(8)), label: LocalizedSchema });

const ModelSchema = v.strictObject({
  type: Name,
  settings: v.optional(v.record(Name, v.union([v.string(), v.number(), v.boolean()]))),
});

/** One entry of a decisions list: the CLI's `--decisions` format, also used by `strategies:`. */
export const DecisionEntrySchema = v.strictObject({
  step: Name,
  choose: v.optional(v.union([OptionId, v.array(OptionId)])),
  estimate: v.optional(v.number()),
  allocate: v.optional(v.record(Name, v.pipe(v.number(), v.minValue(0), v.maxValue(1)))),
});

/** A named decision set: `lab play --strategy ID`, the sandbox's presets, the debrief's "road not taken". */
const StrategySchema = v.strictObject({
  id: OptionId,
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  decisions: v.array(DecisionEntrySchema),
});

/** Something that happens to the learner (a rival opens, a review goes viral): a news card and effects. */
const EventSchema = v.strictObject({
  id: OptionId,
  /** Checked on entering each step and after each allocate round; may use `round`. */
  when: FormulaOrNumber,
  /** Probability 0..1 (a formula) drawn from the seeded event stream each time `when` holds. */
  chance: v.optional(FormulaOrNumber),
  title: LocalizedSchema,
  body: v.optional(LocalizedSchema),
  effects: v.optional(v.record(Name, FormulaOrNumber)),
});

export const ScenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  formatVersion: v.pipe(v.number(), v.integer()),
  id: v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(80)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  lesson: v.optional(v.string()),
  title: LocalizedSchema,
  summary: LocalizedSchema,
  model: v.optional(ModelSchema),
  parameters: v.optional(v.record(Name, ParameterSchema)),
  /** Preset names never appear in formulas, so they may use hyphens (`timm-original`). */
  presets: v.optional(v.record(OptionId, PresetSchema)),
  state: v.optional(v.record(Name, StateSchema)),
  metrics: v.optional(v.record(Name, MetricSchema)),
  charts: v.optional(v.array(ChartSchema)),
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
  strategies: v.optional(v.array(StrategySchema)),
  events: v.optional(v.array(EventSchema)),
  scoring: v.strictObject({
    dimensions: v.pipe(v.array(DimensionSchema), v.minLength(1)),
    grades: v.pipe(v.array(GradeSchema), v.minLength(1)),
  }),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Step = Scenario['steps'][number];
export type StepKind = Step['kind'];
export type ChoiceStep = Extract<Step, { kind: 'choice' }>;
export type EstimateStep = Extract<Step, { kind: 'estimate' }>;
export type AllocateStep = Extract<Step, { kind: 'allocate' }>;
export type SandboxStep = Extract<Step, { kind: 'sandbox' }>;
export type Parameter = v.InferOutput<typeof ParameterSchema>;
export type Metric = v.InferOutput<typeof MetricSchema>;
export type Chart = v.InferOutput<typeof ChartSchema>;
export type ChartKind = Chart['kind'];
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type ChoiceOption = v.InferOutput<typeof ChoiceOptionSchema>;
export type Feedback = NonNullable<ChoiceOption['feedback']>;
export type Cost = v.InferOutput<typeof CostSchema>;
export type CaseEvent = v.InferOutput<typeof EventSchema>;
export type Strategy = v.InferOutput<typeof StrategySchema>;
export type Transition = v.InferOutput<typeof TransitionSchema>;
