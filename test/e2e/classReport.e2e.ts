// The class report in real Chromium: three students' export files (test/unit/classReport/
// fixtures, made with the real engine) go in through the file input together with a broken
// one; the page shows who started and finished, a mean and an option share, names the
// broken file, stays axe-clean before and after, in both languages, and fits a phone.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoAxeViolations, openApp } from './helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../unit/classReport/fixtures');
// As buffers, so a broken file made here can go in the same batch (Playwright cannot mix).
const FILES = ['alice.json', 'li-bo.json', 'student-3.json'].map((name) => {
  const path = resolve(FIXTURES, name);
  return { name: basename(path), mimeType: 'application/json', buffer: readFileSync(path) };
});
const BROKEN = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app": "loyalty-lab", "kind": "progr') };

const caseSection = (page: Page, id: string) => page.locator(`[data-scenario-id="${id}"]`);
const countOf = (page: Page, id: string, which: 'started' | 'finished') => caseSection(page, id).getByTestId(which).innerText();

async function loadFixtures(page: Page, label: RegExp): Promise<void> {
  await page.getByLabel(label).setInputFiles(FILES);
  await page.getByTestId('loaded-summary').waitFor();
}

test('loads the three exports and shows counts, a mean and an option share (en)', async () => {
  const { page, consoleErrors } = await openApp('#/class', { locale: 'en-US' });
  await expectNoAxeViolations(page);

  await page.getByLabel(/Choose progress files/).setInputFiles([...FILES.slice(0, 2), BROKEN]);
  await page.getByTestId('loaded-summary').waitFor();
  await expect.poll(() => page.getByTestId('file-problem').innerText()).toMatch(/^broken\.json: The file ends too early/);
  await page.getByLabel(/Choose progress files/).setInputFiles(FILES.slice(2)); // a second batch adds to the first
  await expect.poll(() => page.getByTestId('loaded-summary').innerText()).toBe('3 file(s) loaded: 3 student(s), 7 attempt(s).');

  expect(await countOf(page, 'coffee-card-example', 'started')).toBe('3');
  expect(await countOf(page, 'coffee-card-example', 'finished')).toBe('3');
  expect(await countOf(page, 'vanity-number-penalty', 'started')).toBe('3');
  expect(await countOf(page, 'vanity-number-penalty', 'finished')).toBe('1');

  const coffee = caseSection(page, 'coffee-card-example');
  const totalRow = coffee.getByTestId('score-stats').locator('tr[data-measure="total"] td');
  expect(await totalRow.allInnerTexts()).toEqual(['3', '64.8', '72.5']);

  // The "choose the card" step: one student in three chose the 10% discount.
  const design = coffee.locator('[data-step-id="design"]');
  await design.getByText('Show data table').click();
  const discount = design.getByRole('row', { name: /10% off every cup/ });
  expect(await discount.locator('td').innerText()).toBe('33.3');

  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('in Chinese: the same numbers, axe-clean', async () => {
  const { page, consoleErrors } = await openApp('#/class', { locale: 'zh-CN' });
  await expectNoAxeViolations(page);
  await loadFixtures(page, /选择进度文件/);
  expect(await page.getByTestId('loaded-summary').innerText()).toBe('已载入 3 个文件：3 名学生，7 次作答。');
  expect(await countOf(page, 'vanity-number-penalty', 'finished')).toBe('1');
  expect(await caseSection(page, 'coffee-card-example').getByRole('heading', { level: 3 }).innerText()).toBe('咖啡集点卡：忠诚计划划算吗？');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('on a phone the page does not scroll sideways; the wide table scrolls inside its labelled region', async () => {
  const { page } = await openApp('#/class', { locale: 'en-US' });
  await page.setViewportSize({ width: 360, height: 740 });
  await loadFixtures(page, /Choose progress files/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const region = page.getByRole('region', { name: 'Best total and grade per student and case' });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await region.getAttribute('tabindex')).toBe('0');
  await expectNoAxeViolations(page);
});
