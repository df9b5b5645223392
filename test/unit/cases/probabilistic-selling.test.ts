// Issue 18, "let the customer take a chance": the opaque offer's figures worked out by hand from
// its formulas (docs/model/probabilistic-selling.md), and the done-when checked through `lab play`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { strategyDecisions } from '../../../src/engine/compare.ts';
import { loadCase, root } from './playCase.ts';

const { play, prepared } = loadCase('scenarios/probabilistic-selling.yaml');
const OPAQUE: DecisionEntry[] = [{ step: 'offer', choose: 'opaque' }];
const NONE: DecisionEntry[] = [{ step: 'offer', choose: 'none' }];

describe('probabilistic-selling: the figures at the defaults', () => {
  it('full price only: 90 + 50 fans fill 140 of 200 seats, 140 × 100 = 14,000 yuan, 60 seats empty', () => {
    const m = play({ decisions: NONE }).metrics;
    expect(m.fullSales).toBe(140);
    expect(m.opaqueSales).toBe(0);
    expect(m.revenue).toBe(14000);
    expect(m.unsoldCapacity).toBe(60);
    expect(m.cannibalised).toBe(0);
  });

  it('mystery ticket at 60: fans keep full price ((120 + 40) / 2 − 60 = 20, not more than 120 − 100 = 20); 60 seats sold to the 80 flexible', () => {
    const m = play({ decisions: OPAQUE }).metrics;
    expect(m.fanOpaqueValue).toBe(80);
    expect(m.tradeDown).toBe(0);
    // Pool 0.3 × 200 = 60; free seats 200 − 140 = 60; demand 80 (70 ≥ 60): min(80, 60, 60) = 60.
    expect(m.pool).toBe(60);
    expect(m.opaqueSales).toBe(60);
    expect(m.cannibalised).toBe(0);
    expect(m.fullSales).toBe(140);
    // 140 × 100 + 60 × 60 = 17,600 yuan; 200 − 140 − 60 = 0 empty.
    expect(m.revenue).toBe(17600);
    expect(m.unsoldCapacity).toBe(0);
  });

  it('a pool of 20 % sells only 40 mystery tickets: 14,000 + 2,400 = 16,400 yuan, 20 seats empty', () => {
    const m = play({ decisions: OPAQUE, params: { opaqueShare: 0.2 } }).metrics;
    expect(m.opaqueSales).toBe(40);
    expect(m.revenue).toBe(16400);
    expect(m.unsoldCapacity).toBe(20);
  });

  it('priced at 50 the fans trade down: 60 × 140 / 220 ≈ 38.18 cannibalised, revenue ≈ 13,181.82 < 14,000', () => {
    const m = play({ decisions: OPAQUE, params: { opaquePrice: 50 } }).metrics;
    // 80 − 50 = 30 > 20: every fan prefers the mystery ticket. Demand 80 + 140 = 220 for a pool of 60.
    expect(m.tradeDown).toBe(1);
    expect(m.opaqueDemand).toBe(220);
    expect(m.opaqueSales).toBe(60);
    const cannibalised = (60 * 140) / 220;
    expect(m.cannibalised).toBeCloseTo(cannibalised, 10);
    expect(m.fullSales).toBeCloseTo(140 - cannibalised, 10);
    expect(m.revenue).toBeCloseTo((140 - cannibalised) * 100 + 60 * 50, 8);
    expect(m.revenue).toBeCloseTo(13181.82, 2);
    expect(m.unsoldCapacity).toBeCloseTo(cannibalised, 10);
  });

  it('priced above what the flexible will pay (75 > 70), nobody buys it', () => {
    const m = play({ decisions: OPAQUE, params: { opaquePrice: 75 } }).metrics;
    expect(m.opaqueSales).toBe(0);
    expect(m.revenue).toBe(14000);
  });
});

describe('probabilistic-selling: the scores', () => {
  it('opaque: value 50 + 3600 / 100 = 86, relationship 100 × 200 / 220 = 90.9; a wrong framing loses 30 insight', () => {
    const run = play();
    expect(run.path).toEqual(['story', 'guessEmpty', 'who', 'offer', 'framing', 'explore', 'debrief']);
    expect(run.scores.value).toBe(86);
    expect(run.scores.relationship).toBe(90.9);
    // Default guess 30 against 60 empty: 35 + 30 + 35 × (1 − 30 / 200 × 2) = 89.5.
    expect(run.scores.insight).toBe(89.5);
    expect(play({ decisions: [{ step: 'framing', choose: 'cut' }] }).scores.insight).toBe(59.5);
    expect(run.issues).toEqual([]);
  });
});

describe('probabilistic-selling: the strategies from the lab CLI', { timeout: 60_000 }, () => {
  it('the two strategies differ only in the offer', () => {
    const pick = (id: string) => strategyDecisions(prepared, id).filter((d) => d.step === 'offer');
    expect(pick('no-opaque')).toEqual(NONE);
    expect(pick('opaque')).toEqual(OPAQUE);
  });

  it('lab play --strategy: opaque 17,600 yuan and 0 empty seats against no-opaque 14,000 and 60', () => {
    const run = (id: string) => {
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/probabilistic-selling.yaml', '--strategy', id], { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      return JSON.parse(cli.stdout) as { metrics: Record<string, number> };
    };
    const opaque = run('opaque').metrics;
    const none = run('no-opaque').metrics;
    expect([opaque.revenue, opaque.unsoldCapacity, opaque.cannibalised]).toEqual([17600, 0, 0]);
    expect([none.revenue, none.unsoldCapacity, none.cannibalised]).toEqual([14000, 60, 0]);
    expect(opaque.revenue).toBeGreaterThan(none.revenue!);
    expect(opaque.unsoldCapacity).toBeLessThan(none.unsoldCapacity!);
  });
});
