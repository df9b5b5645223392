// "Make a copy to edit": a new id and a title marked as a copy, in the text itself, with the
// rest of the file untouched; the copy is still a valid scenario.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { copyId, copyScenarioText } from '../../../src/ui/author/copyScenario.ts';

const coffee = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');

test('the copy of the example has its own id and a copy title, and changes nothing else', () => {
  const copy = copyScenarioText(coffee);
  if (!copy.ok) throw new Error('copy failed');
  expect(copy.id).toBe('coffee-card-example-copy');
  const before = coffee.split('\n');
  const changed = copy.text.split('\n').map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
  expect(changed).toHaveLength(3);
  const loaded = loadScenario(copy.text);
  if (!loaded.ok) throw new Error('the copy does not validate');
  expect(loaded.scenario.id).toBe('coffee-card-example-copy');
  expect(loaded.scenario.title.en).toMatch(/ \(copy\)$/);
  expect(loaded.scenario.title['zh-CN']).toMatch(/（副本）$/);
});

test.each([
  { id: 'case', taken: [], expected: 'case-copy' },
  { id: 'case', taken: ['case-copy'], expected: 'case-copy-2' },
  { id: 'case', taken: ['case-copy', 'case-copy-2'], expected: 'case-copy-3' },
  { id: 'x'.repeat(80), taken: [], expected: `${'x'.repeat(75)}-copy` },
])('copyId($id) with $taken taken is $expected', ({ id, taken, expected }) => {
  expect(copyId(id, new Set(taken))).toBe(expected);
});

test('a text without an id cannot be copied', () => {
  expect(copyScenarioText('title: { en: T }\n')).toEqual({ ok: false });
  expect(copyScenarioText('id: [\n')).toEqual({ ok: false });
});
