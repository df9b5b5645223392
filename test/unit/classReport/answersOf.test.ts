// Reading the answers out of a saved snapshot through the attempt codec: what the player saved
// comes through in either format; a malformed attempt counts as none instead of breaking the report.
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

test('an attempt with a malformed answer counts as no answers; a good one in either format is read', () => {
  const attempt = loadFixture('student-3.json').attempts[1]!;
  const snapshot = structuredClone(attempt.snapshot) as { context: { answers: { estimates: Record<string, unknown> } } };
  snapshot.context.answers.estimates.guess = '5';
  expect(answersOf(snapshot)).toEqual({ choices: {}, estimates: {}, allocations: {} });
  const saved = {
    formatVersion: 1, scenarioId: 'x', scenarioVersion: 1, seed: 1, params: {}, step: 'debrief', trail: [], roundOpen: true, explore: {}, finished: true,
    answers: { choices: { a: ['x'] }, estimates: { e: 5 }, allocations: { h: [{ p: 0.5, q: 0.5 }] }, order: ['a', 'e', 'h'] },
  };
  expect(answersOf(saved)).toEqual({ choices: { a: ['x'] }, estimates: { e: 5 }, allocations: { h: [{ p: 0.5, q: 0.5 }] } });
});
