// Home without Dexie on first paint: a first visit never downloads the store, and a learner
// with an unfinished attempt still gets the continue card once the store has loaded.
import { expect, test } from 'vitest';
import { appUrl, openApp } from './helpers.ts';

const isStoreChunk = (url: string) => /\/assets\/progress-[^/]*\.js$/.test(url);

test('a first visit to home never requests the progress store (Dexie)', async () => {
  const { page } = await openApp('#/');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.reload();
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isStoreChunk)).toEqual([]);
  expect(await page.getByTestId('continue-card').count()).toBe(0);
});

test('after a step of play, home fills in the continue card', async () => {
  const { page, consoleErrors } = await openApp('#/play/coffee-card-example');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.goto(appUrl('#/'));
  await page.reload();
  const card = page.getByTestId('continue-card');
  await card.waitFor();
  expect(await card.getByRole('link').getAttribute('href')).toBe('#/play/coffee-card-example');
  expect(consoleErrors).toEqual([]);
});
