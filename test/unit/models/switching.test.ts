// The switching model (vanity-number penalty): what Mr. Yang pays, the directions the case
// teaches (procedures draw the regulator, financial barriers make hostages), and valid ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LeverValues, ResponseValues, switchingModel, switchingOutputNames } from '../../../src/engine/models/switching.ts';
import { createRandom } from '../../../src/engine/random.ts';
import type { BarSeries, LineSeries, PointSeries } from '../../../src/engine/series.ts';

interface RunOptions {
  respond?: string;
  shares?: Record<string, number>[];
  vars?: Record<string, number>;
  mode?: 'expected' | 'agent';
  seed?: number;
  settings?: Record<string, string>;
}

function run({ respond, shares, vars = {}, mode = 'expected', seed = 1, settings = {} }: RunOptions = {}) {
  return switchingModel.run({
    settings,
    vars,
    decisions: {
      choices: respond === undefined ? {} : { respond: [respond] },
      estimates: {},
      allocations: shares === undefined ? {} : { portfolio: shares },
    },
    random: createRandom(seed),
    mode,
  });
}

const allProcedural = { procedural: 1, financial: 0, relational: 0, value: 0 };
const allFinancial = { procedural: 0, financial: 1, relational: 0, value: 0 };
const relationshipLed = { relational: 0.5, value: 0.4, procedural: 0.05, financial: 0.05 };

describe('switching: the contract', () => {
  it('returns every declared output and series with its kind', () => {
    const result = run();
    expect(Object.keys(result.outputs).sort()).toEqual([...switchingOutputNames].sort());
    expect(Object.keys(result.outputs).sort()).toEqual([...switchingModel.outputs].sort());
    for (const [name, kind] of Object.entries(switchingModel.series)) expect(result.series[name]?.kind).toBe(kind);
    expect(switchingModel.settings).toEqual({ respondStep: 'respond', portfolioStep: 'portfolio' });
  });

  it('declares the brief’s variables with their defaults, labelled in both languages', () => {
    const defaults = Object.fromEntries(switchingModel.variables.map((v) => [v.name, v.default]));
    expect(defaults).toMatchObject({ baseCustomers: 10000, monthlySpend: 299, yangPenalty: 18388.5, months: 12 });
    for (const variable of switchingModel.variables) {
      expect(variable.label.en).not.toBe('');
      expect(variable.label['zh-CN']).not.toBe('');
      expect(variable.min).toBeLessThanOrEqual(variable.default);
      expect(variable.default).toBeLessThanOrEqual(variable.max);
    }
  });

  it('pins the defaults (review the contract, equal split): 18.6% leave, 15.4% of the rest are hostages', () => {
    const { outputs } = run();
    expect(outputs.churnAfterPortability).toBeCloseTo(0.18581890659316214, 9);
    expect(outputs.hostageShare).toBeCloseTo(0.15417746842774643, 9);
    expect(outputs.retainedRevenue).toBeCloseTo(32019054.273628086, 3);
    expect(outputs.complaints).toBeCloseTo(218.7373891681315, 6);
    expect(outputs.regulatoryRisk).toBeCloseTo(0.399206105358882, 9);
    expect(outputs.trust).toBeCloseTo(61.72204585958173, 6);
    expect(outputs.yangOutcome).toBe(0);
  });

  it('treats a missing or unknown answer as review-contract and a missing allocation as an equal split', () => {
    const explicit = run({ respond: 'review-contract', shares: [{ procedural: 0.25, financial: 0.25, relational: 0.25, value: 0.25 }] });
    expect(run()).toEqual(explicit);
    expect(run({ respond: 'bribe-the-regulator' })).toEqual(explicit);
    expect(run({ shares: [{}] })).toEqual(explicit);
  });

  it('reads the steps named in settings, the last round’s shares, rescaled to sum to 1', () => {
    const named = switchingModel.run({
      settings: { respondStep: 'answer', portfolioStep: 'budget' },
      vars: {},
      decisions: { choices: { answer: ['enforce-penalty'] }, estimates: {}, allocations: { budget: [allProcedural, relationshipLed] } },
      random: createRandom(1),
      mode: 'expected',
    });
    expect(named).toEqual(run({ respond: 'enforce-penalty', shares: [relationshipLed] }));
    expect(run({ shares: [{ relational: 5, value: 4, procedural: 0.5, financial: 0.5 }] })).toEqual(run({ shares: [relationshipLed] }));
  });
});

