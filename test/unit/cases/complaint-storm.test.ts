// Issue 17, "one post, one afternoon": reach = 2000 × 2^(hours of silence, one event card per hour) × the public answer's
// multiplier; satisfaction a clamped sum of illustrative weights; worked out by hand (docs/model/complaint-storm.md).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { loadCase, root } from './playCase.ts';

const { play } = loadCase('scenarios/complaint-storm.yaml');

const fastSincere: DecisionEntry[] = [
  { step: 'first', choose: 'holding' }, { step: 'listen', choose: ['what', 'feel', 'facts', 'need'] },
  { step: 'diagnose', choose: 'partner' }, { step: 'answer', choose: ['apology', 'remedy', 'publicOwn'] },
];
const denyAndWait: DecisionEntry[] = [
  { step: 'first', choose: 'investigate' }, { step: 'listen', choose: ['blameHer', 'terms'] },
  { step: 'diagnose', choose: 'misunderstanding' }, { step: 'answer', choose: ['deny'] },
];

describe('complaint-storm: the two strategies by hand', () => {
  it('fast and sincere: one silent hour (2000 × 2 = 4000), satisfaction 10 + 15 + 35 + 30 + 10 − 5 = 95', () => {
    const run = play({ decisions: fastSincere });
    expect(run.events.map((e) => e.id)).toEqual(['silence-1']);
    expect(run.metrics.reach).toBe(4000);
    expect(run.metrics.complainantSatisfaction).toBe(95);
    // 0.8 × 95 / 100; the paradox bonus is 0 by default.
    expect(run.metrics.repurchaseIntent).toBeCloseTo(0.76, 12);
    // Remedy 400 yuan; 4000 readers × 0.3 yuan = 1200 lost.
    expect([run.metrics.recoverySpend, run.metrics.lostSales, run.metrics.cost]).toEqual([400, 1200, 1600]);
    // relationship 47.5 + 50 × 0.95; value 50 × (1 − 1600 / 30000) + 50 × (1 − 4000 / 100000) = 47.33 + 48 = 95.3.
    expect(run.scores).toEqual({ relationship: 95, value: 95.3, ethics: 100, insight: 100 });
  });

  it('deny and wait: four silent hours (× 16) and a denial (× 3): 96,000 readers; satisfaction 10 − 20 − 30 → 0', () => {
    const run = play({ decisions: denyAndWait });
    expect(run.events.map((e) => e.id)).toEqual(['silence-1', 'silence-2', 'silence-3', 'silence-4']);
    expect(run.metrics.reach).toBe(2000 * 2 ** 4 * 3);
    expect(run.metrics.complainantSatisfaction).toBe(0);
    expect(run.metrics.repurchaseIntent).toBe(0);
    expect(run.metrics.cost).toBeCloseTo(96000 * 0.3, 9);
    // value 50 × (1 − 28800 / 30000) + 50 × (1 − 96000 / 100000) = 2 + 2 = 4; ethics 0 for the denial + 50; listening 0 of 6 right, diagnosis wrong.
    expect(run.scores).toEqual({ relationship: 0, value: 4, ethics: 50, insight: 0 });
  });

  it('a takedown request: five silent hours, the exposure card (× 2), no public answer (× 2 more): 256,000 readers', () => {
    const run = play({ decisions: [{ step: 'first', choose: 'takedown' }] });
    expect(run.events.map((e) => e.id)).toEqual(['silence-1', 'silence-2', 'silence-3', 'silence-4', 'silence-5', 'takedown-exposed']);
    expect(run.metrics.reach).toBe(2000 * 2 ** 5 * 2 * 2);
    // Default listening [what, need]: 4 of 6 judged right; vague 10 + coupon 5 − 5 × 5 hours: 10 + 10 + 10 + 5 − 25 = 10.
    expect(run.metrics.complainantSatisfaction).toBeCloseTo(10, 9);
    expect(run.scores.ethics).toBe(50);
  });

  it('blaming the courier in public grows the reach by 1.5 and costs 15 points of her satisfaction', () => {
    const owned = play({ decisions: fastSincere });
    const blamed = play({ decisions: [...fastSincere.slice(0, 3), { step: 'answer', choose: ['apology', 'remedy', 'publicBlame'] }] });
    expect(blamed.metrics.reach).toBe(6000);
    // 95 − 10 (no owning) − 15 (blame) = 70.
    expect(blamed.metrics.complainantSatisfaction).toBe(70);
    expect(blamed.metrics.complainantSatisfaction).toBeLessThan(owned.metrics.complainantSatisfaction!);
  });

  it('the recovery paradox switched on (0.05) lifts repurchase only at satisfaction ≥ 90: 0.76 + 0.05', () => {
    expect(play({ decisions: fastSincere, params: { paradoxBonus: 0.05 } }).metrics.repurchaseIntent).toBeCloseTo(0.81, 12);
    expect(play({ decisions: denyAndWait, params: { paradoxBonus: 0.05 } }).metrics.repurchaseIntent).toBe(0);
  });
});

describe('complaint-storm: the lab CLI', { timeout: 60_000 }, () => {
  const run = (strategy: string) => {
    const args = [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/complaint-storm.yaml', '--strategy', strategy];
    const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    return JSON.parse(cli.stdout) as { metrics: Record<string, number>; events: { id: string }[] };
  };

  it('fast-sincere reaches fewer people (4,000 < 96,000) and keeps a higher repurchase intent (76 % > 0 %)', () => {
    const fast = run('fast-sincere');
    const deny = run('deny-and-wait');
    expect(fast.metrics.reach).toBeLessThan(deny.metrics.reach!);
    expect(fast.metrics.repurchaseIntent).toBeGreaterThan(deny.metrics.repurchaseIntent!);
    expect([fast.metrics.reach, deny.metrics.reach]).toEqual([4000, 96000]);
    expect(deny.events.length).toBe(4);
  });
});
