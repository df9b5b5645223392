// 50 of the fuzz test's mutated files through the real `lab` CLI process (issue 22, finding
// 10): `validate` exits 0 or 1 with FILE:LINE:COL lines and never a stack trace, and every
// accepted file `play`s to exit 0 with a total in 0–100 and no warning. The CLI is bundled
// once with esbuild (tsx's own compiler) so each run is a plain `node` start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mutant, shippedCases } from './mutate.ts';
import { FUZZ_FILES } from './runFuzz.ts';

const root = join(import.meta.dirname, '../../../..');
const SAMPLE = 50;

describe('fuzzed files through the lab CLI', () => {
  it('exit 0 or 1, located lines, no stack trace; accepted files play', { timeout: 600_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-fuzz-'));
    const cli = join(dir, 'lab.cjs');
    buildSync({ entryPoints: [join(root, 'src/cli/lab.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'error' });
    const bases = shippedCases();
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    let accepted = 0;
    for (let n = 0; n < SAMPLE; n += 1) {
      const index = Math.floor((n * FUZZ_FILES) / SAMPLE) + (n % 8);
      const file = join(dir, `m${index}.yaml`);
      writeFileSync(file, mutant(bases, index).text);
      const checked = run('validate', file);
      expect([0, 1], `#${index}: exit ${checked.status} ${checked.stderr}`).toContain(checked.status);
      expect(`${checked.stdout}${checked.stderr}`).not.toMatch(/^\s+at /m);
      if (checked.status === 1) {
        for (const line of checked.stdout.trim().split('\n')) expect(line).toMatch(/^.+:\d+:\d+: \S+: .+$/);
        continue;
      }
      accepted += 1;
      const played = run('play', file, '--seed', String(index));
      expect(played.status, `#${index}: ${played.stderr}`).toBe(0);
      expect(played.stderr).toBe('');
      const total = JSON.parse(played.stdout).scores.total as number;
      expect(total).toBeGreaterThanOrEqual(0);
      expect(total).toBeLessThanOrEqual(100);
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
