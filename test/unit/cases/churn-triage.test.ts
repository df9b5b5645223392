// Issue 16, "who is worth winning back?": chance = strength of the action × how well it suits the cause;
// value kept = Σ value × chance. Every figure below is worked out by hand (docs/model/churn-triage.md).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { strategyDecisions } from '../../../src/engine/compare.ts';
import { judgeChoice } from '../../../src/engine/judge.ts';
import { optionCosts } from '../../../src/engine/costs.ts';
import { bindText, textValues } from '../../../src/engine/bindText.ts';
import { loadCase, root } from './playCase.ts';

const { play, prepared, scenario } = loadCase('scenarios/churn-triage.yaml');
const CARDS = ['wang', 'chen', 'zhao', 'sun', 'zhou', 'wu', 'zheng', 'qian'] as const;
const plan = (actions: Record<(typeof CARDS)[number], string>): DecisionEntry[] => CARDS.map((step) => ({ step, choose: actions[step] }));

const BY_TIER = plan({ wang: 'hard', chen: 'hard', zhao: 'hard', sun: 'try', zhou: 'try', wu: 'grace', zheng: 'grace', qian: 'letgo' });
const EQUAL_EFFORT = plan({ wang: 'try', chen: 'try', zhao: 'try', sun: 'try', zhou: 'try', wu: 'try', zheng: 'try', qian: 'try' });
const ALL_HARD = plan({ wang: 'hard', chen: 'hard', zhao: 'hard', sun: 'hard', zhou: 'hard', wu: 'hard', zheng: 'hard', qian: 'hard' });

describe('churn-triage: by tier against equal effort', () => {
  it('by tier and cause: 21,925.5 yuan kept for 1,820 yuan, 12.05 per yuan', () => {
    const m = play({ decisions: BY_TIER }).metrics;
    // Hard 0.9 × fix: Wang 0.9 × 0.8 × 16,000 = 11,520; Chen 0.9 × 0.3 × 20,000 = 5,400; Zhao 0.9 × 0.6 × 6,000 = 3,240.
    // Try 0.5 × coupon: Sun 0.5 × 0.6 × 5,000 = 1,500; Zhou 0.5 × 0.3 × 1,500 = 225.
    // Grace 0.05 × fix: Wu 0.05 × 0.6 × 1,200 = 36; Zheng 0.05 × 0.3 × 300 = 4.5. Qian let go: 0.
    expect(m.valueSaved).toBeCloseTo(11520 + 5400 + 3240 + 1500 + 225 + 36 + 4.5, 8);
    expect(m.winBackCost).toBe(3 * 500 + 2 * 150 + 2 * 10);
    expect(m.valueSavedPerYuan).toBeCloseTo(21925.5 / 1820, 10);
    expect(m.hoursUsed).toBe(3 * 4 + 2 * 1 + 2 * 0.5);
    expect(m).toMatchObject({ overBudget: 0, overHours: 0 });
  });

  it('the same try for everyone: 6,055 yuan kept for 1,200 yuan, 5.05 per yuan, and Mr Qian invited back', () => {
    const m = play({ decisions: EQUAL_EFFORT }).metrics;
    // 0.5 × coupon × value: 0.1 × 16,000 + 0.1 × 20,000 + 0.15 × 6,000 + 0.3 × 5,000 + 0.15 × 1,500 + 0.05 × 1,200 + 0.3 × 300 + 0.4 × (−800).
    expect(m.valueSaved).toBeCloseTo(1600 + 2000 + 900 + 1500 + 225 + 60 + 90 - 320, 8);
    expect(m.winBackCost).toBe(8 * 150);
    expect(m.valueSavedPerYuan).toBeCloseTo(6055 / 1200, 10);
    expect(m.chanceQian).toBeCloseTo(0.4, 12);
  });

  it('by tier gives more value per yuan than equal effort', () => {
    expect(play({ decisions: BY_TIER }).metrics.valueSavedPerYuan).toBeGreaterThan(play({ decisions: EQUAL_EFFORT }).metrics.valueSavedPerYuan!);
  });

  it('winning everyone back hard keeps more but breaks the budget (4,000 > 3,000) and the hours (32 > 20)', () => {
    const run = play({ decisions: ALL_HARD });
    // 0.9 × (0.8 × 16,000 + 0.3 × 20,000 + 0.6 × 6,000 + 0.3 × 5,000 + 0.5 × 1,500 + 0.6 × 1,200 + 0.3 × 300 − 0.3 × 800).
    expect(run.metrics.valueSaved).toBeCloseTo(0.9 * (12800 + 6000 + 3600 + 1500 + 750 + 720 + 90 - 240), 8);
    expect(run.metrics).toMatchObject({ winBackCost: 4000, overBudget: 1000, hoursUsed: 32, overHours: 12 });
    // Value: 70 × 18,698 / 20,000 + 30 × 5.67 / 10 − 1,000 / 20 − 5 × 12 = 65.4 + 17.0 − 50 − 60 → 0.
    expect(run.scores.value).toBe(0);
  });

  it('the cause decides the method: a coupon suits the price-lured Mr Sun, an apology the slighted Ms Wang', () => {
    const chances = (action: string) => play({ decisions: plan({ wang: action, chen: 'letgo', zhao: 'letgo', sun: action, zhou: 'letgo', wu: 'letgo', zheng: 'letgo', qian: 'letgo' }) }).metrics;
    expect(chances('try').chanceSun).toBeCloseTo(0.3, 12); // 0.5 × 0.6
    expect(chances('hard').chanceSun).toBeCloseTo(0.27, 12); // 0.9 × 0.3
    expect(chances('try').chanceWang).toBeCloseTo(0.1, 12); // 0.5 × 0.2
    expect(chances('hard').chanceWang).toBeCloseTo(0.72, 12); // 0.9 × 0.8
  });
});

