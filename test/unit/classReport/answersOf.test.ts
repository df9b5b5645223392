// Reading the answers out of a saved snapshot: what the player saved comes through; anything
// malformed in a student's file is dropped instead of breaking the report.
import { expect, test } from 'vitest';
import { answersOf } from '../../../src/ui/classReport/answersOf.ts';
import { loadFixture } from './fixtures.ts';

test('reads a real snapshot from an export file', () => {
  const attempt = loadFixture('student-3.json').attempts[1]!;
  expect(answersOf(attempt.snapshot)).toEqual({
    choices: { respond: ['partial-waiver'] },
    estimates: {},
    allocations: { portfolio: [{ procedural: 0.1, financial: 0.2, relational: 0.3, value: 0.4 }] },
  });
});

test.each([
  { name: 'null', snapshot: null },
  { name: 'a string', snapshot: 'debrief' },
  { name: 'no context', snapshot: { value: 'x' } },
  { name: 'answers as an array', snapshot: { context: { answers: [] } } },
])('an empty answer set for $name', ({ snapshot }) => {
  expect(answersOf(snapshot)).toEqual({ choices: {}, estimates: {}, allocations: {} });
});

test('drops malformed entries and keeps good ones', () => {
  const snapshot = {
    context: {
      answers: {
        choices: { a: ['x'], b: 'x', c: [], d: [1] },
        estimates: { e: 5, f: '5', g: Number.NaN },
        allocations: { h: [{ p: 0.5, q: 0.5 }], i: [{ p: 2 }], j: {}, k: [] },
      },
    },
  };
  expect(answersOf(snapshot)).toEqual({ choices: { a: ['x'] }, estimates: { e: 5 }, allocations: { h: [{ p: 0.5, q: 0.5 }] } });
});
