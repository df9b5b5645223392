// Cases compiled at build time (scripts/compile-cases.ts): every shipped case compiles to the
// validated scenario as JSON, a broken one fails with the validator's located message, and
// the Vite plugin turns `?compiled` imports into that JSON (problems only outside a build).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileCase, compiledCasesPlugin, InvalidCaseError } from '../../scripts/compile-cases.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';

const root = resolve(import.meta.dirname, '../..');
const shipped = readdirSync(resolve(root, 'scenarios')).filter((f) => /\.(ya?ml|json)$/.test(f));

// Line 7 is `parameters:`'s price; `default: 500` starts at column 54 of it (counted by hand).
const BROKEN = `formatVersion: 1
id: broken-case
version: 1
title: { zh-CN: 坏的, en: Broken }
summary: { zh-CN: 坏的, en: Broken }
parameters:
  price: { label: { zh-CN: 价格, en: Price }, default: 500, min: 0, max: 100 }
steps:
  - { id: end, kind: debrief, title: { zh-CN: 完, en: End } }
scoring:
  dimensions:
    - { id: value, weight: 1, terms: [{ label: { zh-CN: 分, en: Points }, formula: 1 }], bands: [{ min: 0, feedback: { zh-CN: 好, en: Fine } }] }
  grades: [{ min: 0, grade: A, label: { zh-CN: 好, en: Fine } }]
`;

describe('compileCase', () => {
  test.each(shipped)('scenarios/%s compiles to exactly what loadScenario validated', (name) => {
    const text = readFileSync(resolve(root, 'scenarios', name), 'utf8');
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error(`${name} does not validate`);
    const compiled = JSON.parse(compileCase(text, `scenarios/${name}`));
    expect(compiled).toMatchObject({ ok: true, file: `scenarios/${name}` });
    expect(compiled.scenario).toEqual(loaded.scenario);
    // Every step body, in both languages, comes pre-rendered.
    const bodies = loaded.scenario.steps.flatMap((s) => (s.body ? [s.body['zh-CN'], s.body.en] : []));
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(compiled.markdown[body]).toMatch(/^<(p|ul|ol|h\d)>/);
  });

  test('a short body becomes the paragraph marked would make of it', () => {
    const text = readFileSync(resolve(root, 'scenarios/coffee-card-example.yaml'), 'utf8');
    const { markdown } = JSON.parse(compileCase(text, 'scenarios/coffee-card-example.yaml'));
    const question = 'Which scheme do you recommend?';
    expect(markdown[question]).toBe(`<p>${question}</p>\n`);
  });

  test('a broken case throws the validator’s located message in both languages', () => {
    let thrown: unknown;
    try {
      compileCase(BROKEN, 'scenarios/broken-case.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidCaseError);
    const message = (thrown as Error).message;
    expect(message).toContain('scenarios/broken-case.yaml does not validate (1 problem)');
    expect(message).toContain('scenarios/broken-case.yaml:7:54: parameters.price.default: the default 500 is outside 0..100');
    expect(message).toMatch(/scenarios\/broken-case\.yaml:7:54: parameters\.price\.default: .*500/);
    expect(message.split('\n')).toHaveLength(3);
  });
});

describe('compiledCasesPlugin', () => {
  type Load = (this: { addWatchFile(file: string): void }, id: string) => string | undefined;
  const pluginFor = (command: 'build' | 'serve', at = root) => {
    const plugin = compiledCasesPlugin(at);
    (plugin.configResolved as (config: { command: string }) => void)({ command });
    const load = plugin.load as unknown as Load;
    return (id: string) => load.call({ addWatchFile: () => {} }, id);
  };
  const exported = (code: string | undefined) => {
    const match = /^export default JSON\.parse\((".*")\);$/.exec(code ?? '');
    if (!match?.[1]) throw new Error(`not a compiled module: ${code}`);
    return JSON.parse(JSON.parse(match[1]) as string) as unknown;
  };

  test('only `?compiled` scenario files are its business', () => {
    const load = pluginFor('build');
    expect(load(resolve(root, 'scenarios/loyalty-ladder.yaml'))).toBeUndefined();
    expect(load(resolve(root, 'scenarios/loyalty-ladder.yaml?raw'))).toBeUndefined();
    expect(load(resolve(root, 'src/main.ts?compiled'))).toBeUndefined();
  });

  test('a shipped file becomes a module exporting its compiled case', () => {
    const file = resolve(root, 'scenarios/loyalty-ladder.yaml');
    const compiled = exported(pluginFor('build')(`${file}?compiled`)) as { ok: boolean; file: string; scenario: { id: string } };
    expect(compiled.ok).toBe(true);
    expect(compiled.file).toBe('scenarios/loyalty-ladder.yaml');
    expect(compiled.scenario.id).toBe('loyalty-ladder');
  });

  test('a broken file fails the build, and in dev carries its problems to the page', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'compiled-cases-'));
    writeFileSync(resolve(dir, 'broken-case.yaml'), BROKEN);
    const id = `${resolve(dir, 'broken-case.yaml')}?compiled`;
    expect(() => pluginFor('build', dir)(id)).toThrow('broken-case.yaml:7:54: parameters.price.default');
    expect(exported(pluginFor('serve', dir)(id))).toMatchObject({
      ok: false,
      file: 'broken-case.yaml',
      issues: [{ code: expect.any(String), path: ['parameters', 'price', 'default'], line: 7, col: 54 }],
    });
  });
});