describe('churn-triage: the scores', () => {
  it('by tier scores full value, relationship and ethics; insight 70 × 6 / 7 + 30 with the default diagnosis', () => {
    const run = play({ decisions: BY_TIER });
    // Value: 70 × min(1, 20,105.5 / 20,000) + 30 × min(1, 12.05 / 10) = 100. Diagnosis: four of the five right statements, no wrong one: 6 of 7.
    expect(run.scores).toEqual({ value: 100, relationship: 100, ethics: 100, insight: 90 });
    expect(run.path).toEqual(['story', ...CARDS, 'diagnose', 'debrief']);
  });

  it('equal effort: value 70 × 4,855 / 20,000 + 30 × 5.046 / 10, relationship 25 (Sun only), no apologies, insight 60', () => {
    const run = play({ decisions: EQUAL_EFFORT });
    // 16.99 + 15.14 = 32.13.
    expect(run.scores).toEqual({ value: 32.1, relationship: 25, ethics: 0, insight: 60 });
    expect(run.issues).toEqual([]);
  });
});

describe('churn-triage: the strategies, in-process and from the lab CLI', { timeout: 60_000 }, () => {
  it('ships by-tier and equal-effort with exactly the plans above', () => {
    expect(strategyDecisions(prepared, 'by-tier').filter((d) => d.step !== 'diagnose')).toEqual(BY_TIER);
    expect(strategyDecisions(prepared, 'equal-effort').filter((d) => d.step !== 'diagnose')).toEqual(EQUAL_EFFORT);
  });

  it('lab compare prints by-tier at 12.05 per yuan and equal-effort at 5.05, with the full diagnosis (insight 70 + 30 and 70)', () => {
    const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/lab.ts'), 'compare', 'scenarios/churn-triage.yaml', '--strategy', 'by-tier', '--strategy', 'equal-effort'], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const printed = JSON.parse(cli.stdout) as { metrics: string[]; runs: { id: string; metrics: Record<string, number>; scores: { dimensions: Record<string, number> } }[] };
    expect(printed.metrics).toEqual(['valueSaved', 'winBackCost', 'valueSavedPerYuan', 'overBudget', 'overHours']);
    const [byTier, equal] = printed.runs;
    expect(byTier!.id).toBe('by-tier');
    expect(byTier!.metrics.valueSavedPerYuan).toBeCloseTo(21925.5 / 1820, 10);
    expect(equal!.metrics.valueSavedPerYuan).toBeCloseTo(6055 / 1200, 10);
    expect(byTier!.metrics.valueSavedPerYuan).toBeGreaterThan(equal!.metrics.valueSavedPerYuan!);
    expect(byTier!.scores.dimensions).toEqual({ value: 100, relationship: 100, ethics: 100, insight: 100 });
    expect(equal!.scores.dimensions).toEqual({ value: 32.1, relationship: 25, ethics: 0, insight: 70 });
  });
});