describe('switching: Mr. Yang', () => {
  it.each([
    { respond: 'enforce-penalty', pays: 18388.5 },
    { respond: 'partial-waiver', pays: 9194.25 },
    { respond: 'add-procedures', pays: 4 * 299 },
    { respond: 'review-contract', pays: 0 },
    { respond: 'waive-and-compete', pays: 0 },
  ])('$respond: he pays $pays yuan', ({ respond, pays }) => {
    expect(run({ respond }).outputs.yangOutcome).toBe(pays);
  });
});

describe('switching: the directions the case teaches', () => {
  it('adding procedures draws more regulatory risk than reviewing the contract or waiving and competing', () => {
    const risk = (respond: string) => run({ respond }).outputs.regulatoryRisk ?? Number.NaN;
    expect(risk('add-procedures')).toBeCloseTo(0.658, 3);
    expect(risk('review-contract')).toBeCloseTo(0.399, 3);
    expect(risk('waive-and-compete')).toBeCloseTo(0.387, 3);
    expect(risk('add-procedures')).toBeGreaterThan(risk('review-contract') + 0.2);
    expect(risk('add-procedures')).toBeGreaterThan(risk('waive-and-compete') + 0.2);
  });

  it('a budget all in procedural barriers loses more customers than one led by relationships and value', () => {
    const procedural = run({ shares: [allProcedural] }).outputs.churnAfterPortability ?? Number.NaN;
    const relational = run({ shares: [relationshipLed] }).outputs.churnAfterPortability ?? Number.NaN;
    expect(procedural).toBeCloseTo(0.401, 3);
    expect(relational).toBeCloseTo(0.177, 3);
    expect(procedural).toBeGreaterThan(relational);
  });

  it('a budget all in financial barriers makes more hostages, more complaints and less trust', () => {
    const financial = run({ shares: [allFinancial] }).outputs;
    const relational = run({ shares: [relationshipLed] }).outputs;
    expect([financial.hostageShare, financial.complaints, financial.trust].map((v) => Math.round((v ?? 0) * 1000) / 1000))
      .toEqual([0.238, 206.016, 53.303]);
    expect(financial.hostageShare).toBeGreaterThan(relational.hostageShare ?? 0);
    expect(financial.complaints).toBeGreaterThan(relational.complaints ?? 0);
    expect(financial.trust).toBeLessThan(relational.trust ?? 0);
  });

  it('enforcing the penalty raises complaints and lowers trust compared with waiving and competing', () => {
    const enforce = run({ respond: 'enforce-penalty' }).outputs;
    const waive = run({ respond: 'waive-and-compete' }).outputs;
    expect(enforce.complaints).toBeGreaterThan(waive.complaints ?? 0);
    expect(enforce.trust).toBeLessThan(waive.trust ?? 0);
  });

  it('added procedures hold customers only until they are stopped: leaving jumps the month after', () => {
    const procedural = (run({ respond: 'add-procedures' }).series.churnByKind as LineSeries).series.find((s) => s.id === 'procedural');
    const values = procedural?.values ?? [];
    const monthly = values.slice(1).map((value, i) => value - (values[i] ?? 0));
    expect(monthly[4]).toBeGreaterThan(5 * (monthly[3] ?? 0)); // month 5 versus month 4
  });

  it('without portability the barrier holds: almost nobody leaves and hostages stay', () => {
    const closed = run({ vars: { portabilityStrength: 0 } }).outputs;
    const open = run().outputs;
    expect(closed.churnAfterPortability).toBeLessThan(0.01);
    expect(closed.hostageShare).toBeGreaterThan(open.hostageShare ?? 1);
  });
});

