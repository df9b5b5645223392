// Offline: after one visit the service worker serves the whole app, so a reload with the
// network gone still renders the page, and a lazily loaded route still opens.
import { expect, test } from 'vitest';
import { openApp, waitForPageHeading } from './helpers.ts';

test('the app renders offline once the service worker controls the page', async () => {
  const { page, context, consoleErrors } = await openApp('#/', { locale: 'en-US' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForPageHeading(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await waitForPageHeading(page);
  expect(await page.locator('main h1').innerText()).toBe('Cases and lessons');

  // A route never visited before comes from the precache too.
  await page.evaluate(() => {
    location.hash = '#/nope';
  });
  await expect.poll(() => page.locator('main h1').innerText()).toBe('Page not found');
  expect(consoleErrors).toEqual([]);
});
