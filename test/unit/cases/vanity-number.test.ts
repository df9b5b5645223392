// Issue 7, "The vanity-number penalty": the case file against the switching model. The answer
// to Mr. Yang and the retention portfolio move risk, churn, hostages, trust and the scores as taught.
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

describe('vanity-number-penalty: the case file', () => {
  it('declares every switching variable as a parameter, with the model default and range', () => {
    expect(Object.keys(scenario.parameters ?? {}).sort()).toEqual(switchingVariables.map((v) => v.name).sort());
    for (const v of switchingVariables) {
      expect(scenario.parameters?.[v.name], v.name).toMatchObject({ default: v.default, min: v.min, max: v.max });
    }
  });

  it('offers exactly the five answers the model knows, under the fixed step ids', () => {
    const respond = p.steps.get('respond');
    expect(respond?.kind === 'choice' && respond.options.map((o) => o.id)).toEqual([...ResponseValues]);
    expect(relationshipLed.path).toEqual(['story', 'respond', 'portfolio', 'portability', 'kinds', 'debrief']);
    expect(relationshipLed.issues).toEqual([]);
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

  it('gives the ethics scores the answers earn with an equal budget split (−40 × 0.25 twice)', () => {
    // Answer points 0 (add-procedures) or 100, less 10 for the financial and 10 for the procedural share.
    expect([addProcedures.scores.ethics, reviewContract.scores.ethics, waiveAndCompete.scores.ethics]).toEqual([0, 80, 80]);
  });

  it('charges Mr. Yang nothing when the contract is reviewed or the penalty waived, and his plan while procedures drag on', () => {
    expect(reviewContract.metrics.yangOutcome).toBe(0);
    expect(waiveAndCompete.metrics.yangOutcome).toBe(0);
    // Held up for 4 months on his 299-yuan plan.
    expect(addProcedures.metrics.yangOutcome).toBe(1196);
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

  it('takes 40 ethics points off per whole budget put into financial or procedural barriers', () => {
    expect(allFinancial.scores.ethics).toBe(60);
    expect(allProcedural.scores.ethics).toBe(60);
    // 100 − 40 × 0.05 − 40 × 0.05.
    expect(relationshipLed.scores.ethics).toBe(96);
  });
});

describe('vanity-number-penalty: the lab CLI', { timeout: 60_000 }, () => {
  it('prints this exact seeded run (partial waiver, mixed budget, one naming mistake)', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const decisions = join(import.meta.dirname, 'vanity-cli-run.json');
    const cli = spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', FILE, '--seed', '2019', '--decisions', decisions], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const printed = JSON.parse(cli.stdout) as { metrics: Record<string, number>; scores: unknown; path: string[] };
    // The switching model runs in expected-value mode, so these figures do not depend on the seed.
    // Copied from a run after checking them against docs/model/switching.md: between the
    // partial-waiver row (17.4% churn, 20.2% hostages) and the financial-heavy portfolios.
    expect(printed.metrics).toEqual({
      retainedRevenue: 32742781.828231305,
      // 10,000 customers × 299 yuan × 12 months.
      revenueNoChurn: 35880000,
      revenueKept: 0.9125635961045514,
      churnAfterPortability: 0.14903415071881282,
      hostageShare: 0.1858898960970043,
      complaints: 278.24443914662766,
      regulatoryRisk: 0.4877576320898174,
      trust: 51.52445495042577,
      // Half of 18,388.5 yuan.
      yangOutcome: 9194.25,
    });
    expect(printed.scores).toEqual({
      dimensions: {
        // 100 × (0.91256 − 0.6) / 0.4 = 78.14.
        value: 78.1,
        // 0.8 × 51.52 + 20 − 100 × 0.1859 = 42.63.
        relationship: 42.6,
        // 55 for the partial waiver − 40 × 0.3 (financial) − 40 × 0.1 (procedural).
        ethics: 39,
        // Six of seven statements judged right.
        insight: 85.7,
      },
      total: 61.4,
      grade: 'C',
    });
    expect(printed.path).toEqual(['story', 'respond', 'portfolio', 'portability', 'kinds', 'debrief']);
    // The in-process engine agrees to the last digit.
    expect(printed.metrics).toEqual(play(fixture('vanity-cli-run.json'), 2019).metrics);
  });
});
