// Finds the Chromium the e2e tests drive: CHROME_PATH, then Debian's /usr/bin/chromium.
// On a bare Debian CI machine running as root it installs the package itself, and says so.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const HOW_TO_INSTALL =
  'Chromium not found: set CHROME_PATH to a Chromium or Chrome binary, or install it (Debian/Ubuntu: sudo apt-get install -y chromium).';

/** Launch flags that keep Chromium quiet on a closed network (docs: TOOLCHAIN.md, pitfall 6). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

function isDebian(): boolean {
  try {
    return /^ID=debian$/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function installDebianChromium(): void {
  console.log('Chromium not found: installing Debian\'s chromium package with apt-get (about 30 s)…');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}). ${HOW_TO_INSTALL}`);
  }
}

/** The Chromium binary to use; installs it on Debian as root; otherwise throws one line. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist. ${HOW_TO_INSTALL}`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (isDebian() && process.getuid?.() === 0) {
    installDebianChromium();
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(HOW_TO_INSTALL);
}
