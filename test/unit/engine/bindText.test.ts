// {{name}} in Markdown bodies: values formatted in the reader's language, unknown names left
// visible at run time and refused (located) by the validator.
import { describe, expect, it } from 'vitest';
import { bindText, textValues } from '../../../src/engine/bindText.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playDecisions } from '../../../src/engine/play.ts';
import { edited } from './fixtures.ts';

const lines = (text: string) => {
  const r = loadScenario(text);
  return r.ok ? [] : r.issues.map((i) => formatIssue('f', i, 'en'));
};

describe('bindText', () => {
  it('formats numbers for the reader, with grouping, decimals and percentages', () => {
    const values = { revenue: 41400, price: 12.345, share: { value: 0.153, format: 'percent' as const } };
    expect(bindText('Revenue **{{revenue}}** at {{ price }}; {{share}} left.', values, 'en')).toBe('Revenue **41,400** at 12.35; 15.3% left.');
    expect(bindText('收入 {{revenue}}，流失 {{share}}', values, 'zh-CN')).toBe('收入 41,400，流失 15.3%');
  });

  it('leaves an unknown name visible', () => {
    expect(bindText('{{nope}} and {{revenue}}', { revenue: 1 }, 'en')).toBe('{{nope}} and 1');
  });

  it('binds the values of a run: parameters and metrics with their declared formats', () => {
    const loaded = loadScenario(edited((d) => {
      d.metrics.revenue.format = 'money';
      d.steps[0].body = { 'zh-CN': '价格 {{price}}，收入 {{revenue}}', en: 'Price {{price}}, revenue {{revenue}}' };
    }));
    if (!loaded.ok) throw new Error('invalid');
    const p = prepareScenario(loaded.scenario);
    const e = playDecisions(p, [], { seed: 1, params: { price: 1250 } }).evaluation;
    // keep (default): kept 1 → revenue 1250·2 = 2,500.
    expect(bindText(loaded.scenario.steps[0]!.body!.en, textValues(p, e), 'en')).toBe('Price 1,250, revenue 2,500');
  });
});

describe('validation of {{name}}', () => {
  it('refuses an unknown name, located in the text', () => {
    expect(lines(edited((d) => (d.steps[0].body = { 'zh-CN': '收入 {{revenu}}', en: 'Revenue {{revenue}}' })))).toEqual([
      expect.stringMatching(/^f:\d+:\d+: steps\[0\]\.body\.zh-CN: \{\{revenu\}\} names no parameter, state variable or metric$/),
    ]);
  });

  it('refuses a hidden parameter before the debrief, allows it in the debrief', () => {
    const hide = (d: Record<string, any>) => (d.parameters.price.hidden = true);
    expect(lines(edited((d) => { hide(d); d.steps[0].body = { 'zh-CN': '{{price}}', en: '{{price}}' }; }))).toHaveLength(2);
    expect(lines(edited((d) => { hide(d); d.steps[3].body = { 'zh-CN': '{{price}}', en: '{{price}}' }; }))).toEqual([]);
  });
});
