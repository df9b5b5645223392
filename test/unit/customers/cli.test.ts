// `lab customers` end to end: the CDNOW sample's figures as JSON, a generated base that reads
// back, and located errors in the reader's language.
import { cdnowSamplePath } from '../../cdnowSample.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const lab = (...args: string[]) => spawnSync(tsx, [join(root, 'src/cli/lab.ts'), 'customers', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
const tmp = mkdtempSync(join(tmpdir(), 'lab-customers-'));
const SAMPLE = cdnowSamplePath();

// Each run starts node + tsx (~2 s on a busy machine), hence the long timeout.
describe('lab customers', { timeout: 90_000 }, () => {
  it('prints the CDNOW sample\'s fit, classes and segments as JSON', () => {
    const run = lab(SAMPLE, '--columns', 'customer,-,date,quantity,amount', '--calibration-end', '1997-09-30', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.customers).toBe(2357);
    expect(out.rows).toBe(6919);
    expect([out.bgnbd.r, out.bgnbd.alpha, out.bgnbd.a, out.bgnbd.b].map((v: number) => v.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
    expect(out.bgnbd.logLikelihood.toFixed(1)).toBe('-9582.4');
    expect([out.gammaGamma.p, out.gammaGamma.q, out.gammaGamma.gamma].map((v: number) => v.toFixed(2))).toEqual(['6.25', '3.74', '15.44']);
    expect(out.abc.A.customers + out.abc.B.customers + out.abc.C.customers).toBe(2357);
    expect(out.abc.A.customers).toBe(Math.round(2357 * 0.2));
    expect(Object.values(out.rfm as Record<string, number>).reduce((s, v) => s + v, 0)).toBe(2357);
  });

  it('writes a seeded synthetic base that reads back, identically for the same seed', () => {
    const a = join(tmp, 'a.csv');
    const b = join(tmp, 'b.csv');
    expect(lab('--generate', '300', '--seed', '7', '--param', 'r=0.5', '--out', a).status).toBe(0);
    expect(lab('--generate', '300', '--seed', '7', '--param', 'r=0.5', '--out', b).status).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const run = lab(a, '--columns', 'customer,date,quantity,amount', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).customers).toBeGreaterThan(0);
  });

  it('reports bad rows with line and column, in Chinese when asked, and still fits the rest', () => {
    const file = join(tmp, 'bad.csv');
    const good = Array.from({ length: 40 }, (_, i) => `c${i % 12},1997-0${1 + (i % 6)}-1${i % 10},${5 + i}`);
    writeFileSync(file, ['customer,date,amount', ...good.slice(0, 3), 'c1,1997-02-30,4', 'c2,1997-03-01,-2', ...good.slice(3)].join('\n'));
    const run = lab(file, '--columns', 'customer,date,amount', '--lang', 'zh-CN');
    expect(run.stderr).toContain('第 5 行第 2 列：“1997-02-30”不是日期');
    expect(run.stderr).toContain('第 6 行第 3 列：金额 -2 为负数');
    expect(run.stderr).toContain('42 行中跳过了 2 行');
    expect(run.status).toBe(0);
  });

  it('fails cleanly on a wrong mapping and an unknown --param', () => {
    const run = lab(SAMPLE, '--columns', 'customer,date,quantity,amount');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/line 1, column 2: "0001" is not a date/);
    const bad = lab('--generate', '10', '--param', 'zeta=1', '--out', join(tmp, 'x.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--param zeta=1/);
  });
});
