// Importing a scenario file: YAML/JSON names only, at most 1 MB, UTF-8 text only; line ends
// and a byte-order mark are normalised for the editor.
import { expect, test } from 'vitest';
import { readScenarioFile } from '../../../src/ui/author/importFile.ts';

const file = (name: string, bytes: Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, arrayBuffer: async () => data.slice().buffer };
};

test.each([
  { name: 'case.yaml', text: 'id: x\n', expected: { ok: true, text: 'id: x\n' } },
  { name: 'CASE.YML', text: '\uFEFFid: x\r\nversion: 1\r\n', expected: { ok: true, text: 'id: x\nversion: 1\n' } },
  { name: 'case.json', text: '{"id": "x"}', expected: { ok: true, text: '{"id": "x"}' } },
  { name: 'case.txt', text: 'id: x', expected: { ok: false, reason: 'wrong-type' } },
  { name: 'case.yaml', text: 'id: x\u0000', expected: { ok: false, reason: 'not-text' } },
])('$name → $expected.ok', async ({ name, text, expected }) => {
  expect(await readScenarioFile(file(name, text))).toEqual(expected);
});

test('bytes that are not UTF-8 are refused as not text', async () => {
  expect(await readScenarioFile(file('x.yaml', new Uint8Array([0x69, 0x64, 0xff, 0xfe])))).toEqual({ ok: false, reason: 'not-text' });
});

test('a file over 1 MB is refused with its size, without being read', async () => {
  const huge = { name: 'x.yaml', size: 1024 * 1024 + 1, arrayBuffer: async () => { throw new Error('must not be read'); } };
  expect(await readScenarioFile(huge)).toEqual({ ok: false, reason: 'too-large', size: 1_048_577 });
});
