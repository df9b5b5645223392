// The customer value lab in real Chromium, with its real Web Worker under the strict CSP:
// the CDNOW sample through the mapping step gives the paper's figures; a broken file gets
// a located message in Chinese; axe-clean with results shown; no sideways scroll on a phone.
import { cdnowSamplePath } from '../cdnowSample.ts';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { expectNoAxeViolations, openApp } from './helpers.ts';

const SAMPLE = cdnowSamplePath();
const sampleFile = () => ({ name: 'CDNOW_sample.txt', mimeType: 'text/plain', buffer: readFileSync(SAMPLE) });

test('the CDNOW sample gives the published BG/NBD fit; the page is axe-clean and fits a phone', { timeout: 120_000 }, async () => {
  const { page, consoleErrors } = await openApp('#/lab/customers', { locale: 'en-US' });
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations(page);
  await page.getByLabel(/A transaction file/).setInputFiles(sampleFile());
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByTestId('clv-total').waitFor({ timeout: 60_000 });
  const cells = await page.getByTestId('bgnbd-table').locator('tbody td:nth-child(2)').allInnerTexts();
  expect(cells).toEqual(['0.243', '4.414', '0.793', '2.426', '-9,582.4']);
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(consoleErrors).toEqual([]);
});

test('a file with every row bad gets a located message in Chinese; the page stays usable', async () => {
  const { page } = await openApp('#/lab/customers', { locale: 'zh-CN' });
  await page.getByLabel(/交易文件/).setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from('c1,1997-02-03,-12.5\nc2,1997-03-01,-8\n') });
  await page.getByRole('button', { name: '读取文件' }).click();
  await expect.poll(() => page.getByRole('alert').innerText()).toContain('第 1 行第 3 列：没有一行能读取');
  await page.getByRole('button', { name: '换一个文件' }).click();
  await page.getByLabel(/交易文件/).waitFor();
});
