// The what-if sandbox in real Chromium: keyboard and typed values move the engine's numbers,
// a shared link reopens the same what-if, the sweep runs in a worker, the page is axe-clean,
// and a slider step recomputes and redraws within a frame (figures printed).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, openApp } from './helpers.ts';

const COFFEE = '#/sandbox/coffee-card-example';
const UPLIFT = 'Extra visits a stamp card brings';

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"] .value`).innerText();

/** The body rows of the data table under the chart titled `title`, opened as a user does. */
async function tableRows(page: Page, title: string): Promise<string[][]> {
  const figure = page.getByRole('figure', { name: title, exact: true });
  const details = figure.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await figure.getByText('Show data table').click();
  return figure.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
  );
}

describe('coffee-card example', () => {
  test('arrow keys on a slider move a metric and the chart’s table to the expected values', async () => {
    const { page, consoleErrors } = await openApp(COFFEE);
    expect(await metric(page, 'profitChange')).toBe('-400');
    const slider = page.getByRole('slider', { name: UPLIFT });
    await slider.focus();
    for (let i = 0; i < 15; i += 1) await page.keyboard.press('ArrowRight'); // 0.15 → 0.30 in steps of 0.01
    expect(await slider.inputValue()).toBe('0.3');
    expect(await metric(page, 'profitChange')).toBe('3,200'); // 2000 · (1.3 · 12 − 14)
    expect(await tableRows(page, 'Revenue and profit')).toEqual([
      ['Monthly revenue', '46,800'],
      ['Monthly gross profit', '31,200'],
      ['Gross profit without a card', '28,000'],
    ]);
    await expect.poll(() => new URL(page.url()).hash).toBe(`${COFFEE}?seed=1&p.upliftStamp=0.3`);
    expect(consoleErrors).toEqual([]);
  });

  test('a typed exact value applies on Enter; an out-of-range one is clamped with a message', async () => {
    const { page, consoleErrors } = await openApp(COFFEE);
    const box = page.getByRole('spinbutton', { name: 'Cost per cup: exact value' });
    await box.fill('10');
    await box.press('Enter');
    expect(await metric(page, 'profitChange')).toBe('-1,600'); // 2000 · (1.15 · (18 − 10) − (20 − 10))
    expect(await page.getByRole('slider', { name: 'Cost per cup' }).inputValue()).toBe('10');
    await box.fill('45');
    await box.press('Enter');
    await page.getByText('45 is above the maximum: set to 30.').waitFor();
    expect(await box.inputValue()).toBe('30');
    expect(consoleErrors).toEqual([]);
  });

  test('a shared link reopens the same what-if, values and chart alike', async () => {
    const { page, consoleErrors } = await openApp(`${COFFEE}?seed=7&p.upliftStamp=0.3&p.cupCost=10`);
    expect(await page.getByRole('slider', { name: UPLIFT }).inputValue()).toBe('0.3');
    expect(await page.getByRole('slider', { name: 'Cost per cup' }).inputValue()).toBe('10');
    expect(await metric(page, 'profitChange')).toBe('800'); // 2000 · (1.3 · 8 − 10)
    expect(await tableRows(page, 'Revenue and profit')).toEqual([
      ['Monthly revenue', '46,800'],
      ['Monthly gross profit', '20,800'],
      ['Gross profit without a card', '20,000'],
    ]);
    expect(await page.getByTestId('url-notice').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a link with unusable values opens politely, without them', async () => {
    const { page, consoleErrors } = await openApp(`${COFFEE}?seed=x&p.upliftStamp=7&p.nope=1&p.cupPrice=25`);
    // Parameter problems first (in link order), then the seed.
    expect(await page.getByTestId('url-notice').locator('li').allInnerTexts()).toEqual([
      '7 for Extra visits a stamp card brings is outside the range 0 to 0.5.',
      '“nope” is not a parameter of this case.',
      '“x” is not a whole-number seed; seed 1 is used.',
    ]);
    expect(await page.getByRole('slider', { name: 'Price per cup' }).inputValue()).toBe('25');
    await expect.poll(() => new URL(page.url()).hash).toBe(`${COFFEE}?seed=1&p.cupPrice=25`);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the sensitivity sweep runs in a Web Worker and lists parameters by swing', async () => {
    const { page, consoleErrors } = await openApp(COFFEE);
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('profitChange');
    const title = 'Sensitivity of Change in gross profit from the card';
    await expect.poll(async () => (await tableRows(page, title)).map((row) => row[0])).toEqual([
      UPLIFT, 'Cost per cup', 'Price per cup', 'Regular customers', 'Visits per customer per month',
    ]);
    // Default ± 20 % (hand-worked in test/unit/sensitivity.test.ts).
    expect((await tableRows(page, title))[0]).toEqual([UPLIFT, '0.12 – 0.18', '-1,120', '320', '1,440']);
    expect(page.workers().length).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  test('keyboard focus and a pinned baseline survive the URL catching up', async () => {
    const { page, consoleErrors } = await openApp(COFFEE);
    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    const slider = page.getByRole('slider', { name: UPLIFT });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).hash).toBe(`${COFFEE}?seed=1&p.upliftStamp=0.16`);
    await page.waitForTimeout(100); // anything the URL change sets off has run
    expect(await page.locator('[data-metric="profitChange"] .delta').innerText()).toBe('(+240)'); // 2000 · 0.01 · 12
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('0.17');
    expect(consoleErrors).toEqual([]);
  });

  test('axe: no violations with a baseline pinned and the data tables open, in both languages', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const { page, close } = await openApp(`${COFFEE}?p.upliftStamp=0.2`, { locale });
      await page.locator('.compare button').first().click();
      await page.getByRole('slider').first().press('ArrowRight');
      for (const summary of await page.locator('summary').all()) await summary.click();
      await expectNoAxeViolations(page);
      await close();
    }
  });
});

