// The lab CLI end to end, as a teacher runs it: exit codes, error lines, and play output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edited } from './fixtures.ts';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const lab = (...args: string[]) => spawnSync(tsx, [join(root, 'src/cli/lab.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
const tmp = mkdtempSync(join(tmpdir(), 'lab-cli-'));

// Each run starts node + tsx (~2 s on a busy 2-core machine), hence the long timeout.
describe('lab CLI', { timeout: 60_000 }, () => {
  it('validates the shipped example', () => {
    const run = lab('validate', 'scenarios/coffee-card-example.yaml');
    expect(run.status).toBe(0);
  });

  it('prints FILE:LINE:COL: PATH: message lines and exits 1 for a broken file', () => {
    const file = join(tmp, 'broken.yaml');
    writeFileSync(file, edited((d) => { d.colour = 'red'; d.parameters.price.default = 500; }));
    const run = lab('validate', file, '--lang', 'zh-CN');
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    // Sorted by line: the default (near the top) comes before the stray field (appended last).
    expect(lines[0]).toMatch(/^.*broken\.yaml:\d+:\d+: parameters\.price\.default: 默认值 500 不在 0\.\.100 范围内$/);
    expect(lines[1]).toMatch(/^.*broken\.yaml:\d+:1: colour: 未知字段“colour”（请检查拼写和缩进）$/);
  });

  it('plays the example with decisions and prints one JSON object, identically twice', () => {
    const decisions = join(tmp, 'decisions.json');
    writeFileSync(decisions, JSON.stringify([
      { step: 'design', choose: 'none' },
      { step: 'why', choose: ['behaviour', 'best', 'data'] },
      { step: 'budget', allocate: { service: 1 } },
    ]));
    const args = ['play', 'scenarios/coffee-card-example.yaml', '--seed', '5', '--decisions', decisions, '--param', 'cupPrice=25'];
    const first = lab(...args);
    expect(first.status).toBe(0);
    expect(lab(...args).stdout).toBe(first.stdout);
    const out = JSON.parse(first.stdout);
    expect(out.path).toEqual(['story', 'design', 'why', 'budget', 'explore', 'debrief']);
    expect(out.params.cupPrice).toBe(25);
    expect(out.metrics.profitChange).toBe(0);
    // After the first month of the budget (round 1) the chain's voucher week fires; no fine print, no post.
    expect(out.events).toEqual([{ id: 'chain-voucher-week', step: 'budget', round: 1 }]);
    // none: value 60; relationship 50·1 (service) + 0; ethics 100; insight 50·1 + 50 = 100.
    expect(out.scores).toEqual({ dimensions: { value: 60, relationship: 50, ethics: 100, insight: 100 }, total: 77.5, grade: 'B' });
  });

  it.each([
    { name: 'an unknown parameter', args: ['--param', 'nope=1'], message: 'no parameter "nope"' },
    { name: 'a value outside min..max', args: ['--param', 'cupPrice=1000'], message: 'must be a number in 5..60' },
    { name: 'an unknown preset', args: ['--preset', 'nope'], message: 'no preset "nope"' },
  ])('exits 1 for $name', ({ args, message }) => {
    const run = lab('play', 'scenarios/coffee-card-example.yaml', ...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it.each([
    { name: 'a step that does not exist', entries: [{ step: 'nope', choose: 'x' }], message: 'no such step' },
    { name: 'an unknown option', entries: [{ step: 'design', choose: 'free-wifi' }], message: 'unknown option "free-wifi"' },
    { name: 'shares that do not sum to 1', entries: [{ step: 'budget', allocate: { card: 0.7 } }], message: 'sum to 1' },
  ])('exits 1 for a decisions file with $name', ({ entries, message }) => {
    const file = join(tmp, 'bad-decisions.json');
    writeFileSync(file, JSON.stringify(entries));
    const run = lab('play', 'scenarios/coffee-card-example.yaml', '--decisions', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it('uses a preset', () => {
    const out = JSON.parse(execFileSync(tsx, [join(root, 'src/cli/lab.ts'), 'play', 'scenarios/coffee-card-example.yaml', '--preset', 'sticky'], { cwd: root, encoding: 'utf8' }));
    expect(out.params.upliftStamp).toBe(0.3);
    // stamp card with 30% more visits: 2600 cups, revenue 2600·0.9·20 = 46,800, cost 15,600 → 31,200 − 28,000.
    expect(out.metrics.profitChange).toBe(3200);
  });
});

describe('lab CLI in Chinese', { timeout: 60_000 }, () => {
  it('explains a bad --param and a bad decisions file in the reader’s language', () => {
    const param = lab('play', 'scenarios/coffee-card-example.yaml', '--param', 'cupPrice=1000', '--lang', 'zh-CN');
    expect(param.status).toBe(1);
    expect(param.stderr.trim()).toBe('--param cupPrice=1000：必须是 5..60 之间的数');
    const file = join(tmp, 'zh-decisions.json');
    writeFileSync(file, JSON.stringify([{ step: 'design', choose: 'free-wifi' }]));
    const decisions = lab('play', 'scenarios/coffee-card-example.yaml', '--decisions', file, '--lang', 'zh-CN');
    expect(decisions.status).toBe(1);
    expect(decisions.stderr.trim()).toBe('第 1 条决策（步骤“design”）：未知选项“free-wifi”');
  });
});

describe('lab CLI: strategies and compare', { timeout: 60_000 }, () => {
  it('plays a named strategy (lab play --strategy)', () => {
    const run = lab('play', 'scenarios/coffee-card-example.yaml', '--strategy', 'no-card');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.strategy).toBe('no-card');
    // no card, default price: value 60, relationship 50·1, ethics 100, insight 100 → 77.5.
    expect(out.scores.total).toBe(77.5);
    expect(out.path).toEqual(['story', 'design', 'why', 'budget', 'explore', 'debrief']);
  });

  it('exits 1 for an unknown strategy, in the chosen language', () => {
    const run = lab('play', 'scenarios/coffee-card-example.yaml', '--strategy', 'nope', '--lang', 'zh-CN');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有方案“nope”；可用的方案：stamp-and-service, no-card, discount-for-all');
  });

  it('compares a decisions file with two strategies as JSON (lab compare)', () => {
    const decisions = join(tmp, 'compare.json');
    writeFileSync(decisions, JSON.stringify([{ step: 'design', choose: 'discount' }]));
    const run = lab('compare', 'scenarios/coffee-card-example.yaml', '--strategy', 'no-card', '--strategy', 'discount-for-all', '--decisions', decisions, '--seed', '4');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.seed).toBe(4);
    expect(out.runs.map((r: { id: string; scores: { total: number } }) => [r.id, r.scores.total])).toEqual([['you', 55.5], ['no-card', 77.5], ['discount-for-all', 41]]);
    expect(out.bestAlternative).toMatchObject({ id: 'no-card', total: 77.5, deltaToStudent: 22 });
  });
});
