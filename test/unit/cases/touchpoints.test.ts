// Issue 18, "touchpoints": the importance–performance case's figures worked out by hand from its
// formulas (docs/model/touchpoints.md), and the done-when checked through `lab play --strategy`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { strategyDecisions } from '../../../src/engine/compare.ts';
import { loadCase, root } from './playCase.ts';

const { play, prepared } = loadCase('scenarios/touchpoints.yaml');
const plan = (allocate: Record<string, number>): DecisionEntry[] => [{ step: 'plan', allocate }];
const CONCENTRATE = plan({ queue: 0.5, app: 0.5 });
const EVEN = plan({ queue: 0.2, app: 0.2, teller: 0.2, parking: 0.2, lobby: 0.2 });

// gain = 10 × importance / 5 × (5 − performance) × (1 − e^(−spend / 200,000)) × (1, or 0.1 when performance ≥ importance).
const f = (spend: number) => 1 - Math.exp(-spend / 200000);
const F250 = f(250000); // 1 − e^−1.25 ≈ 0.713495
const F100 = f(100000); // 1 − e^−0.5 ≈ 0.393469

describe('touchpoints: the figures at the defaults', () => {
  it('concentrate here: 250,000 each on the queue and the app, ≈ 14.44 + 12.27 = 26.71 points, nothing wasted', () => {
    const m = play({ decisions: CONCENTRATE }).metrics;
    expect(m.gainQueue).toBeCloseTo(10 * (4.6 / 5) * 2.2 * F250, 10); // 20.24 × 0.7135 ≈ 14.441
    expect(m.gainApp).toBeCloseTo(10 * (4.3 / 5) * 2.0 * F250, 10); // 17.2 × 0.7135 ≈ 12.272
    expect(m.satisfactionGain).toBeCloseTo(37.44 * F250, 10);
    expect(m.satisfactionGain).toBeCloseTo(26.713, 3);
    expect(m.wastedSpend).toBe(0);
    expect(m.concentrateSpend).toBe(500000);
  });

  it('spread evenly: 100,000 each, ≈ 23.00 points; the lobby (4.3 ≥ 2.6) is 100,000 yuan wasted', () => {
    const m = play({ decisions: EVEN }).metrics;
    // queue 20.24, app 17.2, teller 10 × 0.9 × 0.8 = 7.2, parking 10 × 0.48 × 2.8 = 13.44, lobby 10 × 0.52 × 0.7 × 0.1 = 0.364.
    expect(m.gainTeller).toBeCloseTo(7.2 * F100, 10);
    expect(m.gainParking).toBeCloseTo(13.44 * F100, 10);
    expect(m.gainLobby).toBeCloseTo(0.364 * F100, 10);
    expect(m.satisfactionGain).toBeCloseTo((20.24 + 17.2 + 7.2 + 13.44 + 0.364) * F100, 10);
    expect(m.satisfactionGain).toBeCloseTo(22.996, 3);
    expect(m.wastedSpend).toBeCloseTo(100000, 6);
    expect(m.concentrateSpend).toBeCloseTo(200000, 6);
  });

  it('the whole budget on the lobby: 10 × 0.52 × 0.7 × (1 − e^−2.5) × 0.1 ≈ 0.335 points, 500,000 yuan wasted', () => {
    const m = play({ decisions: plan({ lobby: 1 }) }).metrics;
    expect(m.satisfactionGain).toBeCloseTo(0.364 * f(500000), 10);
    expect(m.wastedSpend).toBe(500000);
  });
});

describe('touchpoints: the scores', () => {
  it('the quadrant answer key follows the survey: queue and app by default, the lobby too once it scores 2', () => {
    expect(play({ decisions: [{ step: 'classify', choose: ['queue', 'app'] }, ...CONCENTRATE] }).scores)
      .toEqual({ value: 100, relationship: 80.1, insight: 100 });
    // Default answer [queue] only: 4 of 5 options right = 80; with the lobby at 2.6 importance it stays out (2.6 < 3.5).
    expect(play({ decisions: EVEN }).scores).toEqual({ value: 80, relationship: 69, insight: 80 });
    const lobbyImportant = play({ params: { impLobby: 4, perfLobby: 2 }, decisions: [{ step: 'classify', choose: ['queue', 'app'] }] });
    expect(lobbyImportant.scores.insight).toBe(80);
  });
});

describe('touchpoints: the strategies from the lab CLI', { timeout: 60_000 }, () => {
  it('the strategies are the two splits above', () => {
    const pick = (id: string) => strategyDecisions(prepared, id).filter((d) => d.step === 'plan');
    expect(pick('concentrate-here')).toEqual(CONCENTRATE);
    expect(pick('spread-evenly')).toEqual(EVEN);
  });

  it('lab play --strategy: concentrate-here ≈ 26.71 points and 0 wasted against spread-evenly ≈ 23.00 and 100,000', () => {
    const run = (id: string) => {
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/touchpoints.yaml', '--strategy', id], { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      return JSON.parse(cli.stdout) as { metrics: Record<string, number> };
    };
    const here = run('concentrate-here').metrics;
    const even = run('spread-evenly').metrics;
    expect(here.satisfactionGain).toBeCloseTo(26.713, 3);
    expect(even.satisfactionGain).toBeCloseTo(22.996, 3);
    expect(here.satisfactionGain).toBeGreaterThan(even.satisfactionGain!);
    expect(here.wastedSpend).toBeLessThan(even.wastedSpend!);
  });
});
