// The validator: every problem at once, each located and explained in both languages.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { MINIMAL, edited } from './fixtures.ts';

function codes(text: string): string[] {
  const result = loadScenario(text);
  return result.ok ? [] : result.issues.map((i) => i.code);
}

describe('loadScenario', () => {
  it('accepts the minimal scenario', () => {
    const result = loadScenario(MINIMAL);
    expect(result.ok).toBe(true);
  });

  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'unknown field', text: edited((d) => (d.colour = 'red')), expected: ['unknown-field'] },
    { name: 'wrong type', text: edited((d) => (d.version = 'one')), expected: ['wrong-type'] },
    { name: 'missing translation', text: edited((d) => delete d.title.en), expected: ['missing-translation'] },
    { name: 'empty text', text: edited((d) => (d.title['zh-CN'] = '')), expected: ['empty-text'] },
    { name: 'duplicate step id', text: edited((d) => (d.steps[1].id = 'intro')), expected: ['duplicate-id', 'formula'] },
    { name: 'transition to a missing step', text: edited((d) => (d.steps[0].next = 'nowhere')), expected: ['missing-step', 'unreachable-step', 'unreachable-step', 'unreachable-step'] },
    { name: 'unreachable step', text: edited((d) => (d.steps[0].next = 'guess')), expected: ['unreachable-step'] },
    {
      name: 'a loop with no way out',
      text: edited((d) => { d.steps[1].next = 'guess'; d.steps[2].next = 'pick'; }),
      expected: ['unreachable-step', 'no-way-out', 'no-way-out', 'no-way-out'],
    },
    { name: 'default outside min..max', text: edited((d) => (d.parameters.price.default = 500)), expected: ['default-out-of-range'] },
    { name: 'zero weight', text: edited((d) => (d.scoring.dimensions[0].weight = 0)), expected: ['not-positive'] },
    { name: 'negative weight', text: edited((d) => (d.scoring.dimensions[0].weight = -1)), expected: ['not-positive'] },
    { name: 'unknown name in a formula', text: edited((d) => (d.metrics.revenue.formula = 'prise * 2')), expected: ['formula'] },
    { name: 'unknown function', text: edited((d) => (d.metrics.revenue.formula = 'sqrt(price)')), expected: ['formula'] },
    { name: 'formula syntax error', text: edited((d) => (d.metrics.revenue.formula = 'price * * 2')), expected: ['formula'] },
    { name: 'effect on a non-state name', text: edited((d) => (d.steps[1].options[0].effects = { price: 1 })), expected: ['effect-not-state'] },
    { name: 'format version too new', text: edited((d) => (d.formatVersion = 2)), expected: ['format-version'] },
    { name: 'no debrief', text: edited((d) => d.steps.pop()), expected: ['last-step-needs-next', 'no-debrief'] },
    { name: 'bands not covering 0', text: edited((d) => d.scoring.dimensions[0].bands.pop()), expected: ['bands-cover'] },
    { name: 'unknown model', text: edited((d) => (d.model = { type: 'weather' })), expected: ['unknown-model'] },
    { name: 'duplicate YAML key', text: MINIMAL.replace('version: 1\n', 'version: 1\nversion: 2\n'), expected: ['duplicate-key'] },
    { name: 'YAML syntax error', text: MINIMAL.replace('title: { zh-CN: 小案例, en: Tiny case }', 'title: { zh-CN: 小案例, en: Tiny case'), expected: ['yaml-syntax'] },
    {
      name: 'a reserved word as a name',
      text: edited((d) => { d.parameters.max = d.parameters.price; }),
      expected: ['reserved-name'],
    },
    { name: 'an effect that reads a metric', text: edited((d) => (d.steps[1].options[0].effects = { kept: 'revenue' })), expected: ['effect-uses-result'] },
    { name: 'a chart of metrics that is not a bar chart', text: edited((d) => (d.charts = [{ id: 'c', kind: 'tree', title: d.title, metrics: ['revenue'] }])), expected: ['metrics-chart-kind'] },
    { name: 'a list where a mapping belongs', text: '- just\n- a list\n', expected: ['not-a-mapping'] },
  ];
  it.each(cases)('reports $name', ({ text, expected }) => {
    expect(codes(text).sort()).toEqual([...expected].sort());
  });

  it('reports every problem at once, sorted by line', () => {
    const text = edited((d) => {
      d.colour = 'red';
      d.parameters.price.default = 500;
      d.metrics.revenue.formula = 'prise';
    });
    const result = loadScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code).sort()).toEqual(['default-out-of-range', 'formula', 'unknown-field']);
    const lines = result.issues.map((i) => i.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('locates a formula error at its character', () => {
    const text = MINIMAL.replace('formula: price * (1 + kept)', 'formula: price * (1 + kep)');
    const result = loadScenario(text);
    if (result.ok) throw new Error('expected an error');
    const line = text.split('\n').findIndex((l) => l.includes('(1 + kep)')) + 1;
    const col = text.split('\n')[line - 1]!.indexOf('kep)') + 1;
    expect(result.issues[0]).toMatchObject({ code: 'formula', line, col, path: ['metrics', 'revenue', 'formula'] });
    expect(formatIssue('tiny.yaml', result.issues[0]!, 'en')).toMatch(new RegExp(`^tiny\\.yaml:${line}:${col}: metrics\\.revenue\\.formula: .*kep`));
  });

  it('writes the same problem in both languages', () => {
    const result = loadScenario(edited((d) => (d.colour = 'red')));
    if (result.ok) throw new Error('expected an error');
    const issue = result.issues[0]!;
    expect(formatIssue('f.yaml', issue, 'en')).toBe(`f.yaml:${issue.line}:1: colour: unknown field “colour” (check its spelling and indentation)`);
    expect(formatIssue('f.yaml', issue, 'zh-CN')).toBe(`f.yaml:${issue.line}:1: colour: 未知字段“colour”（请检查拼写和缩进）`);
  });

  it('names both versions when the format version is unsupported', () => {
    const result = loadScenario(edited((d) => (d.formatVersion = 7)));
    if (result.ok) throw new Error('expected an error');
    expect(formatIssue('f.yaml', result.issues[0]!, 'en')).toContain('format version 7 is not supported: this app reads format versions 1 to 1');
  });

  it('refuses files over 1 MB before parsing', () => {
    const result = loadScenario(MINIMAL + `# ${'x'.repeat(1024 * 1024)}\n`);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(codes(bomb.join('\n'))).toEqual(['alias-limit']);
  });

  it('accepts JSON as well as YAML', async () => {
    const { parse } = await import('yaml');
    expect(loadScenario(JSON.stringify(parse(MINIMAL))).ok).toBe(true);
  });
});
