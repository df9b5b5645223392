// Issue 16, "satisfied is not loyal": the curve loyal(s, c) = floor + (top − floor) × ((s − 1) / 4)^(1 + 8c),
// floor = 0.6 (1 − c), top = 0.95, worked out by hand (docs/model/satisfaction-loyalty.md).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../src/engine/play.ts';
import { judgeChoice } from '../../../src/engine/judge.ts';
import { loadCase, root } from './playCase.ts';

const { play } = loadCase('scenarios/satisfaction-loyalty.yaml');

/** The curve by hand, with the case's default settings. */
const loyal = (rating: number, c: number) => {
  const floor = 0.6 * (1 - c);
  return floor + (0.95 - floor) * ((rating - 1) / 4) ** (1 + 8 * c);
};

describe('satisfaction-loyalty: the curve', () => {
  it('at competition 0.9 about 14 % of the satisfied (4) stay, against about 78 % at 0.1', () => {
    const fierce = play({ params: { competition: 0.9 } }).metrics;
    const weak = play({ params: { competition: 0.1 } }).metrics;
    // 0.06 + 0.89 × 0.75^8.2 and 0.54 + 0.41 × 0.75^1.8.
    expect(fierce.loyalShareAmongSatisfied).toBeCloseTo(0.06 + 0.89 * 0.75 ** 8.2, 12);
    expect(fierce.loyalShareAmongSatisfied).toBeCloseTo(0.1441, 4);
    expect(weak.loyalShareAmongSatisfied).toBeCloseTo(0.54 + 0.41 * 0.75 ** 1.8, 12);
    expect(weak.loyalShareAmongSatisfied).toBeCloseTo(0.7843, 4);
    expect(fierce.loyalShareAmongSatisfied).toBeLessThan(weak.loyalShareAmongSatisfied!);
  });

  it('the completely satisfied (5) stay loyal at both levels: 95 %', () => {
    for (const competition of [0.1, 0.9]) {
      expect(play({ params: { competition } }).metrics.loyalShareAmongDelighted).toBe(0.95);
    }
  });

  it('where switching is hard even the least satisfied stay (hostages): 0.6 × (1 − c)', () => {
    expect(play({ params: { competition: 0.1 } }).metrics.loyalAt1).toBeCloseTo(0.54, 12);
    expect(play({ params: { competition: 0.9 } }).metrics.loyalAt1).toBeCloseTo(0.06, 12);
  });

  it('at the default competition 0.5: 0.3 + 0.65 × 0.75^5 = 0.454248046875 loyal among the 4s', () => {
    const m = play().metrics;
    expect(m.loyalShareAmongSatisfied).toBeCloseTo(0.454248046875, 12);
    expect(m.loyalAt2).toBeCloseTo(0.3 + 0.65 * 0.25 ** 5, 12);
    expect(m.loyalAt3).toBeCloseTo(0.3 + 0.65 * 0.5 ** 5, 12);
    // 50 × 0.3 + 100 × loyal(2) + 250 × loyal(3) + 400 × loyal(4) + 200 × 0.95.
    expect(m.loyalCustomers).toBeCloseTo(50 * 0.3 + 100 * loyal(2, 0.5) + 250 * loyal(3, 0.5) + 400 * loyal(4, 0.5) + 190, 9);
  });

  it('the curve rises with the rating at every level of competition', () => {
    for (const competition of [0, 0.3, 0.6, 1]) {
      const m = play({ params: { competition } }).metrics;
      const curve = [m.loyalAt1!, m.loyalAt2!, m.loyalAt3!, m.loyalShareAmongSatisfied!, m.loyalShareAmongDelighted!];
      for (let i = 1; i < 5; i++) expect(curve[i]).toBeGreaterThanOrEqual(curve[i - 1]!);
    }
  });
});

