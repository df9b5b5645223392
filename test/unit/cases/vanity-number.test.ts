// Issues 7 and 14, "The vanity-number penalty": the case file against the switching model. Barriers
// fall, obstruction is fined, hostages leave in a burst: the answer and the portfolio score as taught.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playHeadless, type DecisionEntry } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { ResponseValues, switchingVariables } from '../../../src/engine/models/switching.ts';

const root = join(import.meta.dirname, '../../..');
const FILE = 'scenarios/vanity-number-penalty.yaml';
const loaded = loadScenario(readFileSync(join(root, FILE), 'utf8'));
if (!loaded.ok) throw new Error(`${FILE} is invalid: ${JSON.stringify(loaded.issues)}`);
const scenario = loaded.scenario;
const p = prepareScenario(scenario);

/** A decisions file beside this test (the same JSON `lab play --decisions` reads). */
const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8')) as DecisionEntry[];

function play(decisions: DecisionEntry[], seed = 1) {
  const result = playHeadless(p, { seed, decisions });
  const scores = summarizeScores(result.evaluation.scores);
  return { metrics: result.evaluation.metrics, scores: scores.dimensions, summary: scores, path: result.path, issues: result.evaluation.issues };
}

const addProcedures = play(fixture('vanity-add-procedures.json'));
const reviewContract = play(fixture('vanity-review-contract.json'));
const waiveAndCompete = play(fixture('vanity-waive-and-compete.json'));
const allProcedural = play(fixture('vanity-all-procedural.json'));
const allFinancial = play(fixture('vanity-all-financial.json'));
const relationshipLed = play(fixture('vanity-relationship-led.json'));
const proceduresProcedural = play(fixture('vanity-procedures-procedural.json'));
const enforceFinancial = play(fixture('vanity-enforce-financial.json'));
const enforceEqual = play(fixture('vanity-enforce-equal.json'));

/** r(s) = 1 − e^(−2s): the share of a lever's maximum effect reached at the default budget (intensity 1). */
const reached = (share: number) => 1 - Math.exp(-2 * share);

describe('vanity-number-penalty: the case file', () => {
  it('declares every switching variable as a parameter, with the model default and range', () => {
    expect(Object.keys(scenario.parameters ?? {}).sort()).toEqual(switchingVariables.map((v) => v.name).sort());
    for (const v of switchingVariables) {
      expect(scenario.parameters?.[v.name], v.name).toMatchObject({ default: v.default, min: v.min, max: v.max });
    }
    expect(scenario.parameters?.months?.default).toBe(36);
  });

  it('offers exactly the five answers the model knows, under the fixed step ids', () => {
    const respond = p.steps.get('respond');
    expect(respond?.kind === 'choice' && respond.options.map((o) => o.id)).toEqual([...ResponseValues]);
    expect(relationshipLed.path).toEqual(['story', 'respond', 'portfolio', 'portability', 'kinds', 'debrief']);
    expect(relationshipLed.issues).toEqual([]);
  });

  it('counts points that lapse on leaving as a financial cost and a legitimate tool (a right answer)', () => {
    const kinds = p.steps.get('kinds');
    const points = kinds?.kind === 'choice' ? kinds.options.find((o) => o.id === 'points-financial') : undefined;
    expect(points?.correct).toBe(true);
    // Five right statements chosen, none wrong: 7 of 7 judged right.
    expect(relationshipLed.scores.insight).toBe(100);
  });
});

describe('vanity-number-penalty: the done-when of issue 14 (default parameters, 36 months)', () => {
  it('add-procedures with an all-procedural budget nets less and scores lower on value than review-contract, relational/value-led', () => {
    expect(proceduresProcedural.metrics.netRevenue).toBeLessThan(relationshipLed.metrics.netRevenue!);
    expect(proceduresProcedural.scores.value).toBeLessThan(relationshipLed.scores.value!);
  });

  it('enforce-penalty with an all-financial budget sees a bigger hostage exodus and keeps less revenue', () => {
    expect(enforceFinancial.metrics.hostageExodus).toBeGreaterThan(relationshipLed.metrics.hostageExodus!);
    expect(enforceFinancial.metrics.retainedRevenue).toBeLessThan(relationshipLed.metrics.retainedRevenue!);
  });

  it('enforcing the penalty no longer keeps the most revenue: reviewing the contract keeps more (equal split)', () => {
    expect(enforceEqual.metrics.retainedRevenue).toBeLessThan(reviewContract.metrics.retainedRevenue!);
    expect(enforceEqual.metrics.netRevenue).toBeLessThan(reviewContract.metrics.netRevenue!);
  });
});

