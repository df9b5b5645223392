// The helper form's read and write: values come out of any well-formed YAML, and each
// write changes exactly one value while comments, blank lines and layout stay as written.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { readEditable, writeEditable } from '../../../src/ui/author/editable.ts';

const scenarioDir = resolve(import.meta.dirname, '../../../scenarios');
const coffee = readFileSync(resolve(scenarioDir, 'coffee-card-example.yaml'), 'utf8');
const ladder = readFileSync(resolve(scenarioDir, 'loyalty-ladder.yaml'), 'utf8');

const SAMPLE = `# A tiny case, for tests.
id: tiny   # the id
title:
  zh-CN: 小案例
  en: Tiny case   # shown on cards

parameters:
  price: { default: 4, min: 1, max: 10, step: 0.5, label: { zh-CN: 价格, en: Price } }
  cups:
    label: { zh-CN: 杯数, en: Cups }
    default: 3   # per visit
    min: 0
    max: 9
steps:
  - id: intro
    kind: narrative
    title: { zh-CN: 开始, en: Start }
    body:
      zh-CN: |
        第一段。

        第二段。
      en: |-
        First paragraph.

        Second one.
  - id: pick
    kind: choice
    title: { zh-CN: 选择, en: 'Pick one' }
    options:
      - id: a
        label: { zh-CN: 甲, en: "A" }
        feedback: { zh-CN: 好, en: Good }
      - id: b
        label: { zh-CN: 乙, en: B }
scoring:
  dimensions:
    - id: value
      weight: 2 # double
`;

