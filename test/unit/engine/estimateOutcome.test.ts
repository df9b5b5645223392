// An estimate set against the model's outcome (an estimate step's `outcome`): Mrs. Smith's
// guess against the low and high end ($221,000–$416,000 by hand: 26,000 + 7.5 or 15 × 26,000),
// the café's free cups against one value (500 × 4 × 1.15 × 0.1 = 230), and the validator's
// located refusal of unknown names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../src/engine/answers.ts';
import { estimateOutcome, estimateOutcomes } from '../../../src/engine/estimateOutcome.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';

const root = join(import.meta.dirname, '../../..');
function prepared(file: string) {
  const loaded = loadScenario(readFileSync(join(root, file), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return prepareScenario(loaded.scenario);
}
const smith = prepared('scenarios/mrs-smith-lost-value.yaml');
const coffee = prepared('scenarios/coffee-card-example.yaml');

function outcomeOf(p: ReturnType<typeof prepared>, stepId: string, value: number) {
  const answers = { ...emptyAnswers(), estimates: { [stepId]: value }, order: [stepId] };
  return estimateOutcome(p, evaluate(p, { params: {}, answers, seed: 1 }), answers, stepId);
}

describe('estimateOutcome', () => {
  it("sets Mrs. Smith's guess against the range and names the histogram", () => {
    // The range runs from the textbook's floor, 26,000 + 7.5 × 26,000 = 221,000, to the loss if
    // all 20 she tells are swayed and tell 5 more: 26,000 + (20 + 100) / 4 × 26,000 = 806,000.
    const low = outcomeOf(smith, 'guess', 50000)!;
    expect(low).toMatchObject({ estimate: 50000, low: 221000, high: 806000, isRange: true, position: 'below', chart: 'distribution' });
    expect(low.timesOff).toBeCloseTo(221000 / 50000, 12); // 4.42 times too low
    expect(low.series.items.map((i) => [i.id, i.value])).toEqual([['estimate', 50000], ['low', 221000], ['high', 806000]]);
    expect(outcomeOf(smith, 'guess', 300000)).toMatchObject({ position: 'inside', timesOff: 1 });
    expect(outcomeOf(smith, 'guess', 1612000)).toMatchObject({ position: 'above', timesOff: 2 });
    // No ratio means anything for a guess of 0.
    expect(outcomeOf(smith, 'guess', 0)).toMatchObject({ position: 'below', timesOff: null });
  });

  it("sets the café's free cups against one value", () => {
    expect(outcomeOf(coffee, 'freeCups', 230)).toMatchObject({ low: 230, high: 230, isRange: false, position: 'inside', timesOff: 1, chart: null });
    expect(outcomeOf(coffee, 'freeCups', 115)).toMatchObject({ position: 'below', timesOff: 2 });
    expect(outcomeOf(coffee, 'freeCups', 115)!.series.items.map((i) => i.id)).toEqual(['estimate', 'outcome']);
  });

  it('is null for an unanswered estimate or a step without an outcome', () => {
    const e = evaluate(coffee, { params: {}, answers: emptyAnswers(), seed: 1 });
    expect(estimateOutcome(coffee, e, emptyAnswers(), 'freeCups')).toBeNull();
    expect(estimateOutcome(coffee, e, { ...emptyAnswers(), estimates: { design: 3 } }, 'design')).toBeNull();
    expect(estimateOutcomes(coffee, e, emptyAnswers())).toEqual([]);
  });

  it('refuses unknown metrics and charts, located at the outcome', () => {
    const text = readFileSync(join(root, 'scenarios/coffee-card-example.yaml'), 'utf8').replace(
      'outcome: { metrics: [freeCupsStamp] }',
      'outcome: { metrics: [freeCupz], chart: nope }',
    );
    const loaded = loadScenario(text);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const codes = loaded.issues.map((i) => [i.code, i.path.join('.')]);
    expect(codes).toContainEqual(['unknown-metric', expect.stringMatching(/^steps\.\d+\.outcome\.metrics\.0$/)]);
    expect(codes).toContainEqual(['unknown-chart', expect.stringMatching(/^steps\.\d+\.outcome\.chart$/)]);
  });
});
