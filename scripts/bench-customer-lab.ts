// Benchmark (not a test): the customer lab on the CDNOW master file (69,659 rows) in real
// Chromium. Times choose-file → read → fit → charts drawn, and records every long task
// (> 50 ms on the main thread) meanwhile. Run after a build:
//   npx vite build && npx tsx scripts/bench-customer-lab.ts [FILE] [--runs N]
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? resolve(root, '../shared/data/cdnow/CDNOW_master.txt');

if (!existsSync(file)) {
  console.log(`bench-customer-lab: ${file} not found; nothing to measure.`);
  process.exit(0);
}
if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.error('bench-customer-lab: build first (npx vite build).');
  process.exit(1);
}

const tmp = resolve(root, '.tmp/bench');
mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;
const server = await serveStatic({ root: resolve(root, 'dist'), base: '/bench/', port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
const results: { ms: number; longTasks: number[] }[] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.goto(`${server.url}#/lab/customers`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel(/A transaction file/).setInputFiles(file);
    await page.getByRole('button', { name: 'Read the file' }).waitFor();
    // Page load and the mapping step are not part of the measurement.
    await page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });
    const started = Date.now();
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByTestId('clv-total').waitFor({ timeout: 60_000 });
    await page.locator('svg path').first().waitFor();
    // Two frames, so the charts have been painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const ms = Date.now() - started;
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.map(Math.round));
    const summary = await page.getByTestId('fit-summary').innerText();
    results.push({ ms, longTasks });
    console.log(`run ${run + 1}: ${ms} ms; long tasks: ${longTasks.length ? longTasks.join(', ') + ' ms' : 'none'}; ${summary}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const worst = Math.max(0, ...results.flatMap((r) => r.longTasks));
console.log(`median ${times[Math.floor(times.length / 2)]} ms over ${runs} run(s); longest main-thread task ${worst || '< 50'} ms`);
