// public/scenario.schema.json is what teachers' editors check scenario files against: it must
// stay exactly what the valibot definition generates, and keep the shape editors rely on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../../src/engine/scenario/jsonSchema.ts';
import { ChartKindValues, StepKindValues } from '../../../src/engine/scenario/schema.ts';

const shippedPath = join(import.meta.dirname, '../../../public/scenario.schema.json');
const shippedText = readFileSync(shippedPath, 'utf8');
const shipped = JSON.parse(shippedText) as Record<string, unknown>;

/** The value at a path of keys and array indexes, or undefined when the path breaks off. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

describe('public/scenario.schema.json', () => {
  it('is exactly what scenarioJsonSchemaText() generates', () => {
    expect(shippedText, 'public/scenario.schema.json is out of date: run `npm run schema`').toBe(scenarioJsonSchemaText());
  });

  it('refuses unknown top-level fields and requires the identity, steps and scoring', () => {
    expect(shipped.additionalProperties).toBe(false);
    expect(shipped.required).toEqual(['formatVersion', 'id', 'version', 'title', 'summary', 'steps', 'scoring']);
  });

  it('offers the six step kinds, one branch each, in the format’s order', () => {
    const branches = at(shipped, 'properties', 'steps', 'items', 'oneOf');
    expect(Array.isArray(branches)).toBe(true);
    const kinds = (branches as unknown[]).map((branch) => at(branch, 'properties', 'kind', 'const'));
    expect(kinds).toEqual(['narrative', 'choice', 'estimate', 'allocate', 'sandbox', 'debrief']);
    expect(kinds).toEqual([...StepKindValues]);
  });

  it('requires each step kind’s own fields', () => {
    const branches = at(shipped, 'properties', 'steps', 'items', 'oneOf') as unknown[];
    const required = Object.fromEntries(branches.map((b) => [at(b, 'properties', 'kind', 'const'), at(b, 'required')]));
    expect(required).toEqual({
      narrative: ['id', 'title', 'kind'],
      choice: ['id', 'title', 'kind', 'options'],
      estimate: ['id', 'title', 'kind', 'min', 'max'],
      allocate: ['id', 'title', 'kind', 'options'],
      sandbox: ['id', 'title', 'kind'],
      debrief: ['id', 'title', 'kind'],
    });
  });

  it('lists the eight chart kinds', () => {
    expect(at(shipped, 'properties', 'charts', 'items', 'properties', 'kind', 'enum')).toEqual([
      'line', 'stackedArea', 'bar', 'histogram', 'waterfall', 'tree', 'sankey', 'quadrant',
    ]);
    expect(at(shipped, 'properties', 'charts', 'items', 'properties', 'kind', 'enum')).toEqual([...ChartKindValues]);
  });

  it('asks for both languages in every text and refuses a third', () => {
    const title = at(shipped, 'properties', 'title');
    expect(at(title, 'required')).toEqual(['zh-CN', 'en']);
    expect(at(title, 'additionalProperties')).toBe(false);
  });
});
