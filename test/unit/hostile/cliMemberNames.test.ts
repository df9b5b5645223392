// The lab CLI refuses `--param` and `--preset` names that are only Object's members
// (issue 22, finding 1): exit 1 with the list of real names, no stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const lab = (...args: string[]) => spawnSync(tsx, [join(root, 'src/cli/lab.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });

describe('lab play with member names', { timeout: 60_000 }, () => {
  it('refuses --param toString=5', () => {
    const run = lab('play', 'scenarios/coffee-card-example.yaml', '--param', 'toString=5');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('no parameter "toString"; parameters: customers, visitsPerMonth, cupPrice, cupCost, upliftStamp');
  });

  it('refuses --preset constructor', () => {
    const run = lab('play', 'scenarios/coffee-card-example.yaml', '--preset', 'constructor');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('no preset "constructor"; presets: sticky');
  });
});
