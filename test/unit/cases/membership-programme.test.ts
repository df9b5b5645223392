// Issue 18, "does the card pay?": the membership programme's figures worked out by hand from its
// formulas (docs/model/membership-programme.md), and the done-when checked through `lab play --strategy`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { strategyDecisions } from '../../../src/engine/compare.ts';
import { loadCase, root } from './playCase.ts';

const { play, prepared } = loadCase('scenarios/membership-programme.yaml');
const design = (model: string, earn: string, expiry: string): DecisionEntry[] => [
  { step: 'design', choose: model }, { step: 'earn', choose: earn }, { step: 'expiry', choose: expiry },
];
const GENEROUS = design('points', 'high', 'none');
const CLUB = design('club', 'low', 'year');

// Generous points: reward 100 × 2 × 0.05 = 10 % of spending; 2000 × 0.3 × 2 × √10 extra visits.
const EXTRA_GENEROUS = 2000 * 0.3 * 2 * Math.sqrt(10); // ≈ 3794.73
const POINTS_GENEROUS = (2000 * 20 + EXTRA_GENEROUS) * 30 * 2; // ≈ 2,627,684
// Tiered club: reward 5 %; reach 0.3 + 0.1 = 0.4; redemption 0.6 × 0.8 = 0.48.
const EXTRA_CLUB = 2000 * 0.4 * 2 * Math.sqrt(5); // ≈ 3577.71
const POINTS_CLUB = (2000 * 20 + EXTRA_CLUB) * 30 * 1; // ≈ 1,307,331

describe('membership-programme: the figures at the defaults', () => {
  it('generous points: ≈ 3,795 extra visits, cost 0.6 × 0.05 × 2,627,684 + 2000 × 3 ≈ 84,831, net ≈ −16,525', () => {
    const m = play({ decisions: GENEROUS }).metrics;
    expect(m.incrementalVisits).toBeCloseTo(EXTRA_GENEROUS, 8);
    expect(m.pointsIssued).toBeCloseTo(POINTS_GENEROUS, 6);
    expect(m.programmeCost).toBeCloseTo(POINTS_GENEROUS * 0.6 * 0.05 + 6000, 6);
    expect(m.programmeCost).toBeCloseTo(84830.52, 2);
    // No expiry: a year's expected redemptions outstanding.
    expect(m.pointsLiability).toBeCloseTo(POINTS_GENEROUS * 0.6 * 0.05, 6);
    expect(m.netEffect).toBeCloseTo(EXTRA_GENEROUS * 30 * 0.6 - (POINTS_GENEROUS * 0.03 + 6000), 6);
    expect(m.netEffect).toBeCloseTo(-16525.32, 2);
  });

  it('tiered club: ≈ 3,578 extra visits, cost 0.48 × 0.05 × 1,307,331 + 2000 × (3 + 10) ≈ 57,376, half a year of liability, net ≈ +7,023', () => {
    const m = play({ decisions: CLUB }).metrics;
    expect(m.incrementalVisits).toBeCloseTo(EXTRA_CLUB, 8);
    expect(m.redeemShare).toBeCloseTo(0.48, 12);
    expect(m.programmeCost).toBeCloseTo(POINTS_CLUB * 0.024 + 26000, 6);
    expect(m.programmeCost).toBeCloseTo(57375.95, 2);
    expect(m.pointsLiability).toBeCloseTo(POINTS_CLUB * 0.024 * 0.5, 6);
    expect(m.netEffect).toBeCloseTo(7022.81, 2);
  });

  it('an alliance pays 60 % of the reward cost; a co-branded card 50 %, with only the 40 % of cardholders earning', () => {
    const alliance = play({ decisions: design('alliance', 'high', 'none') }).metrics;
    const extraAlliance = 2000 * 0.35 * 2 * Math.sqrt(10);
    expect(alliance.incrementalVisits).toBeCloseTo(extraAlliance, 8);
    expect(alliance.rewardCost).toBeCloseTo((40000 + extraAlliance) * 60 * 0.6 * 0.05 * 0.6, 6);
    const cobrand = play({ decisions: design('cobrand', 'high', 'none') }).metrics;
    const extraCobrand = 2000 * 0.12 * 2 * Math.sqrt(10);
    expect(cobrand.incrementalVisits).toBeCloseTo(extraCobrand, 8);
    expect(cobrand.rewardCost).toBeCloseTo((40000 + extraCobrand) * 60 * 0.4 * 0.6 * 0.05 * 0.5, 6);
  });

  it('lowering redemptionRate lowers programmeCost and pointsLiability in proportion (more breakage)', () => {
    const at = (r: number) => play({ decisions: GENEROUS, params: { redemptionRate: r } }).metrics;
    expect(at(0.4).programmeCost).toBeLessThan(at(0.6).programmeCost!);
    expect(at(0.4).programmeCost).toBeCloseTo(POINTS_GENEROUS * 0.4 * 0.05 + 6000, 6);
    expect(at(0.4).pointsLiability).toBeCloseTo(POINTS_GENEROUS * 0.02, 6);
    // Incremental visits do not change with redemption in this model.
    expect(at(0.4).incrementalVisits).toBeCloseTo(at(0.6).incrementalVisits!, 10);
  });
});

describe('membership-programme: the scores and the strategies', { timeout: 60_000 }, () => {
  it('generous points: value 60 − 16,525.32 / 500 = 26.9, relationship 200 × 0.3 = 60; club 74 and 80', () => {
    expect(play({ decisions: GENEROUS }).scores).toEqual({ value: 26.9, relationship: 60, insight: 100 });
    expect(play({ decisions: CLUB }).scores).toEqual({ value: 74, relationship: 80, insight: 100 });
    expect(play({ decisions: [{ step: 'why', choose: 'extra' }] }).scores.insight).toBe(0);
  });

  it('the strategies are the two designs above', () => {
    const pick = (id: string) => strategyDecisions(prepared, id).filter((d) => d.step !== 'why');
    expect(pick('generous-points')).toEqual(GENEROUS);
    expect(pick('tiered-club')).toEqual(CLUB);
  });

  it('lab play --strategy and --param: cutting redemptionRate from 0.6 to 0.4 cuts programmeCost', () => {
    const run = (args: string[]) => {
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/membership-programme.yaml', ...args], { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      return (JSON.parse(cli.stdout) as { metrics: Record<string, number> }).metrics;
    };
    const generous = run(['--strategy', 'generous-points']);
    const lowRedemption = run(['--strategy', 'generous-points', '--param', 'redemptionRate=0.4']);
    expect(generous.programmeCost).toBeCloseTo(84830.52, 2);
    expect(lowRedemption.programmeCost).toBeCloseTo(POINTS_GENEROUS * 0.02 + 6000, 6); // ≈ 58,553.68
    expect(lowRedemption.programmeCost).toBeLessThan(generous.programmeCost!);
    expect(run(['--strategy', 'tiered-club']).netEffect).toBeCloseTo(7022.81, 2);
  });
});
