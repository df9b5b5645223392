// `npm run lighthouse` (after its build step): serves dist/, audits it with Lighthouse in
// headless Chromium (mobile profile) and fails below the bar: performance 0.95, accessibility 1.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { serveStatic } from './serve.mjs';

const MINIMUM = { performance: 0.95, accessibility: 1 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
// The same flags as the e2e tests (docs: TOOLCHAIN.md): quiet on a closed network.
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const reportDir = resolve(root, 'lighthouse-report');
const tmpDir = resolve(root, '.tmp/lighthouse');

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`Chromium not found at ${chromePath}: set CHROME_PATH, or install it (Debian/Ubuntu: sudo apt-get install -y chromium).`);
  process.exit(1);
}
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run lighthouse`, which builds first.');
  process.exit(1);
}
mkdirSync(reportDir, { recursive: true });
mkdirSync(tmpDir, { recursive: true });

const server = await serveStatic({ root: dist, port: 0 });
const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const outputBase = resolve(reportDir, 'report');
const exitCode = await new Promise((done) => {
  const child = spawn(process.execPath, [
    lighthouseCli, server.url,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json', '--output=html', `--output-path=${outputBase}`,
    '--quiet',
  ], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath, TMPDIR: tmpDir } });
  child.on('exit', (code) => done(code ?? 1));
});
await server.close();
if (exitCode !== 0) {
  console.error(`Lighthouse exited with code ${exitCode}.`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(`${outputBase}.report.json`, 'utf8'));
let failed = false;
for (const id of CATEGORIES) {
  const score = report.categories[id]?.score ?? 0;
  const minimum = MINIMUM[id];
  const ok = minimum === undefined || score >= minimum;
  failed ||= !ok;
  console.log(`${id.padEnd(15)} ${score.toFixed(2)}${minimum === undefined ? '' : `  (minimum ${minimum})`}${ok ? '' : '  ✗'}`);
}
// Name what cost the points, so a failure can be acted on without opening the report.
for (const id of CATEGORIES) {
  for (const ref of report.categories[id]?.auditRefs ?? []) {
    const audit = report.audits[ref.id];
    if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
      console.log(`  ${id}: ${audit.id} ${audit.score.toFixed(2)} ${audit.displayValue ?? ''} — ${audit.title}`);
    }
  }
}
console.log(`Full report: ${outputBase}.report.html`);
process.exit(failed ? 1 : 0);
