// Every count the format allows has a bound that `validate` enforces (issue 22, finding 2):
// rounds, steps, options, metrics, nesting; and the engine never plays more rounds than the bound.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { sandboxAnswers } from '../../../src/engine/sensitivity.ts';
import { initialContext, roundsOf } from '../../../src/engine/machine/context.ts';
import { playHeadless } from '../../../src/engine/play.ts';
import { edited } from '../engine/fixtures.ts';

const coffee = readFileSync(join(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
const codes = (text: string) => {
  const result = loadScenario(text);
  return result.ok ? [] : result.issues.map((i) => i.code);
};
const lineOf = (text: string, pattern: string) => text.split('\n').findIndex((l) => l.includes(pattern)) + 1;

describe('rounds', () => {
  it('a number above 100 is refused at its line', () => {
    const text = coffee.replace('rounds: 2', 'rounds: 1000000000');
    const result = loadScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ code: 'rounds-too-many', line: lineOf(text, 'rounds: 1000000000'), params: { value: 1e9, max: 100 } })]);
  });

  it('100 is accepted', () => {
    expect(codes(coffee.replace('rounds: 2', 'rounds: 100'))).toEqual([]);
  });

  it('a formula that can exceed 100 within its parameters’ ranges is refused (customers reaches 5000)', () => {
    const text = coffee.replace('rounds: 2', 'rounds: customers');
    expect(codes(text)).toEqual(['rounds-too-many']);
  });

  it('a formula that grows by an effect is capped at 100 when played, in the player and the sandbox', () => {
    // State `n` starts at 1 (validate sees 1 round) and the choice raises it to 1e9.
    const text = edited((d) => {
      d.state.n = { initial: 1 };
      d.steps[1].options[0].effects = { kept: 1, n: 1e9 };
      d.steps.splice(3, 0, {
        id: 'split', kind: 'allocate', title: { 'zh-CN': '分', en: 'Split' }, rounds: 'n',
        options: [{ id: 'a', label: { 'zh-CN': '甲', en: 'A' } }, { id: 'b', label: { 'zh-CN': '乙', en: 'B' } }],
      });
    });
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const p = prepareScenario(loaded.scenario);
    const result = playHeadless(p, { seed: 1, decisions: [{ step: 'pick', choose: 'keep' }] });
    const submits = result.events.filter((e) => e.type === 'SUBMIT' && e.allocation);
    expect(submits).toHaveLength(100);
    const context = { ...initialContext(p, { seed: 1 }), answers: { choices: { pick: ['keep'] }, estimates: {}, allocations: {}, order: ['pick'] } };
    expect(roundsOf(p, context, p.steps.get('split')!)).toBe(100);
    expect(sandboxAnswers(p, { params: {}, seed: 1 }).allocations.split).toHaveLength(1);
  });
});

describe('counts', () => {
  const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
  const narrative = (i: number) => ({ id: `s${i}`, kind: 'narrative', title: { 'zh-CN': '步', en: 'Step' } });

  it('201 steps are refused at `steps:`; 200 are not refused for their number', () => {
    const over = edited((d) => d.steps.splice(0, 0, ...many(197, narrative)));
    expect(loadScenario(over)).toMatchObject({ ok: false, issues: [{ code: 'too-many', params: { count: 201, max: 200 }, line: lineOf(over, 'steps:') }] });
    const at = edited((d) => d.steps.splice(0, 0, ...many(196, narrative)));
    expect(codes(at)).toEqual([]);
  });

  it('27 options, 501 metrics, 101 parameters are refused', () => {
    // A fresh object each time: a shared one would be written as YAML aliases.
    const label = () => ({ 'zh-CN': '项', en: 'Item' });
    expect(codes(edited((d) => d.steps[1].options.push(...many(25, (i) => ({ id: `o${i}`, label: label() })))))).toEqual(['too-many']);
    expect(codes(edited((d) => { for (let i = 0; i < 500; i += 1) d.metrics[`m${i}`] = { label: label(), formula: 1 }; }))).toEqual(['too-many']);
    expect(codes(edited((d) => { for (let i = 0; i < 100; i += 1) d.parameters[`p${i}`] = { label: label(), default: 0, min: 0, max: 1 }; }))).toEqual(['too-many']);
  });

  it('a list nested 500,000 deep is refused in well under a second, before the parser', () => {
    const text = `${edited(() => {})}extra: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`;
    const started = performance.now();
    expect(codes(text)).toEqual(['too-deep']);
    expect(performance.now() - started).toBeLessThan(500);
    expect(codes(`${edited(() => {})}extra:\n  ${'- '.repeat(300_000)}x\n`)).toEqual(['too-deep']);
  });

  it('nesting 40 deep in block style is refused after parsing, at its place', () => {
    let text = 'extra:\n';
    for (let i = 0; i < 40; i += 1) text += `${'  '.repeat(i + 1)}k${i}:\n`;
    text += `${'  '.repeat(41)}v\n`;
    expect(codes(edited(() => {}) + text)).toEqual(['too-deep']);
  });
});