describe('satisfaction-loyalty: where to invest', () => {
  // 8,000 yuan lifts all 400 customers rating 1–3 to 4 (20 yuan each), or 200 of the 4s to 5 (40 yuan each).
  const basicsGain = (c: number) => 50 * (loyal(4, c) - loyal(1, c)) + 100 * (loyal(4, c) - loyal(2, c)) + 250 * (loyal(4, c) - loyal(3, c));
  const delightGain = (c: number) => 200 * (0.95 - loyal(4, c));

  it('the milk-tea shop (0.9) gains ≈ 161 loyal customers by delighting, ≈ 33 by the basics', () => {
    const m = play().metrics;
    expect(m.streetGainDelight).toBeCloseTo(delightGain(0.9), 9);
    expect(m.streetGainDelight).toBeCloseTo(161.18, 2);
    expect(m.streetGainBasics).toBeCloseTo(basicsGain(0.9), 9);
    expect(m.streetGainBasics).toBeCloseTo(32.89, 2);
    expect(m.streetGainSplit).toBeCloseTo(basicsGain(0.9) / 2 + delightGain(0.9) / 2, 9);
  });

  it('the canteen (0.1) gains ≈ 65 by the basics, ≈ 33 by delighting', () => {
    const m = play().metrics;
    expect(m.canteenGainBasics).toBeCloseTo(basicsGain(0.1), 9);
    expect(m.canteenGainBasics).toBeCloseTo(64.9, 1);
    expect(m.canteenGainDelight).toBeCloseTo(delightGain(0.1), 9);
    expect(m.canteenGainDelight).toBeCloseTo(33.14, 2);
  });

  const decide = (street: string, canteen: string): DecisionEntry[] => [
    { step: 'investStreet', choose: street },
    { step: 'investCanteen', choose: canteen },
  ];

  it('delight on the street and basics in the canteen earn full value; the reverse earns ≈ 10 + 25.5', () => {
    expect(play({ decisions: decide('delight', 'basics') }).scores.value).toBe(100);
    // 50 × 32.89 / 161.18 + 50 × 33.14 / 64.90 = 10.2 + 25.5.
    const reverse = 50 * basicsGain(0.9) / delightGain(0.9) + 50 * delightGain(0.1) / basicsGain(0.1);
    expect(play({ decisions: decide('basics', 'delight') }).scores.value).toBeCloseTo(reverse, 1);
  });

  it('scores the defaults (split twice, a guess of 70 %): value 67.9, insight 0 + 50', () => {
    const run = play();
    expect(run.path).toEqual(['story', 'predict', 'explore', 'investStreet', 'investCanteen', 'measures', 'debrief']);
    expect(run.scores).toEqual({ value: 67.9, insight: 50 });
    // A guess of 15 %: 50 × (1 − |15 − 14.41| / 50) = 49.4, plus 50 for the measures.
    expect(play({ decisions: [{ step: 'predict', estimate: 15 }] }).scores.insight).toBeCloseTo(50 + 50 * (1 - Math.abs(15 - 100 * loyal(4, 0.9)) / 50), 1);
    expect(run.issues).toEqual([]);
  });
});

