// The switching model (vanity-number penalty): what Mr. Yang pays, the regulator and falling
// barriers, the directions the case teaches (hostages leave in a burst), and valid ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LeverValues, ResponseValues, switchingModel, switchingOutputNames } from '../../../src/engine/models/switching.ts';
import { RegulatorWatch, exodusMonths } from '../../../src/engine/models/switching/regulator.ts';
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
    expect(defaults).toMatchObject({ baseCustomers: 10000, monthlySpend: 299, yangPenalty: 18388.5, months: 36, contractMonths: 24 });
    for (const variable of switchingModel.variables) {
      expect(variable.label.en).not.toBe('');
      expect(variable.label['zh-CN']).not.toBe('');
      expect(variable.min).toBeLessThanOrEqual(variable.default);
      expect(variable.default).toBeLessThanOrEqual(variable.max);
    }
  });

  it('at the defaults (review the contract, equal split) no regulator, no fine, and net revenue is plan revenue', () => {
    const { outputs } = run();
    // Breach in force is the portfolio's only, 0.5 × r(0.25) ≈ 0.197: complaints stay below 80 in any three months.
    expect(outputs.regulatorMonth).toBe(0);
    expect(outputs.fines).toBe(0);
    expect(outputs.penaltiesRefunded).toBe(0);
    expect(outputs.netRevenue).toBe(outputs.retainedRevenue);
    expect(outputs.yangOutcome).toBe(0);
    // The agreements run out in month 24, inside the 36 months: some hostages leave in the three months after.
    expect(outputs.hostageExodus).toBeGreaterThan(0);
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

// At most 3 + 40 + 40 + 30 = 113 complaints per 10,000 in a month, so 339 in three: a threshold of
// 1,000 keeps the regulator away and shows the penalty as charged.
const noRegulator = { regulatorThreshold: 1000 };

describe('switching: Mr. Yang', () => {
  it.each([
    { respond: 'enforce-penalty', pays: 18388.5 },
    { respond: 'partial-waiver', pays: 9194.25 },
    // Held up, he pays his plan, but for service he used: not a cost beyond it.
    { respond: 'add-procedures', pays: 0 },
    { respond: 'review-contract', pays: 0 },
    { respond: 'waive-and-compete', pays: 0 },
  ])('$respond, no regulator: he pays $pays yuan', ({ respond, pays }) => {
    const { outputs } = run({ respond, vars: noRegulator });
    expect(outputs.regulatorMonth).toBe(0);
    expect(outputs.yangOutcome).toBe(pays);
  });

  it('once the regulator voids the disputed term, his penalty is refunded and he pays nothing', () => {
    const { outputs } = run({ respond: 'enforce-penalty' });
    expect(outputs.regulatorMonth).toBeGreaterThan(0);
    expect(outputs.penaltiesRefunded).toBe(18388.5);
    expect(outputs.yangOutcome).toBe(0);
  });
});

describe('switching: the regulator and falling barriers', () => {
  it('watches three months of complaints and acts only against obstruction, once', () => {
    const watch = new RegulatorWatch(80, 1_000_000);
    watch.observe(1, 30, 0.5);
    watch.observe(2, 30, 0.5);
    expect(watch.month).toBe(0); // 60 < 80
    watch.observe(3, 30, 0.5); // 90 ≥ 80
    expect([watch.month, watch.fine]).toEqual([3, 500_000]);
    watch.observe(4, 100, 1);
    expect([watch.month, watch.fine]).toEqual([3, 500_000]);
    expect([watch.hasActedBefore(3), watch.hasActedBefore(4)]).toEqual([false, true]);
    const lawful = new RegulatorWatch(80, 1_000_000);
    for (let m = 1; m <= 6; m += 1) lawful.observe(m, 100, 0);
    expect(lawful.month).toBe(0);
    // Only the last three months count: 50 + 10 + 10 < 80 although the total passes it.
    const window = new RegulatorWatch(80, 1_000_000);
    [50, 10, 10, 10, 10].forEach((complaints, i) => window.observe(i + 1, complaints, 1));
    expect(window.month).toBe(0);
  });

  it('counts the exodus in the three months after each barrier falls, each month once', () => {
    expect(exodusMonths([2, 24], 36)).toEqual([3, 4, 5, 25, 26, 27]);
    expect(exodusMonths([2, 3], 36)).toEqual([3, 4, 5, 6]);
    expect(exodusMonths([35], 36)).toEqual([36]);
  });

  it('fines added procedures at full breach (1,000,000 yuan) and releases the held customers in a burst', () => {
    const result = run({ respond: 'add-procedures' });
    expect(result.outputs.fines).toBe(1_000_000);
    expect(result.outputs.regulatoryRisk).toBe(1);
    const month = result.outputs.regulatorMonth ?? 0;
    expect(month).toBeGreaterThan(0);
    const procedural = (result.series.churnByKind as LineSeries).series.find((s) => s.id === 'procedural')?.values ?? [];
    const leftIn = (m: number) => (procedural[m] ?? 0) - (procedural[m - 1] ?? 0);
    // The procedures hold until the month the regulator acts; they are void the month after.
    expect(leftIn(month + 1)).toBeGreaterThan(5 * leftIn(month));
  });

  it('without obstruction nobody is fined, and with the barriers all standing there is no exodus', () => {
    const lawful = run({ respond: 'waive-and-compete', shares: [{ relational: 0.5, value: 0.5 }] }).outputs;
    expect([lawful.fines, lawful.regulatorMonth, lawful.regulatoryRisk]).toEqual([0, 0, 0]);
    const standing = run({ vars: { ...noRegulator, contractMonths: 36 } }).outputs;
    expect(standing.hostageExodus).toBe(0);
  });

  it('when the agreements run out, the hostages they held leave in a burst', () => {
    const financial = (run({ vars: noRegulator }).series.churnByKind as LineSeries).series.find((s) => s.id === 'financial')?.values ?? [];
    const leftIn = (m: number) => (financial[m] ?? 0) - (financial[m - 1] ?? 0);
    // Agreements in force through month 24, gone from month 25.
    expect(leftIn(25)).toBeGreaterThan(3 * leftIn(24));
  });

  it('obstruction costs money: net revenue is plan revenue plus penalties kept, less fines and refunds', () => {
    for (const respond of ResponseValues) {
      const { outputs } = run({ respond });
      const collected = respond === 'enforce-penalty' ? 18388.5 : respond === 'partial-waiver' ? 9194.25 : 0;
      expect(outputs.netRevenue).toBeCloseTo((outputs.retainedRevenue ?? 0) + collected - (outputs.penaltiesRefunded ?? 0) - (outputs.fines ?? 0), 6);
    }
  });
});

describe('switching: the directions the case teaches', () => {
  it('adding procedures brings the regulator; reviewing the contract or waiving and competing does not', () => {
    const risk = (respond: string) => run({ respond }).outputs.regulatoryRisk ?? Number.NaN;
    expect(risk('add-procedures')).toBe(1);
    expect(risk('review-contract')).toBeLessThan(1);
    expect(risk('waive-and-compete')).toBeLessThan(1);
  });

  it('reviewing the contract keeps more revenue than enforcing the penalty at 12, 24 and 36 months', () => {
    for (const months of [12, 24, 36]) {
      const enforce = run({ respond: 'enforce-penalty', vars: { months } }).outputs;
      const review = run({ respond: 'review-contract', vars: { months } }).outputs;
      expect(enforce.retainedRevenue, `${months} months`).toBeLessThan(review.retainedRevenue ?? 0);
      expect(enforce.netRevenue, `${months} months`).toBeLessThan(review.netRevenue ?? 0);
    }
  });

  it('a budget all in procedural barriers loses more customers than one led by relationships and value', () => {
    const procedural = run({ shares: [allProcedural] }).outputs.churnAfterPortability ?? Number.NaN;
    const relational = run({ shares: [relationshipLed] }).outputs.churnAfterPortability ?? Number.NaN;
    expect(procedural).toBeGreaterThan(relational);
  });

  it('a budget all in financial barriers makes more hostages, more complaints and less trust', () => {
    const financial = run({ shares: [allFinancial] }).outputs;
    const relational = run({ shares: [relationshipLed] }).outputs;
    expect(financial.hostageShare).toBeGreaterThan(relational.hostageShare ?? 0);
    expect(financial.complaints).toBeGreaterThan(relational.complaints ?? 0);
    expect(financial.trust).toBeLessThan(relational.trust ?? 0);
  });

  it('enforcing the penalty brings the regulator and a fine, and lowers trust, compared with waiving and competing', () => {
    const enforce = run({ respond: 'enforce-penalty' }).outputs;
    const waive = run({ respond: 'waive-and-compete' }).outputs;
    expect(enforce.regulatorMonth).toBeGreaterThan(0);
    expect(enforce.fines).toBeGreaterThan(0);
    expect(waive.fines).toBe(0);
    expect(enforce.trust).toBeLessThan(waive.trust ?? 0);
  });

  it('without portability the barrier holds: almost nobody leaves and hostages stay', () => {
    // Over the first year, before the agreements run out.
    const closed = run({ vars: { portabilityStrength: 0, months: 12 } }).outputs;
    const open = run({ vars: { months: 12 } }).outputs;
    expect(closed.churnAfterPortability).toBeLessThan(0.01);
    expect(closed.hostageShare).toBeGreaterThan(open.hostageShare ?? 1);
  });
});

describe('switching: charts', () => {
  it('the leavers by reason start at 0, never fall, and add up to the customers lost', () => {
    const result = run({ vars: { months: 6 } });
    const chart = result.series.churnByKind as LineSeries;
    expect(chart.x).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(chart.series.map((s) => s.id)).toEqual(['procedural', 'financial', 'anyway']);
    for (const line of chart.series) {
      expect(line.values[0]).toBe(0);
      line.values.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(line.values[i] ?? 0));
    }
    const lastSum = chart.series.reduce((sum, line) => sum + (line.values.at(-1) ?? 0), 0);
    expect(lastSum).toBeCloseTo(result.outputs.customersLost ?? 0, 6);
  });

  it('the map places the four segments on the quadrants; with the kept-by-type bars they account for the whole base', () => {
    // After a year, before the agreements run out in month 24.
    const result = run({ vars: { months: 12 } });
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
    // Once the agreements have run out, the contract-bound segment is no longer held above the line.
    const later = (run().series.map as PointSeries).points.find((point) => point.id === 'contract-bound');
    expect(later?.y).toBeLessThan(0.5);
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
            between(outputs.customersLost, 0, base + 1) &&
            between(outputs.hostageExodus, 0, base + 1) &&
            between(outputs.fines, 0, vars.regulatorFine ?? 0) &&
            between(outputs.regulatorMonth, 0, 36)
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