/** Lines that differ between two texts (same line count assumed). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
}

function write(text: string, path: readonly (string | number)[], value: string | number): string {
  const result = writeEditable(text, path, value);
  if (!result.ok) throw new Error(`write failed: ${result.reason}`);
  return result.text;
}

describe('readEditable', () => {
  test('reads titles, bodies, options, parameters and weights with their paths', () => {
    const read = readEditable(SAMPLE);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const s = read.scenario;
    expect(s.id).toBe('tiny');
    expect(s.title).toEqual({ path: ['title'], 'zh-CN': '小案例', en: 'Tiny case', isMultiline: false });
    expect(s.steps.map((step) => [step.id, step.kind, step.title.en])).toEqual([['intro', 'narrative', 'Start'], ['pick', 'choice', 'Pick one']]);
    expect(s.steps[0]!.body.en).toBe('First paragraph.\n\nSecond one.');
    expect(s.steps[1]!.body).toEqual({ path: ['steps', 1, 'body'], 'zh-CN': null, en: null, isMultiline: true });
    expect(s.steps[1]!.options.map((o) => [o.id, o.label.en, o.note?.en ?? null, o.noteKind])).toEqual([['a', 'A', 'Good', 'feedback'], ['b', 'B', null, 'feedback']]);
    expect(s.parameters.map((p) => [p.name, p.label.en, p.numbers.default.value, p.numbers.min.value, p.numbers.max.value, p.numbers.step.value])).toEqual([
      ['price', 'Price', 4, 1, 10, 0.5],
      ['cups', 'Cups', 3, 0, 9, null],
    ]);
    expect(s.parameters[1]!.numbers.step.path).toEqual(['parameters', 'cups', 'step']);
    expect(s.dimensions).toEqual([{ id: 'value', weight: { path: ['scoring', 'dimensions', 0, 'weight'], value: 2 } }]);
  });

  test('reads the shipped example: every step and its options', () => {
    const read = readEditable(coffee);
    if (!read.ok) throw new Error('coffee did not read');
    expect(read.scenario.id).toBe('coffee-card-example');
    expect(read.scenario.steps.length).toBeGreaterThan(4);
    expect(read.scenario.parameters.map((p) => p.name)).toContain('cupPrice');
  });

  test.each([
    { name: 'an unclosed flow map', text: 'id: x\ntitle: { en: [unclosed\n' },
    { name: 'a duplicate key', text: 'id: x\nid: y\n' },
    { name: 'a tab-indented block', text: 'id: x\nsteps:\n\t- id: a\n' },
  ])('broken YAML ($name) disables the form', ({ text }) => {
    expect(readEditable(text)).toEqual({ ok: false, reason: 'broken-yaml' });
  });

  test('a file that is a list, not a mapping, is refused', () => {
    expect(readEditable('- a\n- b\n')).toEqual({ ok: false, reason: 'not-a-mapping' });
  });

  test('a valid-YAML but invalid scenario still reads (the teacher is mid-edit)', () => {
    const read = readEditable('id: Bad Id\ntitle: { en: Only English }\nsteps: nope\n');
    expect(read.ok && read.scenario.title).toEqual({ path: ['title'], 'zh-CN': null, en: 'Only English', isMultiline: false });
    expect(read.ok && read.scenario.steps).toEqual([]);
  });
});

describe('writeEditable', () => {
  test('changing a title keeps every comment and every other line', () => {
    const after = write(SAMPLE, ['title', 'en'], 'Small case');
    expect(changedLines(SAMPLE, after)).toEqual(['  en: Small case   # shown on cards']);
    expect(after).toContain('# A tiny case, for tests.');
  });

  test('a number is written as a number, keeping the comment after it', () => {
    const after = write(SAMPLE, ['parameters', 'cups', 'default'], 5);
    expect(changedLines(SAMPLE, after)).toEqual(['    default: 5   # per visit']);
    expect(parse(after).parameters.cups.default).toBe(5);
  });

  test('a number inside a one-line flow map changes only that number', () => {
    const after = write(SAMPLE, ['parameters', 'price', 'max'], 12.5);
    expect(changedLines(SAMPLE, after)).toEqual(['  price: { default: 4, min: 1, max: 12.5, step: 0.5, label: { zh-CN: 价格, en: Price } }']);
  });

  test('a text that looks like a number is quoted, so it stays a string', () => {
    const after = write(SAMPLE, ['title', 'en'], '42');
    expect(changedLines(SAMPLE, after)).toEqual(['  en: "42"   # shown on cards']);
    expect(parse(after).title.en).toBe('42');
  });

  test.each([
    { value: 'true', line: '  en: "true"   # shown on cards' },
    { value: 'null', line: '  en: "null"   # shown on cards' },
    { value: 'A: B', line: '  en: "A: B"   # shown on cards' },
    { value: 'Tea # not a comment', line: '  en: "Tea # not a comment"   # shown on cards' },
    { value: ' padded ', line: '  en: " padded "   # shown on cards' },
    { value: '', line: '  en: ""   # shown on cards' },
    { value: '“Smart” quotes, 中文', line: '  en: “Smart” quotes, 中文   # shown on cards' },
  ])('the text $value is written so it reads back exactly', ({ value, line }) => {
    const after = write(SAMPLE, ['title', 'en'], value);
    expect(changedLines(SAMPLE, after)).toEqual([line]);
    expect(parse(after).title.en).toBe(value);
  });

  test('single and double quotes keep their style', () => {
    expect(changedLines(SAMPLE, write(SAMPLE, ['steps', 1, 'title', 'en'], "Pick one's"))).toEqual([`    title: { zh-CN: 选择, en: 'Pick one''s' }`]);
    expect(changedLines(SAMPLE, write(SAMPLE, ['steps', 1, 'options', 0, 'label', 'en'], 'Alpha'))).toEqual(['        label: { zh-CN: 甲, en: "Alpha" }']);
  });

  test('a multi-line body stays a block of text with its indentation', () => {
    const after = write(SAMPLE, ['steps', 0, 'body', 'en'], 'One.\n\nTwo.\nThree.');
    expect(after).toContain('      en: |-\n        One.\n\n        Two.\n        Three.\n  - id: pick');
    expect(parse(after).steps[0].body.en).toBe('One.\n\nTwo.\nThree.');
    expect(parse(after).steps[0].body['zh-CN']).toBe('第一段。\n\n第二段。\n');
  });

  test('a single line in a flow map that becomes multi-line is escaped, not broken', () => {
    const after = write(SAMPLE, ['steps', 1, 'options', 0, 'feedback', 'en'], 'Good.\nVery good.');
    expect(changedLines(SAMPLE, after)).toEqual(['        feedback: { zh-CN: 好, en: "Good.\\nVery good." }']);
  });

  test('a missing text is added beside its siblings', () => {
    const afterFlow = write(SAMPLE, ['steps', 1, 'options', 1, 'feedback', 'en'], 'Not quite');
    expect(afterFlow).toContain('        label: { zh-CN: 乙, en: B }\n        feedback:\n          en: Not quite\nscoring:');
    const afterMap = write(SAMPLE, ['parameters', 'cups', 'step'], 1);
    expect(afterMap).toContain('    max: 9\n    step: 1\nsteps:');
    const afterInFlow = write(SAMPLE, ['steps', 1, 'options', 1, 'label', 'fr'], 'Bé');
    expect(afterInFlow).toContain('        label: { zh-CN: 乙, en: B, fr: "Bé" }');
  });

  test('a missing body with several lines is added as a block', () => {
    const after = write(SAMPLE, ['steps', 1, 'body', 'zh-CN'], '第一行\n第二行');
    expect(parse(after).steps[1].body).toEqual({ 'zh-CN': '第一行\n第二行' });
    expect(after).toContain('    body:\n      zh-CN: |-\n        第一行\n        第二行\n');
  });

  test('a flagship file with multi-line flow maps keeps its layout', () => {
    const after = write(ladder, ['parameters', 'rounds', 'default'], 6);
    expect(changedLines(ladder, after)).toEqual(['  rounds: { default: 6, min: 1, max: 20, step: 1, unit: { zh-CN: 季度, en: quarters },']);
    const loaded = loadScenario(after);
    expect(loaded.ok && loaded.scenario.parameters?.rounds?.default).toBe(6);
  });

  test('round trip: writing back the value that is there changes nothing', () => {
    const read = readEditable(coffee);
    if (!read.ok) throw new Error('coffee did not read');
    let text = coffee;
    for (const step of read.scenario.steps) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const title = step.title[locale];
        const body = step.body[locale];
        if (title !== null) text = write(text, [...step.title.path, locale], title);
        if (body !== null) text = write(text, [...step.body.path, locale], body);
      }
    }
    for (const param of read.scenario.parameters) {
      for (const field of Object.values(param.numbers)) if (field.value !== null) text = write(text, field.path, field.value);
    }
    expect(text).toBe(coffee);
  });

  test('broken YAML is not written to', () => {
    expect(writeEditable('id: x\ntitle: [\n', ['id'], 'y')).toEqual({ ok: false, reason: 'broken-yaml' });
  });

  test('a path through a list or a scalar cannot be written', () => {
    expect(writeEditable(SAMPLE, ['id', 'en'], 'x')).toEqual({ ok: false, reason: 'not-editable' });
    expect(writeEditable(SAMPLE, ['parameters', 'cups', 'default'], Number.NaN)).toEqual({ ok: false, reason: 'not-editable' });
  });
});
