// Issue 17, "measuring satisfaction": NPS = 100 (pP − pD) and its 95 % margin 1.96 × 100 × √((pP + pD − (pP − pD)²) / n),
// worked out by hand (docs/model/measure-satisfaction.md); the method, the interval reading and the chain choice.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, root } from './playCase.ts';

const { play } = loadCase('scenarios/measure-satisfaction.yaml');

describe('measure-satisfaction: the Net Promoter Score and its error', () => {
  it('50 promoters, 30 passives, 20 detractors: NPS 30, margin 1.96 × 100 × √(0.61 / 100) ≈ 15.31 points', () => {
    const m = play({ params: { promoters: 50, passives: 30, detractors: 20 } }).metrics;
    // 100 × (50 − 20) / 100 = 30. Variance of a +1/0/−1 score: 0.5 + 0.2 − 0.3² = 0.61.
    expect(m.sampleSize).toBe(100);
    expect(m.nps).toBeCloseTo(30, 12);
    expect(m.npsMarginOfError).toBeCloseTo(196 * Math.sqrt(0.0061), 12);
    expect(m.npsMarginOfError).toBeCloseTo(15.308, 3);
    expect([m.npsLow, m.npsHigh].map((x) => Math.round(x! * 10) / 10)).toEqual([14.7, 45.3]);
  });

  it('four times the sample (200/100/100): NPS 25, margin 196 × √(0.6875 / 400) ≈ 8.13: the error halves with 4× the people', () => {
    const m = play({ params: { promoters: 200, passives: 100, detractors: 100 } }).metrics;
    expect(m.nps).toBeCloseTo(25, 12);
    // 0.5 + 0.25 − 0.25² = 0.6875.
    expect(m.npsMarginOfError).toBeCloseTo(196 * Math.sqrt(0.6875 / 400), 12);
    expect(m.npsMarginOfError).toBeCloseTo(8.126, 3);
  });

  it('all promoters: NPS 100 with no spread; an empty sample gives 0 without a warning', () => {
    const all = play({ params: { promoters: 40, passives: 0, detractors: 0 } });
    expect(all.metrics.nps).toBe(100);
    expect(all.metrics.npsMarginOfError).toBe(0);
    const none = play({ params: { promoters: 0, passives: 0, detractors: 0 } });
    expect([none.metrics.nps, none.metrics.npsMarginOfError]).toEqual([0, 0]);
    expect(none.issues).toEqual([]);
  });
});

describe('measure-satisfaction: the method, the interval and the chain', () => {
  it('by the book: questionnaire 1,500 yuan, no bias; value chosen: 0.35 × 8 = 2.8 satisfaction, 0.6 × 2.8 = 1.68 loyalty', () => {
    const run = play({ decisions: [
      { step: 'method', choose: 'questionnaire' }, { step: 'npsGuess', estimate: 30 },
      { step: 'change', choose: 'unclear' }, { step: 'fix', choose: 'value' },
    ] });
    expect(run.metrics.surveyCost).toBe(1500);
    expect(run.metrics.npsWithoutBias).toBe(30);
    // Gains: quality 0.5 × 4 = 2, value 2.8, expectations 0.1 × 5 = 0.5, image 0.2 × 6 = 1.2.
    expect(run.metrics.bestGain).toBeCloseTo(2.8, 12);
    expect(run.metrics.satisfactionGain).toBeCloseTo(2.8, 12);
    expect(run.metrics.loyaltyGain).toBeCloseTo(1.68, 12);
    // |30 − 22| = 8 ≤ 15.3: "cannot tell" is right. 30 + 40 + 30 = 100; value 80 × 2.8 / 2.8 + 20 (1,500 ≤ 5,000).
    expect(run.scores).toEqual({ insight: 100, value: 100 });
  });

  it('a quick read: rating pads (800 yuan, 15 points high), a guess of 50, "up", quality: insight 0, value 80 × 2 / 2.8 + 20 = 77.1', () => {
    const run = play({ decisions: [
      { step: 'method', choose: 'rating' }, { step: 'npsGuess', estimate: 50 },
      { step: 'change', choose: 'up' }, { step: 'fix', choose: 'quality' },
    ] });
    expect(run.metrics.surveyCost).toBe(800);
    expect(run.metrics.npsWithoutBias).toBe(15);
    // |50 − 30| / 20 = 1, so the guess earns 0. 800 ≤ 5,000 keeps the 20 budget points.
    expect(run.scores).toEqual({ insight: 0, value: 77.1 });
  });

  it('with 400 answers (200/140/60) the rise from 22 to 35 is real: "up" is the key', () => {
    // NPS 100 × (0.5 − 0.15) = 35; variance 0.5 + 0.15 − 0.35² = 0.5275; margin 196 × √(0.5275 / 400) ≈ 7.12.
    const params = { promoters: 200, passives: 140, detractors: 60 };
    const m = play({ params }).metrics;
    expect(m.nps).toBeCloseTo(35, 12);
    expect(m.npsMarginOfError).toBeCloseTo(196 * Math.sqrt(0.5275 / 400), 12);
    // 35 − 7.12 = 27.9 > 22.
    expect(play({ params, decisions: [{ step: 'change', choose: 'up' }] }).scores.insight).toBe(30 + 0 + 30);
    expect(play({ params, decisions: [{ step: 'change', choose: 'unclear' }] }).scores.insight).toBe(30 + 0 + 0);
  });
});

describe('measure-satisfaction: the survey budget', () => {
  it('interviews (6,000 yuan) overrun the 5,000 budget and lose its 20 points: value 80 × 2.8 / 2.8 = 80', () => {
    const run = play({ decisions: [{ step: 'method', choose: 'interview' }, { step: 'fix', choose: 'value' }] });
    expect(run.metrics.surveyCost).toBe(6000);
    expect(run.metrics.npsWithoutBias).toBe(30 - 8);
    expect(run.scores.value).toBe(80);
  });
});

describe('measure-satisfaction: the lab CLI', { timeout: 60_000 }, () => {
  it('lab play --param promoters=50 --param passives=30 --param detractors=20 prints nps 30 for both strategies', () => {
    for (const strategy of ['by-the-book', 'quick-read']) {
      const args = [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/measure-satisfaction.yaml', '--strategy', strategy,
        '--param', 'promoters=50', '--param', 'passives=30', '--param', 'detractors=20'];
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      const out = JSON.parse(cli.stdout) as { metrics: Record<string, number> };
      expect(out.metrics.nps).toBe(30);
      expect(out.metrics.npsMarginOfError).toBeCloseTo(196 * Math.sqrt(0.0061), 12);
    }
  });
});
