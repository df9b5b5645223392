// Issue 17, "the peak-end journey": moment after = min(10, score + share × 8 / effort); average weighted by minutes
// (20, 180, 120, 20 = 340); remembered = (peak + end) / 2, the peak the score furthest from 5 (docs/model/peak-end-journey.md).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { loadCase, root } from './playCase.ts';

const { play } = loadCase('scenarios/peak-end-journey.yaml');
const split = (allocate: Record<string, number>): DecisionEntry[] => [{ step: 'plan', allocate }];

describe('peak-end-journey: the three plans by hand', () => {
  it('even: 7, 4, 9.33, 7; average 2120 / 340 = 6.235; remembered (9.33 + 7) / 2 = 8.167', () => {
    // Each quarter buys 2 points at effort 1, 1 at effort 2 (queues), 1.33 at effort 1.5 (rides).
    const m = play({ decisions: split({ gate: 0.25, queue: 0.25, ride: 0.25, farewell: 0.25 }) }).metrics;
    expect([m.gateAfter, m.queueAfter, m.farewellAfter]).toEqual([7, 4, 7]);
    expect(m.rideAfter).toBeCloseTo(8 + 2 / 1.5, 12);
    // 20 × 7 + 180 × 4 + 120 × 9.333 + 20 × 7 = 140 + 720 + 1120 + 140 = 2120.
    expect(m.averageScore).toBeCloseTo(2120 / 340, 12);
    // Intensities |x − 5|: 2, 1, 4.33, 2: the rides are the peak.
    expect(m.peakScore).toBeCloseTo(28 / 3, 12);
    expect(m.rememberedScore).toBeCloseTo((28 / 3 + 7) / 2, 12);
    // 0.1 + 0.8 × 8.1667 / 10 = 0.7533; (8.1667 − 7) / 3 = 0.3889.
    expect(m.returnIntent).toBeCloseTo(0.1 + 0.8 * (49 / 6) / 10, 12);
    expect(m.recommendShare).toBeCloseTo((49 / 6 - 7) / 3, 12);
  });

  it('peak and end (0.4 rides, 0.6 farewell): rides capped at 10, farewell 9.8; average 2036 / 340; remembered 9.9', () => {
    const m = play({ decisions: split({ ride: 0.4, farewell: 0.6 }) }).metrics;
    // Rides 8 + 3.2 / 1.5 = 10.13 → 10; farewell 5 + 4.8 = 9.8; entry 5 and queues 3 untouched.
    expect([m.gateAfter, m.queueAfter, m.rideAfter]).toEqual([5, 3, 10]);
    expect(m.farewellAfter).toBeCloseTo(9.8, 12);
    // 100 + 540 + 1200 + 196 = 2036.
    expect(m.averageScore).toBeCloseTo(2036 / 340, 12);
    expect(m.rememberedScore).toBeCloseTo(9.9, 12);
    expect(m.returnIntent).toBeCloseTo(0.892, 12);
  });

  it('fix the worst (all on queues): queues 7; the highest average 2420 / 340 = 7.118, the lowest memory (8 + 5) / 2 = 6.5', () => {
    const m = play({ decisions: split({ queue: 1 }) }).metrics;
    expect(m.queueAfter).toBe(7);
    expect(m.averageScore).toBeCloseTo(2420 / 340, 12);
    expect(m.rememberedScore).toBe(6.5);
    expect(m.recommendShare).toBe(0);
  });

  it('the peak is the most intense moment, good or bad: a 1-point queue is what is remembered unless something is more intense', () => {
    // Queues at 1 (intensity 4) against rides at 8 (intensity 3), nothing spent: remembered (1 + 5) / 2 = 3.
    const m = play({ params: { scoreQueue: 1 }, decisions: split({ gate: 1 }) }).metrics;
    // Entry 5 + 8 = 13 → 10 is then the most intense (5): remembered (10 + 5) / 2.
    expect(m.rememberedScore).toBe(7.5);
    const bad = play({ params: { scoreQueue: 1, budgetPoints: 0 } }).metrics;
    expect(bad.peakScore).toBe(1);
    expect(bad.rememberedScore).toBe(3);
  });

  it('duration neglect: doubling the queue lowers the average but not the memory', () => {
    const short = play().metrics;
    const long = play({ params: { minutesQueue: 360 } }).metrics;
    expect(long.averageScore).toBeLessThan(short.averageScore!);
    expect(long.rememberedScore).toBe(short.rememberedScore);
  });

  it('scores: even 5 × 8.167 + 5 × 6.235 = 72 / 75.3 / 100; peak-and-end 49.5 + 29.9 = 79.4; the ethics key is "both" (memory-only and hiding the boards earn 0)', () => {
    expect(play({ decisions: [...split({ gate: 0.25, queue: 0.25, ride: 0.25, farewell: 0.25 }), { step: 'ethics', choose: 'both' }] }).scores)
      .toEqual({ relationship: 72, value: 75.3, ethics: 100 });
    expect(play({ decisions: split({ ride: 0.4, farewell: 0.6 }) }).scores.relationship).toBeCloseTo(5 * 9.9 + 5 * 2036 / 340, 1);
    expect(play({ decisions: [{ step: 'ethics', choose: 'hide' }] }).scores.ethics).toBe(0);
    expect(play({ decisions: [{ step: 'ethics', choose: 'memoryOnly' }] }).scores.ethics).toBe(0);
  });
});

describe('peak-end-journey: the lab CLI', { timeout: 60_000 }, () => {
  const run = (strategy: string) => {
    const args = [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/peak-end-journey.yaml', '--strategy', strategy];
    const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    return (JSON.parse(cli.stdout) as { metrics: Record<string, number> }).metrics;
  };

  it('peak-and-end is remembered better than even (9.9 > 8.17) with an average no higher (5.99 ≤ 6.24)', () => {
    const even = run('even');
    const peakEnd = run('peak-and-end');
    expect(peakEnd.rememberedScore).toBeGreaterThan(even.rememberedScore!);
    expect(peakEnd.averageScore).toBeLessThanOrEqual(even.averageScore!);
    expect([even.rememberedScore, peakEnd.rememberedScore, even.averageScore, peakEnd.averageScore].map((x) => Math.round(x! * 100) / 100))
      .toEqual([8.17, 9.9, 6.24, 5.99]);
  });
});
