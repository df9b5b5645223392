// The page's pure summaries: groups per case with best and latest, the profile means,
// and the attempt "continue" picks.
import { describe, expect, it } from 'vitest';
import { groupByScenario, latestInProgress, learnerProfile, minutesSpent } from '../../../src/ui/progress/progressSummary.ts';
import { attemptFixture } from '../../unit/store/fixtures.ts';

const a = (id: string, scenarioId: string, startedAt: string, total: number | null, extra: Partial<Parameters<typeof attemptFixture>[0]> = {}) =>
  attemptFixture({
    id, scenarioId, startedAt, updatedAt: startedAt,
    ...(total === null
      ? { status: 'in-progress', scores: null, finishedAt: null }
      : { scores: { dimensions: { value: total, ethics: 100 - total }, total, grade: total >= 80 ? 'A' : 'C' } }),
    ...extra,
  });

describe('groupByScenario', () => {
  it('orders cases by latest start, attempts newest first, best by total with the newer winning a tie', () => {
    const groups = groupByScenario([
      a('s1-old', 'smith', '2025-01-01T00:00:00.000Z', 80),
      a('l1', 'ladder', '2025-01-02T00:00:00.000Z', 60),
      a('s2-new', 'smith', '2025-01-03T00:00:00.000Z', 80),
      a('s3-open', 'smith', '2025-01-04T00:00:00.000Z', null),
    ]);
    expect(groups.map((g) => [g.scenarioId, g.attempts.map((x) => x.id), g.best?.id, g.latest.id])).toEqual([
      ['smith', ['s3-open', 's2-new', 's1-old'], 's2-new', 's3-open'],
      ['ladder', ['l1'], 'l1', 'l1'],
    ]);
  });

  it('has no best when nothing is finished, and flags imported unknown cases', () => {
    const [group] = groupByScenario([a('x', 'teacher', '2025-01-01T00:00:00.000Z', null, { unknownScenario: true })]);
    expect(group?.best).toBeNull();
    expect(group?.isUnknownScenario).toBe(true);
  });
});

describe('learnerProfile', () => {
  it('averages each shared dimension over finished attempts, to one decimal, omitting unscored ones', () => {
    const profile = learnerProfile([
      a('1', 'x', '2025-01-01T00:00:00.000Z', 70),
      a('2', 'x', '2025-01-02T00:00:00.000Z', 81),
      a('3', 'x', '2025-01-03T00:00:00.000Z', 90),
      a('open', 'x', '2025-01-04T00:00:00.000Z', null),
    ]);
    expect(profile).toEqual({ values: { value: 80.3, ethics: 19.7 }, count: 3 });
  });

  it('is empty with no finished attempts', () => {
    expect(learnerProfile([])).toEqual({ values: {}, count: 0 });
  });
});

describe('small helpers', () => {
  it('latestInProgress picks the most recently updated open attempt', () => {
    const list = [
      a('old', 'x', '2025-01-01T00:00:00.000Z', null, { updatedAt: '2025-01-09T00:00:00.000Z' }),
      a('new', 'x', '2025-01-05T00:00:00.000Z', null, { updatedAt: '2025-01-06T00:00:00.000Z' }),
      a('done', 'x', '2025-01-07T00:00:00.000Z', 50, { updatedAt: '2025-01-10T00:00:00.000Z' }),
    ];
    expect(latestInProgress(list)?.id).toBe('old');
    expect(latestInProgress([list[2]!])).toBeNull();
  });

  it.each([
    { ms: 0, expected: 0 },
    { ms: 5_000, expected: 1 },
    { ms: 90_000, expected: 2 },
    { ms: 12 * 60_000, expected: 12 },
  ])('minutesSpent($ms) = $expected', ({ ms, expected }) => {
    expect(minutesSpent(ms)).toBe(expected);
  });
});
