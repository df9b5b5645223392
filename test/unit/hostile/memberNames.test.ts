// Names a case author chooses that are also members of every JavaScript object: `toString`,
// `valueOf`, `hasOwnProperty` play like any other name; `constructor`, `prototype` and
// `__proto__` are refused at their place in the file (issue 22, finding 1).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playHeadless } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { MINIMAL } from '../engine/fixtures.ts';

const HANDLED = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'];
const REFUSED = ['constructor', 'prototype', '__proto__'];

function play(text: string, options: Parameters<typeof playHeadless>[1]) {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return playHeadless(prepareScenario(loaded.scenario), options);
}
const rename = (from: string, to: string) => MINIMAL.replace(new RegExp(`\\b${from}\\b`, 'g'), to);

describe.each(HANDLED)('the name %s', (name) => {
  // MINIMAL's numbers by hand: revenue = price × (1 + kept); value = 4 × revenue; insight =
  // 100 × accuracy(pick); total = (2 × value + insight) / 3.
  it('as a choice step id records the choice (drop: value 40, insight 0, total 26.7)', () => {
    const result = play(rename('pick', name), { seed: 1, decisions: [{ step: name, choose: 'drop' }] });
    expect(summarizeScores(result.evaluation.scores)).toEqual({ dimensions: { value: 40, insight: 0 }, total: 26.7, grade: 'C' });
    expect(result.path).toEqual(['intro', name, 'guess', 'end']);
  });

  it('as an estimate step id records the estimate', () => {
    const result = play(rename('guess', name), { seed: 1, decisions: [{ step: name, estimate: 12 }] });
    expect(result.evaluation.scope.get(name)).toBe(12);
    expect(result.events).toContainEqual({ type: 'SUBMIT', value: 12 });
  });

  it('as an option id counts when chosen', () => {
    const result = play(rename('keep', name), { seed: 1, decisions: [{ step: 'pick', choose: name }] });
    expect(result.evaluation.metrics.revenue).toBe(20);
    expect(result.evaluation.scope.get(`pick.${name}`)).toBe(1);
  });

  it('as a parameter name takes its default, or the value given', () => {
    expect(play(rename('price', name), { seed: 1 }).evaluation).toMatchObject({ metrics: { revenue: 20 }, issues: [] });
    expect(play(rename('price', name), { seed: 1, params: { [name]: 20 } }).evaluation.metrics.revenue).toBe(40);
  });

  it('as a state variable and a metric name', () => {
    expect(play(rename('kept', name), { seed: 1 }).evaluation).toMatchObject({ metrics: { revenue: 20 }, issues: [] });
    const asMetric = play(rename('revenue', name), { seed: 1 }).evaluation;
    expect(Object.hasOwn(asMetric.metrics, name)).toBe(true);
    expect(asMetric.metrics[name]).toBe(20);
  });

  it('with no answer given, an unanswered step is not taken as answered', () => {
    // A second choice step named like the member: its default (first option) is recorded.
    const text = rename('pick', name);
    const result = play(text, { seed: 1 });
    expect(result.evaluation.scope.get(`${name}.keep`)).toBe(1);
    expect(summarizeScores(result.evaluation.scores).total).toBe(86.7);
  });
});

describe.each(REFUSED)('the name %s', (name) => {
  const cases: [string, string][] = [
    ['a step id', rename('intro', name)],
    ['a choice option id', rename('keep', name)],
    ['a parameter', rename('price', name)],
    ['a state variable', rename('kept', name)],
    ['a metric', rename('revenue', name)],
    ['a dimension id', MINIMAL.replace('id: value', `id: ${name}`)],
  ];
  it.each(cases)('as %s is refused at its line', (_what, text) => {
    const result = loadScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const reserved = result.issues.filter((i) => i.code === 'reserved-key');
    expect(reserved.length).toBeGreaterThan(0);
    const line = text.split('\n').findIndex((l) => new RegExp(`(^|[ {])(id: )?${name}\\b`).test(l)) + 1;
    expect(reserved[0]!.line).toBe(line);
    expect(reserved[0]!.params.name).toBe(name);
  });
});
