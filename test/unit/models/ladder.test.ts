// The ladder model: its contract, exact numbers for the default plan, the shock, the
// directional lessons the case teaches, the charts' data and agent mode's convergence.
import { describe, expect, it } from 'vitest';
import { LeverValues, RungValues, ladderFlowsForQuarter, ladderModel, simulateLadder, type LadderOutputName } from '../../../src/engine/models/ladder.ts';
import { rivalOpens } from '../../../src/engine/models/ladder/simulate.ts';
import { shockMoves } from '../../../src/engine/models/ladder/step.ts';
import { readLadderParams } from '../../../src/engine/models/ladder/variables.ts';
import type { ModelInput } from '../../../src/engine/models/types.ts';
import { createRandom } from '../../../src/engine/random.ts';
import type { BarSeries, FlowSeries, LineSeries, PointSeries } from '../../../src/engine/series.ts';

type Plan = Partial<Record<(typeof LeverValues)[number], number>>;

const balanced: Plan = { attract: 0.2, needs: 0.3, club: 0.2, employees: 0.2, rewards: 0.1 };
const allSwitching: Plan = { switching: 1 };
const switchingAndAttract: Plan = { switching: 0.7, attract: 0.3 };
const allAttract: Plan = { attract: 1 };

function input(plans: Plan[], options: Partial<Pick<ModelInput, 'vars' | 'mode' | 'settings'>> & { seed?: number } = {}): ModelInput {
  return {
    settings: options.settings ?? {},
    // The rival opens for certain unless a test says otherwise: the pinned figures assume it.
    vars: { shockChance: 1, ...(options.vars ?? {}) },
    decisions: { choices: {}, estimates: {}, allocations: { quarter: plans as Record<string, number>[] } },
    random: createRandom(options.seed ?? 1),
    mode: options.mode ?? 'expected',
  };
}
const quarters = (plan: Plan, count = 8) => Array.from({ length: count }, () => plan);
/** A run whose outputs are typed by name (the model promises every name in `ladderModel.outputs`). */
function run(plans: Plan[], options?: Parameters<typeof input>[1]) {
  const result = ladderModel.run(input(plans, options));
  return { ...result, outputs: result.outputs as Record<LadderOutputName, number> };
}

describe('ladder model contract', () => {
  it('declares variables with defaults inside their range and labels in both languages', () => {
    const names = ladderModel.variables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['startPopulation', 'rounds', 'shockRound', 'budget', 'drift', 'wordOfMouth', 'shockStrength']) {
      expect(names).toContain(name);
    }
    for (const variable of ladderModel.variables) {
      expect(variable.default).toBeGreaterThanOrEqual(variable.min);
      expect(variable.default).toBeLessThanOrEqual(variable.max);
      expect(variable.label.en.length * variable.label['zh-CN'].length).toBeGreaterThan(0);
    }
    const defaults = Object.fromEntries(ladderModel.variables.map((v) => [v.name, [v.default, v.min, v.max]]));
    expect(defaults).toMatchObject({ startPopulation: [10000, 100, 1000000], rounds: [8, 1, 20], shockRound: [6, 1, 20], budget: [50000, 0, 1000000] });
  });

  it('returns every declared output, finite, and every declared series with its kind', () => {
    const result = run(quarters(balanced));
    expect(Object.keys(result.outputs).sort()).toEqual([...ladderModel.outputs].sort());
    for (const name of ['profit', 'revenue', 'advocates', 'core', 'repeat', 'lost', 'population', 'referred', 'trueLoyalShare', 'spuriousLoyalShare', 'churnAtShock']) {
      expect(ladderModel.outputs).toContain(name);
    }
    for (const value of Object.values(result.outputs)) expect(Number.isFinite(value)).toBe(true);
    for (const [name, kind] of Object.entries(ladderModel.series)) expect(result.series[name]?.kind).toBe(kind);
    expect(ladderModel.settings).toEqual({ allocateStep: 'quarter' });
  });

  it('exports the fixed rung and lever ids', () => {
    expect(RungValues).toEqual(['potential', 'target', 'first', 'repeat', 'core', 'advocate', 'lost']);
    expect(LeverValues).toEqual(['attract', 'needs', 'rewards', 'club', 'switching', 'bonds', 'employees']);
  });
});