describe('churn-triage: who actually came back (one seeded draw per member on entering the debrief)', () => {
  const VALUES: Record<string, number> = { wang: 16000, chen: 20000, zhao: 6000, sun: 5000, zhou: 1500, wu: 1200, zheng: 300, qian: -800 };

  it('the margin kept in a run is the sum of the values of the members whose card fired; the same seed, the same week', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const run = play({ decisions: BY_TIER, seed });
      const back = run.events.map((f) => f.id.replace(/-back$/, ''));
      expect(run.events.every((f) => f.step === 'debrief')).toBe(true);
      expect(run.metrics.valueRealized).toBe(back.reduce((sum, id) => sum + VALUES[id]!, 0));
      expect(run.metrics.customersBack).toBe(back.length);
      expect(back).not.toContain('qian'); // let go: chance 0, never drawn
      expect(play({ decisions: BY_TIER, seed }).events).toEqual(run.events);
    }
  });

  it('over 150 seeds Ms Wang comes back about 72 % of the time under by-tier, and 10 % under equal effort', () => {
    const rate = (decisions: DecisionEntry[]) => {
      let n = 0;
      for (let seed = 1; seed <= 150; seed++) if (play({ decisions, seed }).events.some((f) => f.id === 'wang-back')) n++;
      return n / 150;
    };
    // Binomial standard error at 150 draws: √(0.72 × 0.28 / 150) ≈ 0.037, √(0.1 × 0.9 / 150) ≈ 0.024.
    expect(Math.abs(rate(BY_TIER) - 0.72)).toBeLessThan(0.12);
    expect(Math.abs(rate(EQUAL_EFFORT) - 0.1)).toBeLessThan(0.08);
  }, 60_000);
});

describe('churn-triage: the keys on the VIP and major cards come from the run (the action with the larger expected net)', () => {
  const keyOf = (params: Record<string, number>, step: string) => {
    const answers = { choices: { [step]: ['hard'] }, estimates: {}, allocations: {}, order: [step] };
    return judgeChoice(prepared, { params: play({ params }).params, answers, seed: 1 }, step)!.options.filter((o) => o.correct).map((o) => o.id);
  };

  it('at the defaults: hard for Wang (11,520 − 500 against 1,600 − 150), Chen, Zhao; try for Sun (1,500 − 150 > 1,350 − 500); let Qian go', () => {
    expect(['wang', 'chen', 'zhao', 'sun', 'qian'].map((step) => keyOf({}, step))).toEqual([['hard'], ['hard'], ['hard'], ['try'], ['letgo']]);
  });

  it('when winning back hard costs 3,000, Zhao flips to try (3,240 − 3,000 < 900 − 150) while Wang and Chen stay hard', () => {
    expect(['wang', 'chen', 'zhao', 'sun'].map((step) => keyOf({ costHard: 3000 }, step))).toEqual([['hard'], ['hard'], ['try'], ['try']]);
  });

  it('ordinary and small members have no key: the course says to act as the situation allows', () => {
    expect(judgeChoice(prepared, { params: play().params, answers: { choices: { zhou: ['try'] }, estimates: {}, allocations: {}, order: ['zhou'] }, seed: 1 }, 'zhou')!.hasKey).toBe(false);
  });
});

describe('churn-triage: each action shows its price before the learner commits', () => {
  it('hard 500 yuan and 4 hours, try 150 and 1, grace 10 and 0.5, let go nothing; they add into winBackCost and hoursUsed', () => {
    const empty = { choices: {}, estimates: {}, allocations: {}, order: [] };
    const costs = optionCosts(prepared, { params: play().params, answers: empty, seed: 1 }, 'wang');
    expect(costs).toEqual({ hard: { money: 500, time: 4 }, try: { money: 150, time: 1 }, grace: { money: 10, time: 0.5 }, letgo: { money: 0, time: 0 } });
    expect(play({ params: { costHard: 800 }, decisions: BY_TIER }).metrics.winBackCost).toBe(3 * 800 + 2 * 150 + 2 * 10);
  });
});

describe('churn-triage: the debrief quotes the learner\'s own run', () => {
  it('by tier: 1,820 yuan, 15 hours, 21,926 yuan expected, 12.05 per yuan, in both languages', () => {
    const run = play({ decisions: BY_TIER });
    const debrief = scenario.steps.find((st) => st.id === 'debrief')!.body!;
    const en = bindText(debrief.en, textValues(prepared, run.evaluation), 'en');
    expect(en).toContain('It spends 1,820 yuan and 15 hours and expects to keep 21,926 yuan (12.05 per yuan)');
    expect(en).toContain(`this time ${run.metrics.customersBack} came back`);
    const zh = bindText(debrief['zh-CN'], textValues(prepared, run.evaluation), 'zh-CN');
    expect(zh).toContain('花 1,820 元、15 小时，预计挽回 21,926 元（每元 12.05 元）');
    expect(zh).not.toContain('{{');
  });
});