describe('every shipped scenario', () => {
  const ids = readdirSync(resolve(import.meta.dirname, '../../scenarios'))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => file.replace(/\.ya?ml$/, ''));

  test.each(ids)('%s: the sandbox opens without errors and is axe-clean', async (id) => {
    const { page, consoleErrors } = await openApp(`#/sandbox/${id}`, { locale: 'zh-CN' });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main input[type="range"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  // Budget: recompute + redraw within a 16 ms frame. Each step starts just after a paint;
  // "updated" is the input handler plus Svelte's DOM update (the engine and the charts' layout),
  // "next frame" the next requestAnimationFrame (≈ 16.7 ms when the work fits in one frame),
  // "painted" a task after that frame. Headless Chromium on a shared 2-core machine is noisy:
  // the test prints the figures and asserts only a generous bound.
  test.each(ids)('%s: a slider step recomputes and redraws within a frame', async (id) => {
    const { page, consoleErrors } = await openApp(`#/sandbox/${id}`);
    await page.waitForLoadState('networkidle');
    const times = await page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>('main input[type="range"]')!;
      const min = Number(slider.min);
      const max = Number(slider.max);
      const task = () => new Promise<void>((done) => setTimeout(done, 0));
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const measure = (name: string) => performance.measure(name, 'sandbox-input').duration;
      const out = { updated: [] as number[], frame: [] as number[], painted: [] as number[] };
      for (let i = 1; i <= 30; i += 1) {
        await frame();
        await task();
        const before = slider.getAttribute('aria-valuetext');
        performance.mark('sandbox-input');
        slider.value = String(min + ((max - min) * (i % 10)) / 10);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        // Svelte flushes in a microtask queued by the input; these run after it.
        await Promise.resolve();
        await Promise.resolve();
        if (slider.getAttribute('aria-valuetext') === before) throw new Error('the DOM was not updated yet');
        out.updated.push(measure('sandbox input → updated'));
        await frame();
        out.frame.push(measure('sandbox input → next frame'));
        await task();
        out.painted.push(measure('sandbox input → painted'));
      }
      return out;
    });
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)}, max ${sorted[sorted.length - 1]!.toFixed(1)}`;
    };
    console.log(
      `sandbox ${id} (30 slider steps): updated ${stats(times.updated)} | next frame ${stats(times.frame)} | painted ${stats(times.painted)}`,
    );
    const sortedUpdate = [...times.updated].sort((a, b) => a - b);
    expect(sortedUpdate[15]).toBeLessThan(50);
    expect(consoleErrors).toEqual([]);
  });
});
