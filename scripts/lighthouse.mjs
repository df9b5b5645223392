// `npm run lighthouse` (after its build step): serves dist/, audits home, a play route and a
// sandbox route with Lighthouse in headless Chromium (mobile profile) and fails below the bar:
// performance 0.95, accessibility 1 on each.
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

/** The pages audited: home, and a flagship case's play and sandbox routes. */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'play', path: '#/play/loyalty-ladder' },
  { name: 'sandbox', path: '#/sandbox/loyalty-ladder' },
];

const server = await serveStatic({ root: dist, port: 0 });
const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/** Audits one URL; resolves to the parsed JSON report, or null when Lighthouse failed. */
async function audit(url, outputBase) {
  const exitCode = await new Promise((done) => {
    const child = spawn(process.execPath, [
      lighthouseCli, url,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json', '--output=html', `--output-path=${outputBase}`,
      '--quiet',
    ], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath, TMPDIR: tmpDir } });
    child.on('exit', (code) => done(code ?? 1));
  });
  if (exitCode !== 0) {
    console.error(`Lighthouse exited with code ${exitCode} on ${url}.`);
    return null;
  }
  return JSON.parse(readFileSync(`${outputBase}.report.json`, 'utf8'));
}

let failed = false;
try {
  for (const { name, path } of PAGES) {
    const outputBase = resolve(reportDir, name);
    const report = await audit(new URL(path, server.url).href, outputBase);
    console.log(`\n${name} (${path || '#/'})`);
    if (!report) {
      failed = true;
      continue;
    }
    for (const id of CATEGORIES) {
      const score = report.categories[id]?.score ?? 0;
      const minimum = MINIMUM[id];
      const ok = minimum === undefined || score >= minimum;
      failed ||= !ok;
      console.log(`  ${id.padEnd(15)} ${score.toFixed(2)}${minimum === undefined ? '' : `  (minimum ${minimum})`}${ok ? '' : '  ✗'}`);
    }
    const tbt = report.audits['total-blocking-time'];
    if (tbt) console.log(`  total blocking time ${tbt.displayValue ?? ''}`);
    // Name what cost the points, so a failure can be acted on without opening the report.
    for (const id of CATEGORIES) {
      for (const ref of report.categories[id]?.auditRefs ?? []) {
        const a = report.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
          console.log(`    ${id}: ${a.id} ${a.score.toFixed(2)} ${a.displayValue ?? ''} — ${a.title}`);
        }
      }
    }
    console.log(`  Full report: ${outputBase}.report.html`);
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