describe('vanity-number-penalty: the answer to Mr. Yang', () => {
  it.each([
    { name: 'review-contract', other: reviewContract },
    { name: 'waive-and-compete', other: waiveAndCompete },
  ])('add-procedures draws more regulatory risk and scores lower on ethics than $name', ({ other }) => {
    expect(addProcedures.metrics.regulatoryRisk).toBeGreaterThan(other.metrics.regulatoryRisk!);
    expect(addProcedures.scores.ethics).toBeLessThan(other.scores.ethics!);
  });

  it('gives the ethics scores the answers earn with an equal budget split (−40 × 0.25 procedural, −20 × 0.25 financial)', () => {
    // Answer points 0 (add-procedures) or 100, less 10 for the procedural and 5 for the financial share.
    expect([addProcedures.scores.ethics, reviewContract.scores.ethics, waiveAndCompete.scores.ethics]).toEqual([0, 85, 85]);
  });

  it('brings the regulator for added procedures: fined at full breach, 1,000,000 yuan; none for reviewing the contract', () => {
    // Breach = 1 (added procedures) + portfolio, capped at 1; fine = 1,000,000 × 1.
    expect(addProcedures.metrics.fines).toBe(1_000_000);
    expect(addProcedures.metrics.regulatorMonth).toBeGreaterThan(0);
    expect(reviewContract.metrics.fines).toBe(0);
    expect(reviewContract.metrics.regulatorMonth).toBe(0);
  });

  it('fines enforcing the penalty at its breach, refunds the penalty, and charges Mr. Yang nothing in the end', () => {
    // Breach = 0.3 (the answer) + 0.4 × r(0.25) + 0.1 × r(0.25) (the equal split's procedural and financial levers).
    expect(enforceEqual.metrics.fines).toBeCloseTo(1_000_000 * (0.3 + 0.5 * reached(0.25)), 6);
    expect(enforceEqual.metrics.penaltiesRefunded).toBe(18388.5);
    expect(enforceEqual.metrics.yangOutcome).toBe(0);
  });

  it('charges Mr. Yang nothing beyond the service he used when the contract is reviewed, the penalty waived or procedures added', () => {
    expect(reviewContract.metrics.yangOutcome).toBe(0);
    expect(waiveAndCompete.metrics.yangOutcome).toBe(0);
    // Held up, he pays his plan, but for service he received: not a cost beyond it.
    expect(addProcedures.metrics.yangOutcome).toBe(0);
  });
});

describe('vanity-number-penalty: the retention portfolio', () => {
  it('loses more customers with everything on procedural barriers than with a relational/value-led split', () => {
    // Portability removes exactly the barrier the procedural money bought.
    expect(allProcedural.metrics.churnAfterPortability).toBeGreaterThan(relationshipLed.metrics.churnAfterPortability!);
  });

  it('keeps more hostages, draws more complaints and earns less trust with everything on financial barriers', () => {
    expect(allFinancial.metrics.hostageShare).toBeGreaterThan(relationshipLed.metrics.hostageShare!);
    expect(allFinancial.metrics.complaints).toBeGreaterThan(relationshipLed.metrics.complaints!);
    expect(allFinancial.metrics.trust).toBeLessThan(relationshipLed.metrics.trust!);
  });

  it('takes 40 ethics points off per whole budget on procedural barriers and 20 on financial ones', () => {
    expect(allFinancial.scores.ethics).toBe(80);
    expect(allProcedural.scores.ethics).toBe(60);
    // 100 − 40 × 0.05 − 20 × 0.05.
    expect(relationshipLed.scores.ethics).toBe(97);
  });
});