describe('ladder model numbers', () => {
  it('shows only the starting state before any quarter is played', () => {
    const result = run([]);
    expect(result.outputs).toMatchObject({ potential: 10000, population: 10000, buying: 0, lost: 0, profit: 0, quarters: 0, churnAtShock: 0, trueLoyalShare: 0 });
    expect((result.series.rungs as LineSeries).x).toEqual([0]);
  });

  it('moves organic plus attract reach of the potential customers to target in quarter 1', () => {
    const reach = 0.01 + 0.3 * (1 - Math.exp(-10000 / 25000));
    const result = run([balanced]);
    expect(result.outputs.target).toBeCloseTo(10000 * reach, 9);
    expect(result.outputs).toMatchObject({ buying: 0, revenue: 0, profit: -50000, spend: 50000 });
  });

  it('gives these expected values for the balanced plan over 8 quarters', () => {
    const o = run(quarters(balanced)).outputs;
    expect(o.profit).toBeCloseTo(586291.572, 2);
    expect(o.advocates).toBeCloseTo(137.148, 3);
    expect(o.core).toBeCloseTo(228.731, 3);
    expect(o.lost).toBeCloseTo(1263.407, 3);
    expect(o.referred).toBeCloseTo(35.074, 3);
    expect(o.trueLoyalShare).toBeCloseTo(0.22979, 5);
    expect(o.spuriousLoyalShare).toBeCloseTo(0.15767, 5);
    expect(o.churnAtShock).toBeCloseTo(0.36619, 5);
    expect(o.population).toBeCloseTo(10000 + o.referred, 9);
  });

  it('gives the same whole-number outcome for the same seed in agent mode', () => {
    const first = run(quarters(balanced), { mode: 'agent', seed: 42 }).outputs;
    expect(run(quarters(balanced), { mode: 'agent', seed: 42 }).outputs).toEqual(first);
    expect(first).toMatchObject({ advocates: 148, core: 228, repeat: 641, first: 1069, lost: 1210, referred: 28, population: 10028 });
  });

  it('plays only as many quarters as there are entries, and no more than `rounds`', () => {
    const full = run(quarters(balanced)).series.rungs as LineSeries;
    const partial = run(quarters(balanced, 3)).series.rungs as LineSeries;
    expect(partial.x).toEqual([0, 1, 2, 3]);
    partial.series.forEach((line, i) => expect(line.values).toEqual(full.series[i]?.values.slice(0, 4)));
    expect(run(quarters(balanced, 12), { vars: { rounds: 8 } }).outputs.quarters).toBe(8);
  });

  it('reads the allocate step named in settings, ignores unknown ids and scales shares above 1 down', () => {
    const named = ladderModel.run({ ...input([]), settings: { allocateStep: 'plan' }, decisions: { choices: {}, estimates: {}, allocations: { plan: quarters(balanced, 2) } } });
    expect(named.outputs).toEqual(run(quarters(balanced, 2)).outputs);
    const messy = run([{ attract: 2, bribes: 5 } as Plan, { attract: -1, needs: 1 }]).outputs;
    expect(messy).toEqual(run([{ attract: 1 }, { needs: 1 }]).outputs);
  });
});

