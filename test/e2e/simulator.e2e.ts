// Issue 13 in real Chromium: the ladder sandbox's budget split moves profit to the engine's
// figure; a debrief sets the learner's run beside the case's named strategies; on a 390×844
// phone the pinned chart stays in view (and redraws) while a slider far down the page moves,
// and the header's links never break inside a word.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { defaultAllocation } from '../../src/engine/answers.ts';
import { evaluateWithDecisions } from '../../src/engine/compare.ts';
import { pointsFromShares, rebalance, sharesFromPoints } from '../../src/ui/player/allocation.ts';
import { formatMetric } from '../../src/ui/scenario/formatMetric.ts';
import { preparedCase } from './cases.ts';
import { openApp } from './helpers.ts';
import { pressOn } from './keyboard.ts';

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"] .value`).innerText();

test('the ladder sandbox: the budget split is a control, and moving it moves profit', async () => {
  const ladder = preparedCase('loyalty-ladder');
  const step = ladder.steps.get('quarter');
  if (step?.kind !== 'allocate') throw new Error('no quarter step');
  const { page, consoleErrors } = await openApp('#/sandbox/loyalty-ladder?seed=3');
  const before = await metric(page, 'profit');
  const split = page.getByTestId('decision-panel').getByRole('group', { name: "This quarter's budget" });
  await pressOn(page, split.getByRole('slider', { name: 'Attract prospects' }), 'ArrowRight', 10);
  const ids = step.options.map((o) => o.id);
  const start = pointsFromShares(ids, defaultAllocation(step));
  const shares = sharesFromPoints(ids, rebalance(start, 0, start[0]! + 10));
  const expected = evaluateWithDecisions(ladder, {}, [{ step: 'quarter', allocate: shares }], 3).metrics.profit!;
  await expect.poll(() => metric(page, 'profit')).toBe(formatMetric(expected, { format: 'money' }, 'en'));
  expect(await metric(page, 'profit')).not.toBe(before);
  expect(consoleErrors).toEqual([]);
});

test('a debrief shows the run beside the named strategies and names the best alternative', async () => {
  const { page, consoleErrors } = await openApp('#/play/coffee-card-example?seed=11');
  const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
  const submit = () => page.getByRole('button', { name: 'Submit answer' }).click();
  await next();
  await page.getByRole('radio', { name: 'Buy nine, the tenth is free' }).check();
  await submit();
  await next();
  await page.getByRole('spinbutton', { name: /Your estimate/ }).fill('250');
  await page.getByRole('button', { name: 'Submit estimate' }).click();
  await next();
  await page.getByRole('checkbox', { name: 'It makes customers come more often than they would have' }).check();
  await submit();
  await next();
  await page.getByRole('button', { name: 'Submit round 1' }).click();
  await page.getByRole('button', { name: 'Start round 2 of 2' }).click();
  await page.getByRole('button', { name: 'Submit round 2' }).click();
  await next();
  await next();
  await page.getByRole('heading', { level: 1, name: 'Debrief' }).waitFor();
  const section = page.getByTestId('debrief-alternative');
  await section.getByRole('heading', { name: 'The road not taken' }).waitFor();
  const headers = await section.getByRole('columnheader').allInnerTexts();
  expect(headers.slice(0, 3)).toEqual(['Measure', 'Your run', 'Stamp card and service']);
  expect(headers).toContain('No card at all');
  expect(await section.getByTestId('best-alternative').innerText()).toMatch(/^Best alternative: .+, [\d.]+ \/ 100 \(grade [A-F]\), /);
  // The estimate against the outcome: 250 cups against 230.
  expect(await page.getByTestId('debrief-estimate').innerText()).toContain('Your estimate is 1.1 times too high.');
  expect(consoleErrors).toEqual([]);
});

test('a 390×844 phone: the pinned chart stays in view and redraws while a slider far down moves', async () => {
  const { page, consoleErrors } = await openApp('#/sandbox/loyalty-ladder?seed=3');
  await page.setViewportSize({ width: 390, height: 844 });
  const pinned = page.getByTestId('pinned-chart');
  await pinned.waitFor();
  // The rival's pull: far down the list of ~40 sliders, and it changes who is lost in the shock.
  const slider = page.getByRole('region', { name: 'Parameters' }).getByRole('slider', { name: /^Share of unattached buyers/ });
  await slider.scrollIntoViewIfNeeded();
  const drawing = () => pinned.locator('.chart-plot svg').innerHTML();
  const before = await drawing();
  await slider.focus();
  for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowLeft');
  expect(await slider.inputValue()).toBe('0.3');
  await expect.poll(drawing).not.toBe(before);
  const chart = (await pinned.boundingBox())!;
  const moved = (await slider.boundingBox())!;
  // Both on screen at once, far down the page: the chart pinned at the top, the slider below it.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  expect(chart.y).toBeGreaterThanOrEqual(0);
  expect(chart.y + chart.height).toBeLessThanOrEqual(844 / 2);
  expect(moved.y).toBeGreaterThanOrEqual(chart.y + chart.height - 1);
  expect(moved.y + moved.height).toBeLessThanOrEqual(844);
  expect(consoleErrors).toEqual([]);
});

test('a phone in Chinese: no header link breaks inside a word', async () => {
  const { page } = await openApp('#/', { locale: 'zh-CN' });
  await page.setViewportSize({ width: 390, height: 844 });
  const lines = await page.locator('.app-header nav a, .brand span').evaluateAll((links) =>
    links.map((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return [a.textContent?.trim(), tops.size];
    }),
  );
  expect(lines.length).toBeGreaterThanOrEqual(4);
  for (const [text, count] of lines) expect(count, String(text)).toBe(1);
});