describe('switching: charts', () => {
  it('the leavers by reason start at 0, never fall, and add up to the customers lost', () => {
    const result = run({ vars: { months: 6 } });
    const chart = result.series.churnByKind as LineSeries;
    expect(chart.x).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(chart.series.map((s) => s.id)).toEqual(['procedural', 'financial', 'value']);
    for (const line of chart.series) {
      expect(line.values[0]).toBe(0);
      line.values.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(line.values[i] ?? 0));
    }
    const lastSum = chart.series.reduce((sum, line) => sum + (line.values.at(-1) ?? 0), 0);
    expect(lastSum).toBeCloseTo(result.outputs.customersLost ?? 0, 6);
  });

  it('the map places the four segments on the quadrants; with the kept-by-type bars they account for the whole base', () => {
    const result = run();
    const map = result.series.map as PointSeries;
    expect(map.threshold).toBe(0.5);
    expect(map.quadrants.map((q) => q.en)).toEqual(['Defectors', 'Mercenaries', 'Hostages', 'Loyalists (apostles)']);
    const kept = map.points.reduce((sum, point) => sum + point.size, 0);
    expect(kept + (result.outputs.customersLost ?? 0)).toBeCloseTo(10000, 6);
    const contractBound = map.points.find((point) => point.id === 'contract-bound');
    expect(contractBound?.x).toBeLessThan(0.5);
    expect(contractBound?.y).toBeGreaterThan(0.5);
    const retained = result.series.retained as BarSeries;
    expect(retained.items.map((item) => item.id)).toEqual(['loyalists', 'hostages', 'mercenaries', 'defectors']);
    expect(retained.items.reduce((sum, item) => sum + item.value, 0)).toBeCloseTo(kept, 6);
  });
});

describe('switching: determinism and agent mode', () => {
  it('expected mode ignores the seed', () => {
    expect(run({ seed: 1 })).toEqual(run({ seed: 2 }));
  });

  it('agent mode: whole customers, the same for a seed, different across seeds, near the expected values', () => {
    const agent = run({ mode: 'agent', seed: 5 });
    expect(run({ mode: 'agent', seed: 5 })).toEqual(agent);
    expect(run({ mode: 'agent', seed: 6 }).outputs.customersLost).not.toBe(agent.outputs.customersLost);
    expect(Number.isInteger(agent.outputs.customersLost)).toBe(true);
    expect(Math.abs((agent.outputs.churnAfterPortability ?? 0) - (run().outputs.churnAfterPortability ?? 0))).toBeLessThan(0.02);
  });
});

describe('switching: always finite and in range', () => {
  const arbitraryVars = fc.record(
    Object.fromEntries(switchingModel.variables.map((v) => [v.name, fc.double({ min: v.min, max: v.max, noNaN: true })])),
  );
  const arbitraryShares = fc.record(Object.fromEntries(LeverValues.map((lever) => [lever, fc.double({ min: 0, max: 1, noNaN: true })])));

  it('for any valid variables, answer, shares and mode', () => {
    fc.assert(
      fc.property(
        arbitraryVars,
        fc.constantFrom(...ResponseValues, 'unknown'),
        arbitraryShares,
        fc.constantFrom('expected' as const, 'agent' as const),
        fc.integer(),
        (vars, respond, shares, mode, seed) => {
          const { outputs } = run({ vars, respond, shares: [shares], mode, seed });
          const base = Math.round(vars.baseCustomers ?? 0);
          return (
            Object.values(outputs).every(Number.isFinite) &&
            between(outputs.churnAfterPortability, 0, 1) &&
            between(outputs.hostageShare, 0, 1) &&
            between(outputs.regulatoryRisk, 0, 1) &&
            between(outputs.trust, 0, 100) &&
            between(outputs.complaints, 0, Number.MAX_VALUE) &&
            between(outputs.retainedRevenue, 0, Number.MAX_VALUE) &&
            between(outputs.yangOutcome, 0, Number.MAX_VALUE) &&
            between(outputs.customersLost, 0, base + 1)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

function between(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && value >= min - 1e-9 && value <= max + 1e-9;
}