describe('what the case teaches', () => {
  const balancedRun = run(quarters(balanced)).outputs;
  it.each([
    ['all on switching costs', allSwitching],
    ['switching costs 0.7 + attract 0.3', switchingAndAttract],
  ])('%s buys spurious loyalty that the shock takes away', (_name, plan) => {
    const o = run(quarters(plan)).outputs;
    expect(o.spuriousLoyalShare).toBeGreaterThan(balancedRun.spuriousLoyalShare + 0.3);
    expect(o.churnAtShock).toBeGreaterThan(balancedRun.churnAtShock + 0.15);
    expect(balancedRun.advocates).toBeGreaterThan(5 * o.advocates);
    expect(balancedRun.trueLoyalShare).toBeGreaterThan(o.trueLoyalShare + 0.15);
  });

  it('makes a balanced plan profitable and all-in on attract worse than it', () => {
    const attract = run(quarters(allAttract)).outputs;
    expect(balancedRun.profit).toBeGreaterThan(0);
    expect(attract.profit).toBeLessThan(balancedRun.profit - 100000);
    expect(attract.lost).toBeGreaterThan(2 * balancedRun.lost);
  });

  it('has no shock when shockRound is beyond the quarters played; the types are read at the end', () => {
    const o = run(quarters(switchingAndAttract), { vars: { shockRound: 9 } }).outputs;
    expect(o).toMatchObject({ shockPlayed: 0, churnAtShock: 0 });
    expect(o.spuriousLoyalShare).toBeGreaterThan(0.5);
    expect(o.profit).toBeGreaterThan(run(quarters(switchingAndAttract)).outputs.profit);
  });

  it('hits unattached customers hard at the shock and true-loyal ones barely', () => {
    const strength = (shockStrength: number, plan: Plan) =>
      simulateLadder(input(quarters(plan, 6), { vars: { shockStrength } })).states[6]!.flows;
    const extraLost = (plan: Plan, rung: string) =>
      (strength(1, plan).get(`${rung}>lost` as never) ?? 0) - (strength(0, plan).get(`${rung}>lost` as never) ?? 0);
    const before = (plan: Plan) => simulateLadder(input(quarters(plan, 5))).states[5]!.counts;
    expect(extraLost(balanced, 'advocate') / before(balanced).advocate).toBeLessThan(0.07);
    expect(extraLost(switchingAndAttract, 'first') / before(switchingAndAttract).first).toBeGreaterThan(0.4);
  });

  it('never opens the rival when shockChance is 0, whatever the seed', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const ladder = simulateLadder(input(quarters(switchingAndAttract), { seed, vars: { shockChance: 0 } }));
      expect(ladder.shockHappens).toBe(false);
      expect(ladder.states.some((state) => state.isShock)).toBe(false);
    }
  });

  it('draws the rival once per run at shockChance: the same for a seed, different across seeds', () => {
    const fired = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => simulateLadder(input(quarters(balanced), { seed, vars: { shockChance: 0.5 } })).shockHappens);
    expect(fired).toContain(true);
    expect(fired).toContain(false);
    const again = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => simulateLadder(input(quarters(balanced), { seed, vars: { shockChance: 0.5 } })).shockHappens);
    expect(again).toEqual(fired);
    // Drawn before the quarters: a run cut short agrees with the full one.
    const short = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => simulateLadder(input(quarters(balanced, 2), { seed, vars: { shockChance: 0.5 } })).shockHappens);
    expect(short).toEqual(fired);
  });

  it('decides a certain or impossible rival without drawing', () => {
    const random = createRandom(3);
    expect([rivalOpens(1, random), rivalOpens(0, random)]).toEqual([true, false]);
    expect(random.next()).toBe(createRandom(3).next());
  });

  it('value-adding bonds shield customers from the rival: the pull is scaled by 1 − bonds', () => {
    const p = readLadderParams({});
    const levels = simulateLadder(input(quarters(balanced, 5))).states[5]!.levels;
    const plain = shockMoves(levels, p, 0);
    const shielded = shockMoves(levels, p, 0.2);
    for (const rung of ['first', 'repeat', 'core', 'advocate'] as const) {
      expect(shielded[rung][0]!.p).toBeCloseTo(0.8 * plain[rung][0]!.p, 12);
    }
  });

  it('bonds hold repeat purchase without resentment: more attachment than lock-in, and they survive the rival', () => {
    const bonds = simulateLadder(input(quarters({ bonds: 0.7, attract: 0.3 })));
    const lock = simulateLadder(input(quarters(switchingAndAttract)));
    expect(bonds.states[5]!.levels.first.attachment).toBeGreaterThan(lock.states[5]!.levels.first.attachment);
    // The shock quarter strips the lock but leaves the bonds.
    expect(lock.states[6]!.stocks.lock).toBeLessThan(0.5 * lock.states[5]!.stocks.lock);
    expect(bonds.states[6]!.stocks.bonds).toBeGreaterThanOrEqual(bonds.states[5]!.stocks.bonds);
  });

  it('keeps repeat purchase up only while rewards are paid', () => {
    const plans = [...quarters({ rewards: 1 }, 4), ...quarters({}, 4)];
    const repeat = simulateLadder(input(plans)).states.map((s) => s.levels.first.repeat);
    expect(repeat[4]).toBeGreaterThan(repeat[0]! + 0.1);
    expect(repeat[8]).toBeLessThan(repeat[4]! - 0.1);
    expect(repeat[8]).toBeCloseTo(repeat[0]!, 2);
  });
});