describe('vanity-number-penalty: the done-when through lab play --strategy', { timeout: 90_000 }, () => {
  const lab = (strategy: string) => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const cli = spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', FILE, '--strategy', strategy], { cwd: root, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    return JSON.parse(cli.stdout) as { metrics: Record<string, number>; scores: { dimensions: Record<string, number> }; events: { id: string }[] };
  };
  const review = lab('review-relational');
  const procedures = lab('procedures-procedural');
  const enforce = lab('enforce-financial');

  it('add-procedures, all procedural: lower net revenue and value score than review-contract, relational/value-led', () => {
    expect(procedures.metrics.netRevenue).toBeLessThan(review.metrics.netRevenue!);
    expect(procedures.scores.dimensions.value).toBeLessThan(review.scores.dimensions.value!);
  });

  it('enforce-penalty, all financial: a bigger hostage exodus and less revenue kept at 36 months', () => {
    expect(review.metrics.revenueNoChurn).toBe(10000 * 299 * 36);
    expect(enforce.metrics.hostageExodus).toBeGreaterThan(review.metrics.hostageExodus!);
    expect(enforce.metrics.retainedRevenue).toBeLessThan(review.metrics.retainedRevenue!);
  });

  it('shows the regulator as news for obstruction, never for the lawful plan', () => {
    expect(procedures.events.map((e) => e.id)).toContain('regulator-steps-in');
    expect(enforce.events.map((e) => e.id)).toContain('regulator-steps-in');
    expect(review.events.map((e) => e.id)).not.toContain('regulator-steps-in');
  });
});

describe('vanity-number-penalty: the lab CLI', { timeout: 60_000 }, () => {
  it('prints this seeded run (partial waiver, mixed budget, one naming mistake), agreeing with the engine', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const decisions = join(import.meta.dirname, 'vanity-cli-run.json');
    const cli = spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', FILE, '--seed', '2019', '--decisions', decisions], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const printed = JSON.parse(cli.stdout) as { metrics: Record<string, number>; scores: { dimensions: Record<string, number> }; path: string[] };
    const m = printed.metrics;
    // 10,000 customers × 299 yuan × 36 months.
    expect(m.revenueNoChurn).toBe(107_640_000);
    expect(m.revenueKept).toBeCloseTo(m.retainedRevenue! / 107_640_000, 12);
    // The regulator acts (three months of complaints reach 80) and fines the breach in force:
    // 0.15 (partial waiver) + 0.4 × r(0.1) + 0.1 × r(0.3).
    expect(m.regulatorMonth).toBeGreaterThan(0);
    expect(m.fines).toBeCloseTo(1_000_000 * (0.15 + 0.4 * reached(0.1) + 0.1 * reached(0.3)), 6);
    // Half of 18,388.5 collected, then refunded once the disputed term is void.
    expect(m.penaltiesRefunded).toBe(9194.25);
    expect(m.yangOutcome).toBe(0);
    expect(m.netRevenue).toBeCloseTo(m.retainedRevenue! + 9194.25 - 9194.25 - m.fines!, 6);
    expect(m.netRevenueKept).toBeCloseTo(m.netRevenue! / 107_640_000, 12);
    const dims = printed.scores.dimensions;
    expect(dims.value).toBeCloseTo(Math.min(100, Math.max(0, (100 * (m.netRevenueKept! - 0.5)) / 0.4)), 1);
    // 55 for the partial waiver − 40 × 0.1 (procedural) − 20 × 0.3 (financial).
    expect(dims.ethics).toBe(45);
    // Five right statements and one wrong one chosen: 6 of 7 judged right.
    expect(dims.insight).toBe(85.7);
    expect(printed.path).toEqual(['story', 'respond', 'portfolio', 'portability', 'kinds', 'debrief']);
    // The in-process engine agrees to the last digit.
    expect(printed.metrics).toEqual(play(fixture('vanity-cli-run.json'), 2019).metrics);
  });
});
