// `npm run bench:browser` (after its build step): in headless Chromium against the production
// build, moves each flagship sandbox's sliders and times input → recompute → DOM → layout.
// Reports median and p95 per case against the 16 ms frame; a report, not a pass/fail test.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';

const FLAGSHIPS = ['loyalty-ladder', 'mrs-smith-lost-value', 'vanity-number-penalty'];
const FRAME_MS = 16;
const WARM_UP = 10;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 120);
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run bench:browser`, which builds first.');
  process.exit(1);
}
const tmpDir = resolve(root, '.tmp/bench-browser');
mkdirSync(tmpDir, { recursive: true });
process.env.TMPDIR = tmpDir;

/**
 * Runs in the page: for each sample, one slider moves one step (cycling through every
 * visible slider), and the time runs until the page has handled the input, Svelte has
 * flushed its updates (microtasks, before the next task) and the browser has laid it out.
 */
async function moveSliders({ warmUp, samples }) {
  const sliders = [...document.querySelectorAll('main input[type="range"]')].filter((s) => !s.disabled);
  if (sliders.length === 0) throw new Error('no sliders on the page');
  const nextTask = () => new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
  const times = [];
  for (let i = 0; i < warmUp + samples; i += 1) {
    const slider = sliders[i % sliders.length];
    const min = Number(slider.min || 0);
    const max = Number(slider.max || 100);
    const step = slider.step === 'any' ? (max - min) / 100 : Number(slider.step || 1);
    const value = Number(slider.value);
    const up = value + step <= max && Math.floor(i / sliders.length) % 2 === 0;
    const next = up ? value + step : value - step >= min ? value - step : value + step;
    await nextTask();
    const start = performance.now();
    slider.value = String(next);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    void document.documentElement.getBoundingClientRect().height; // forces style and layout
    const took = performance.now() - start;
    if (i >= warmUp) times.push(took);
  }
  return { sliders: sliders.length, times };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

const server = await serveStatic({ root: dist, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
const rows = [];
try {
  for (const id of FLAGSHIPS) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US', viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await page.goto(new URL(`#/sandbox/${id}`, server.url).href);
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const { sliders, times } = await page.evaluate(moveSliders, { warmUp: WARM_UP, samples: SAMPLES });
    times.sort((a, b) => a - b);
    rows.push({ id, sliders, samples: times.length, median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1] });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Slider to frame (input → recompute → DOM → layout), ${SAMPLES} moves each, goal p95 ≤ ${FRAME_MS} ms:`);
for (const r of rows) {
  const mark = r.p95 <= FRAME_MS ? 'ok' : 'over';
  console.log(`  ${`#/sandbox/${r.id}`.padEnd(32)} median ${r.median.toFixed(1).padStart(5)} ms  p95 ${r.p95.toFixed(1).padStart(5)} ms  max ${r.max.toFixed(1).padStart(5)} ms  (${r.sliders} sliders) ${mark}`);
}
