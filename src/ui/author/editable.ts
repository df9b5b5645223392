// The values a teacher most often changes, read from the scenario text for the helper
// form (texts in both languages, parameter ranges, rubric weights), and written back
// one at a time with the layout kept. Works on any well-formed YAML, valid or not.
import { parseYaml, writeYamlValue, type EditPath, type EditResult, type EditValue } from './yamlEdit.ts';

export type { EditPath, EditResult, EditValue };

/** A two-language text: null where a language (or the whole text) is missing. */
export interface TextField {
  path: EditPath;
  'zh-CN': string | null;
  en: string | null;
  /** Long texts (Markdown bodies, feedback, summaries) get a text area. */
  isMultiline: boolean;
}

export interface NumberField {
  path: EditPath;
  value: number | null;
}

export interface EditableOption {
  id: string;
  label: TextField;
  /** Choice options have feedback; allocate options a description. */
  note: TextField | null;
  noteKind: 'feedback' | 'description' | null;
}

export interface EditableStep {
  id: string;
  kind: string;
  title: TextField;
  body: TextField;
  options: EditableOption[];
}

export const ParameterFieldValues = ['default', 'min', 'max', 'step'] as const;
export type ParameterField = (typeof ParameterFieldValues)[number];

export interface EditableParameter {
  name: string;
  label: TextField;
  numbers: Record<ParameterField, NumberField>;
}

export interface EditableDimension {
  id: string;
  weight: NumberField;
}

export interface EditableScenario {
  id: string | null;
  title: TextField;
  summary: TextField;
  steps: EditableStep[];
  parameters: EditableParameter[];
  dimensions: EditableDimension[];
}

export type ReadResult = { ok: true; scenario: EditableScenario } | { ok: false; reason: 'broken-yaml' | 'not-a-mapping' };

type Data = Record<string, unknown>;
const asRecord = (value: unknown): Data | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : null);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const asNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function textField(parent: unknown, path: EditPath, isMultiline: boolean): TextField {
  const text = asRecord(asRecord(parent)?.[path[path.length - 1]!]);
  return { path, 'zh-CN': asString(text?.['zh-CN']), en: asString(text?.en), isMultiline };
}

function numberField(parent: Data, path: EditPath): NumberField {
  return { path, value: asNumber(parent[path[path.length - 1]!]) };
}

function readOption(step: Data, stepPath: EditPath, raw: unknown, index: number): EditableOption {
  const option = asRecord(raw) ?? {};
  const path = [...stepPath, 'options', index];
  const noteKind = step.kind === 'choice' ? 'feedback' : step.kind === 'allocate' ? 'description' : null;
  return {
    id: asString(option.id) ?? String(index + 1),
    label: textField(option, [...path, 'label'], false),
    note: noteKind ? textField(option, [...path, noteKind], true) : null,
    noteKind,
  };
}

function readStep(raw: unknown, index: number): EditableStep {
  const step = asRecord(raw) ?? {};
  const path = ['steps', index];
  return {
    id: asString(step.id) ?? String(index + 1),
    kind: asString(step.kind) ?? '',
    title: textField(step, [...path, 'title'], false),
    body: textField(step, [...path, 'body'], true),
    options: asList(step.options).map((option, i) => readOption(step, path, option, i)),
  };
}

function readParameters(data: Data): EditableParameter[] {
  return Object.entries(asRecord(data.parameters) ?? {}).map(([name, raw]) => {
    const param = asRecord(raw) ?? {};
    const path = ['parameters', name];
    const numbers = Object.fromEntries(ParameterFieldValues.map((field) => [field, numberField(param, [...path, field])]));
    return { name, label: textField(param, [...path, 'label'], false), numbers: numbers as Record<ParameterField, NumberField> };
  });
}

function readDimensions(data: Data): EditableDimension[] {
  return asList(asRecord(data.scoring)?.dimensions).map((raw, index) => {
    const dimension = asRecord(raw) ?? {};
    return { id: asString(dimension.id) ?? String(index + 1), weight: numberField(dimension, ['scoring', 'dimensions', index, 'weight']) };
  });
}

export function readEditable(text: string): ReadResult {
  const doc = parseYaml(text);
  if (!doc) return { ok: false, reason: 'broken-yaml' };
  let data: Data | null;
  try {
    data = asRecord(doc.toJS({ maxAliasCount: 100 }));
  } catch {
    return { ok: false, reason: 'broken-yaml' };
  }
  if (!data) return { ok: false, reason: 'not-a-mapping' };
  return {
    ok: true,
    scenario: {
      id: asString(data.id),
      title: textField(data, ['title'], false),
      summary: textField(data, ['summary'], true),
      steps: asList(data.steps).map(readStep),
      parameters: readParameters(data),
      dimensions: readDimensions(data),
    },
  };
}

/** Writes one value; a text field's language is the last path segment (`[...field.path, locale]`). */
export function writeEditable(text: string, path: EditPath, value: EditValue): EditResult {
  return writeYamlValue(text, path, value);
}
