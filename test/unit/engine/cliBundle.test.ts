// The pre-built CLI (scripts/build-cli.mjs): `npm run lab` runs a bundle of src/cli/lab.ts in
// plain Node, rebuilt when a source it was built from changes; it answers like the source.
import { spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCli, CLI_BUNDLE, cliIsStale } from '../../../scripts/build-cli.mjs';

const root = join(import.meta.dirname, '../../..');
const env = { ...process.env, LANG: 'en_US.UTF-8' };
const viaLauncher = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts/lab.mjs'), ...args], { cwd: root, encoding: 'utf8', env });
const viaSource = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/lab.ts'), ...args], { cwd: root, encoding: 'utf8', env });

describe('the pre-built lab CLI', { timeout: 60_000 }, () => {
  it('is fresh after a build, and stale once a source it bundles is newer', async () => {
    await buildCli();
    expect(cliIsStale()).toBe(false);
    const source = join(root, 'src/engine/scenario/load.ts');
    const { atime, mtime } = statSync(source);
    const later = new Date(statSync(CLI_BUNDLE).mtimeMs + 60_000);
    try {
      utimesSync(source, atime, later);
      expect(cliIsStale()).toBe(true);
    } finally {
      utimesSync(source, atime, mtime);
    }
    expect(cliIsStale()).toBe(false);
  });

  it('validates and plays exactly like the source run by tsx', () => {
    for (const args of [
      ['validate', 'scenarios/coffee-card-example.yaml', 'scenarios/loyalty-ladder.yaml'],
      ['validate', 'scenarios/no-such-file.yaml'],
      ['play', 'scenarios/coffee-card-example.yaml', '--seed', '3'],
    ]) {
      const built = viaLauncher(...args);
      const source = viaSource(...args);
      expect({ status: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual({ status: source.status, stdout: source.stdout, stderr: source.stderr });
    }
    expect(viaLauncher('validate', 'scenarios/coffee-card-example.yaml')).toMatchObject({ status: 0, stdout: '', stderr: '1 file(s) valid\n' });
  });
});
