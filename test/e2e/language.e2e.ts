// Language: the default follows the browser's language; the switch changes the visible
// text at once and the choice survives a reload.
import { expect, test } from 'vitest';
import { openApp, waitForPageHeading } from './helpers.ts';

test.each([
  { locale: 'zh-CN', lang: 'zh-CN', h1: '案例与课程', nav: '主导航' },
  { locale: 'en-US', lang: 'en', h1: 'Cases and lessons', nav: 'Main' },
  { locale: 'fr-FR', lang: 'en', h1: 'Cases and lessons', nav: 'Main' },
])('a browser in $locale opens the app in $lang', async ({ locale, lang, h1, nav }) => {
  const { page } = await openApp('#/', { locale });
  expect(await page.locator('main h1').innerText()).toBe(h1);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  await page.getByRole('navigation', { name: nav }).waitFor();
});

test('switching the language changes the text and survives a reload', async () => {
  const { page, consoleErrors } = await openApp('#/', { locale: 'zh-CN' });
  const heading = page.locator('main h1');
  expect(await heading.innerText()).toBe('案例与课程');

  await page.getByLabel('语言').selectOption('en');
  await expect.poll(() => heading.innerText()).toBe('Cases and lessons');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  await page.reload();
  await waitForPageHeading(page);
  expect(await heading.innerText()).toBe('Cases and lessons');
  expect(await page.getByLabel('Language').inputValue()).toBe('en');

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect.poll(() => heading.innerText()).toBe('案例与课程');
  expect(await page.title()).toBe('客户忠诚实验室 · Loyalty Lab');
  expect(consoleErrors).toEqual([]);
});
