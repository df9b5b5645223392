// The sandbox fields of parameters (plausible, group, display, format, switch): accepted when
// sound, refused with located bilingual errors when not.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { edited } from './fixtures.ts';

const lines = (text: string, locale: 'en' | 'zh-CN' = 'en') => {
  const r = loadScenario(text);
  return r.ok ? [] : r.issues.map((i) => formatIssue('f', i, locale));
};

describe('parameter fields for the sandbox', () => {
  it('accepts all of them together', () => {
    expect(lines(edited((d) => Object.assign(d.parameters.price, { plausible: [8, 12], group: 'advanced', display: false, format: 'percent' })))).toEqual([]);
    expect(lines(edited((d) => (d.parameters.on = { label: { 'zh-CN': '开', en: 'On' }, default: 1, min: 0, max: 1, switch: true })))).toEqual([]);
  });

  it('refuses a plausible range outside min..max or out of order', () => {
    expect(lines(edited((d) => (d.parameters.price.plausible = [8, 120])))).toEqual([
      expect.stringMatching(/^f:\d+:\d+: parameters\.price\.plausible: the plausible range \[8, 120\] must be in order and inside 0\.\.100$/),
    ]);
    expect(lines(edited((d) => (d.parameters.price.plausible = [12, 8])), 'zh-CN')).toEqual([
      expect.stringMatching(/parameters\.price\.plausible: 合理范围 \[12, 8\] 必须从小到大，并在 0\.\.100 之内$/),
    ]);
  });

  it('refuses a switch that is not 0/1', () => {
    expect(lines(edited((d) => (d.parameters.price.switch = true)))).toEqual([
      expect.stringMatching(/parameters\.price\.switch: “price” is a switch, so its min must be 0 and its max 1 \(it has 0\.\.100\)$/),
    ]);
  });

  it('refuses an unknown format', () => {
    expect(lines(edited((d) => (d.parameters.price.format = 'money')))[0]).toContain('parameters.price.format');
  });
});