describe('ladder chart data', () => {
  const result = run(quarters(balanced));
  it('flows account for everyone at the start and end of the last quarter', () => {
    const flows = result.series.flows as FlowSeries;
    const states = simulateLadder(input(quarters(balanced))).states;
    const [start, end] = [states[7]!.counts, states[8]!.counts];
    const total = (pick: (link: FlowSeries['links'][number]) => boolean) =>
      flows.links.filter(pick).reduce((sum, link) => sum + link.value, 0);
    for (const rung of RungValues.filter((r) => r !== 'lost')) {
      expect(total((l) => l.source === `from:${rung}`)).toBeCloseTo(start[rung], 6);
      expect(total((l) => l.target === `to:${rung}`)).toBeCloseTo(end[rung], 6);
    }
    expect(total((l) => l.target === 'to:lost')).toBeCloseTo(end.lost - start.lost, 6);
    expect(total((l) => l.source === 'referral')).toBeCloseTo(states[8]!.referred, 9);
    const ids = new Set(flows.nodes.map((n) => n.id));
    for (const link of flows.links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
    expect(ladderFlowsForQuarter(input(quarters(balanced)), 8)).toEqual(flows);
  });

  it('places the buying rungs on the attachment × repeat matrix and counts them by type', () => {
    const quadrant = result.series.quadrant as PointSeries;
    expect(quadrant.quadrants.map((q) => q.en)).toEqual(['No loyalty', 'Latent loyalty', 'Spurious loyalty', 'True loyalty']);
    expect(quadrant.points.map((p) => p.id)).toEqual(['first', 'repeat', 'core', 'advocate']);
    expect(quadrant.points.map((p) => p.size).reduce((a, b) => a + b)).toBeCloseTo(result.outputs.buying, 9);
    const types = result.series.types as BarSeries;
    expect(types.items.map((i) => i.id)).toEqual(['true', 'latent', 'spurious', 'none']);
    expect(types.items.reduce((sum, i) => sum + i.value, 0)).toBeCloseTo(result.outputs.buying, 9);
  });

  it('plots cumulative profit ending at the profit output', () => {
    const profit = result.series.profit as LineSeries;
    expect(profit.series.map((s) => s.id)).toEqual(['profit', 'revenue']);
    expect(profit.series[0]!.values.at(-1)).toBeCloseTo(result.outputs.profit, 6);
  });
});

describe('agent mode', () => {
  it('averages to the expected values over 200 seeds (within 2%)', () => {
    const expected = run(quarters(balanced)).outputs;
    const names = ['advocates', 'core', 'repeat', 'first', 'target', 'potential', 'lost', 'buying', 'revenue'] as const;
    const sums = Object.fromEntries(names.map((n) => [n, 0])) as Record<(typeof names)[number], number>;
    for (let seed = 1; seed <= 200; seed += 1) {
      const o = run(quarters(balanced), { mode: 'agent', seed }).outputs;
      for (const name of names) sums[name] += o[name];
    }
    for (const name of names) expect(Math.abs(sums[name] / 200 / expected[name] - 1), name).toBeLessThan(0.02);
  });
});

describe('flowQuarter: the quarter the flow chart shows', () => {
  const plans = quarters(switchingAndAttract);
  const flowsAt = (flowQuarter: number, count = 8) =>
    ladderModel.run(input(plans.slice(0, count), { vars: { flowQuarter } })).series.flows as FlowSeries;
  const lostAt = (flows: FlowSeries) =>
    flows.links.filter((l) => l.target === 'to:lost').reduce((sum, l) => sum + l.value, 0);

  it('is a whole-number variable 0–20 that defaults to 0, the last quarter', () => {
    expect(ladderModel.variables.find((v) => v.name === 'flowQuarter')).toMatchObject({ default: 0, min: 0, max: 20 });
    expect(flowsAt(0)).toEqual(ladderFlowsForQuarter(input(plans), 8));
  });

  it('shows the chosen quarter when it was played, the shock quarter included', () => {
    for (const q of [1, 5, 6, 8]) expect(flowsAt(q)).toEqual(ladderFlowsForQuarter(input(plans), q));
    expect(flowsAt(5.6)).toEqual(flowsAt(6));
    const states = simulateLadder(input(plans)).states;
    // The shock quarter's flow into lost is the jump in lost people that quarter: far above quarter 5's.
    expect(lostAt(flowsAt(6))).toBeCloseTo(states[6]!.counts.lost - states[5]!.counts.lost, 6);
    expect(lostAt(flowsAt(6))).toBeGreaterThan(3 * lostAt(flowsAt(5)));
  });

  it('falls back to the last quarter played when the chosen one was not played', () => {
    expect(flowsAt(7, 3)).toEqual(ladderFlowsForQuarter(input(plans.slice(0, 3)), 3));
    expect(flowsAt(20)).toEqual(flowsAt(8));
    // Nothing played: the starting state, everyone still a potential customer.
    expect(flowsAt(3, 0).links).toEqual([{ source: 'from:potential', target: 'to:potential', value: 10000 }]);
  });

  it('changes only the flow chart: outputs and other series stay the same', () => {
    const a = ladderModel.run(input(plans, { vars: { flowQuarter: 0 } }));
    const b = ladderModel.run(input(plans, { vars: { flowQuarter: 6 } }));
    expect(b.outputs).toEqual(a.outputs);
    expect({ ...b.series, flows: null }).toEqual({ ...a.series, flows: null });
    expect(b.series.flows).not.toEqual(a.series.flows);
  });
});