describe('satisfaction-loyalty: the lab CLI', { timeout: 60_000 }, () => {
  it('lab play --strategy follow-the-curve --param competition=0.9 and =0.1 print the two curves', () => {
    const run = (competition: number) => {
      const args = [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/satisfaction-loyalty.yaml', '--strategy', 'follow-the-curve', '--param', `competition=${competition}`];
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      return JSON.parse(cli.stdout) as { metrics: Record<string, number>; scores: { dimensions: Record<string, number> } };
    };
    const fierce = run(0.9);
    const weak = run(0.1);
    expect(fierce.metrics.loyalShareAmongSatisfied).toBeCloseTo(loyal(4, 0.9), 12);
    expect(weak.metrics.loyalShareAmongSatisfied).toBeCloseTo(loyal(4, 0.1), 12);
    expect(fierce.metrics.loyalShareAmongSatisfied).toBeLessThan(weak.metrics.loyalShareAmongSatisfied!);
    expect([fierce.metrics.loyalShareAmongDelighted, weak.metrics.loyalShareAmongDelighted]).toEqual([0.95, 0.95]);
    // Delight on the street, basics in the canteen: the best plan in both. A guess of 15 %: 49.4 + 50 × 6/6.
    expect(fierce.scores.dimensions).toEqual({ value: 100, insight: 99.4 });
  });
});

describe('satisfaction-loyalty: food delivery reaches the campus (a seeded 50 % draw on entering the debrief)', () => {
  const decide = (canteen: string): DecisionEntry[] => [{ step: 'investStreet', choose: 'delight' }, { step: 'investCanteen', choose: canteen }];

  it('basics leave 800 students at 4 and 200 at 5: 817.4 loyal while competition is weak, 305.3 once delivery arrives', () => {
    const m = play({ decisions: decide('basics') }).metrics;
    expect(m.canteenLoyalNow).toBeCloseTo(800 * loyal(4, 0.1) + 200 * 0.95, 9);
    expect(m.canteenLoyalIfRival).toBeCloseTo(800 * loyal(4, 0.9) + 200 * 0.95, 9);
    expect([m.canteenLoyalNow, m.canteenLoyalIfRival].map((x) => Math.round(x! * 10) / 10)).toEqual([817.4, 305.3]);
  });

  it('delight would have kept 433.6 after delivery arrives: the ranking flips when the barrier falls', () => {
    const m = play({ decisions: decide('delight') }).metrics;
    const after = 50 * loyal(1, 0.9) + 100 * loyal(2, 0.9) + 250 * loyal(3, 0.9) + 200 * loyal(4, 0.9) + 400 * 0.95;
    expect(m.canteenLoyalIfRival).toBeCloseTo(after, 9);
    expect(after).toBeCloseTo(433.6, 1);
    expect(m.canteenLoyalIfRival).toBeGreaterThan(play({ decisions: decide('basics') }).metrics.canteenLoyalIfRival!);
  });

  it('the card fires at the debrief in about half the runs, and the term-end count follows it; scores do not', () => {
    let fired = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const run = play({ decisions: decide('basics'), seed });
      const arrived = run.events.some((f) => f.id === 'delivery-arrives' && f.step === 'debrief');
      if (arrived) fired++;
      expect(run.metrics.canteenLoyalAtTermEnd).toBe(arrived ? run.metrics.canteenLoyalIfRival : run.metrics.canteenLoyalNow);
      expect(run.scores.value).toBe(100);
    }
    // √(0.25 / 150) ≈ 0.041.
    expect(Math.abs(fired / 150 - 0.5)).toBeLessThan(0.13);
  }, 60_000);
});

describe('satisfaction-loyalty: the investment keys come from the run', () => {
  const { prepared } = loadCase('scenarios/satisfaction-loyalty.yaml');
  const keyOf = (params: Record<string, number>, step: string) => {
    const full = { ...play({ params }).params };
    const answers = { choices: { investStreet: ['split'], investCanteen: ['split'] }, estimates: {}, allocations: {}, order: ['investStreet', 'investCanteen'] };
    return judgeChoice(prepared, { params: full, answers, seed: 1 }, step)!.options.filter((o) => o.correct).map((o) => o.id);
  };

  it('at the defaults delight is right on the street (161 > 97 > 33) and basics in the canteen (65 > 49 > 33)', () => {
    expect(keyOf({}, 'investStreet')).toEqual(['delight']);
    expect(keyOf({}, 'investCanteen')).toEqual(['basics']);
  });

  it('swap the two levels of competition and the keys swap with them', () => {
    const swapped = { streetCompetition: 0.1, canteenCompetition: 0.9 };
    expect(keyOf(swapped, 'investStreet')).toEqual(['basics']);
    expect(keyOf(swapped, 'investCanteen')).toEqual(['delight']);
  });
});
