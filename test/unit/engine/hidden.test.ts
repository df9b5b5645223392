// Hidden parameters (`hidden: true`): the format accepts them, the validator keeps them out of
// sandbox steps and out of metrics that would show them, and the machine refuses SET_PARAM on
// them while still scoring the attempt with their value.
import { createActor } from 'xstate';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { evaluateContext } from '../../../src/engine/machine/context.ts';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { scenarioMessage } from '../../../src/engine/scenario/messages.ts';

/** Churn driven by a hidden service-failure rate; the sandbox step offers "all" parameters. */
const HIDDEN = `formatVersion: 1
id: hidden-driver
version: 1
title: { zh-CN: 隐藏的原因, en: The hidden driver }
summary: { zh-CN: 测试用, en: For tests }
parameters:
  price:
    label: { zh-CN: 价格, en: Price }
    default: 10
    min: 0
    max: 100
  failureRate:
    label: { zh-CN: 服务失误率, en: Service failure rate }
    unit: { zh-CN: 每百次, en: per 100 visits }
    hidden: true
    default: 8
    min: 0
    max: 20
metrics:
  churn:
    label: { zh-CN: 流失率, en: Churn }
    formula: failureRate * 2 + price / 10
steps:
  - id: explore
    kind: sandbox
    title: { zh-CN: 探索, en: Explore }
    metrics: [churn]
  - id: end
    kind: debrief
    title: { zh-CN: 复盘, en: Debrief }
scoring:
  dimensions:
    - id: value
      weight: 1
      terms:
        - label: { zh-CN: 留存, en: Retention }
          formula: 100 - churn
      bands:
        - min: 0
          feedback: { zh-CN: 好, en: Fine }
  grades:
    - { min: 0, grade: P, label: { zh-CN: 通过, en: Pass } }
`;

function edited(change: (doc: Record<string, any>) => void): string {
  const doc = parse(HIDDEN) as Record<string, any>;
  change(doc);
  return stringify(doc);
}

function prepared(text = HIDDEN): PreparedScenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return prepareScenario(result.scenario);
}

describe('the format', () => {
  it('accepts `hidden: true` and keeps it on the parameter', () => {
    const p = prepared();
    expect(p.scenario.parameters?.failureRate?.hidden).toBe(true);
    expect(p.scenario.parameters?.price?.hidden).toBeUndefined();
  });

  it('refuses a `hidden` that is not true or false', () => {
    const result = loadScenario(edited((d) => (d.parameters.failureRate.hidden = 'yes')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['wrong-type', 'parameters.failureRate.hidden']]);
  });
});

describe('the validator', () => {
  it('refuses a hidden parameter listed in a sandbox step, in both languages', () => {
    const text = edited((d) => (d.steps[0].params = ['price', 'failureRate']));
    const result = loadScenario(text);
    if (result.ok) throw new Error('expected an error');
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({ code: 'hidden-param-in-sandbox', path: ['steps', 0, 'params', 1], params: { name: 'failureRate' } });
    expect(scenarioMessage(issue, 'en')).toBe('“failureRate” is a hidden parameter: a sandbox step cannot offer it (learners see it in the debrief)');
    expect(scenarioMessage(issue, 'zh-CN')).toBe('“failureRate”是隐藏参数：沙盘步骤不能把它交给学生调节（复盘时才会揭晓）');
    expect(formatIssue('h.yaml', issue, 'en')).toMatch(/^h\.yaml:\d+:\d+: steps\[0\]\.params\[1\]: “failureRate” is a hidden/);
  });

  it('accepts the same step listing only visible parameters', () => {
    expect(loadScenario(edited((d) => (d.steps[0].params = ['price']))).ok).toBe(true);
  });

  const metricCases = [
    { name: 'the bare name', formula: 'failureRate', expected: ['hidden-param-as-metric'] },
    { name: 'the name in brackets', formula: ' ( failureRate ) ', expected: ['hidden-param-as-metric'] },
    { name: 'a formula that uses it', formula: 'failureRate * 2', expected: [] },
    { name: 'a visible parameter alone', formula: 'price', expected: [] },
  ];
  it.each(metricCases)('a metric that is $name: $expected', ({ formula, expected }) => {
    const result = loadScenario(edited((d) => (d.metrics.shown = { label: { 'zh-CN': '显示', en: 'Shown' }, formula })));
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(expected);
  });

  it('names the metric and the parameter in the metric message', () => {
    const result = loadScenario(edited((d) => (d.metrics.shown = { label: { 'zh-CN': '显示', en: 'Shown' }, formula: 'failureRate' })));
    if (result.ok) throw new Error('expected an error');
    expect(result.issues[0]?.path).toEqual(['metrics', 'shown', 'formula']);
    expect(scenarioMessage(result.issues[0]!, 'en')).toContain('the metric “shown” is just the hidden parameter “failureRate”');
    expect(scenarioMessage(result.issues[0]!, 'zh-CN')).toContain('指标“shown”就是隐藏参数“failureRate”本身');
  });
});

describe('the machine', () => {
  function start(params?: Record<string, number>) {
    const p = prepared();
    const actor = createActor(createScenarioMachine(p), { input: { seed: 1, params } }).start();
    return { p, actor };
  }

  it('refuses SET_PARAM on a hidden parameter in a step that offers every parameter', () => {
    const { actor } = start();
    const before = actor.getSnapshot();
    expect(before.can({ type: 'SET_PARAM', name: 'failureRate', value: 0 })).toBe(false);
    actor.send({ type: 'SET_PARAM', name: 'failureRate', value: 0 });
    expect(actor.getSnapshot()).toBe(before);
    expect(actor.getSnapshot().context.explore).toEqual({});
  });

  it('still accepts SET_PARAM on a visible parameter of the same step', () => {
    const { actor } = start();
    actor.send({ type: 'SET_PARAM', name: 'price', value: 40 });
    expect(actor.getSnapshot().context.explore).toEqual({ price: 40 });
  });

  it('scores the attempt with the hidden value it started with', () => {
    const { p, actor } = start({ failureRate: 3 });
    actor.send({ type: 'NEXT' });
    const context = actor.getSnapshot().context;
    expect(context.finished).toBe(true);
    expect(context.params).toEqual({ price: 10, failureRate: 3 });
    const evaluation = evaluateContext(p, context);
    expect(evaluation.metrics.churn).toBe(7); // 3 × 2 + 10 / 10
    expect(evaluation.scores.total).toBe(93);
  });
});
