// The home page of the built app lists exactly what lessons/ and scenarios/ hold (from the
// same build-time index), under the right headings, in both languages, without errors.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildContentIndex } from '../../scripts/content-index.ts';
import { openApp } from './helpers.ts';

const content = buildContentIndex(resolve(import.meta.dirname, '../..'));

const EXPECTED = {
  'en-US': { lang: 'en', h1: 'Cases and lessons', h2: ['Cases', 'Lessons', 'Labs'], noCases: 'No cases yet', noLessons: 'No lessons yet' },
  'zh-CN': { lang: 'zh-CN', h1: '案例与课程', h2: ['案例', '课程', '实验室'], noCases: '还没有案例', noLessons: '还没有课程' },
} as const;

for (const [locale, expected] of Object.entries(EXPECTED)) {
  test(`home lists every case and lesson of the index (${locale})`, async () => {
    const { page, consoleErrors } = await openApp('#/', { locale });
    const pick = (text: { 'zh-CN': string; en: string }) => text[expected.lang];

    expect(await page.locator('main h1').innerText()).toBe(expected.h1);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(expected.h2);

    const caseTitles = page.locator('[data-testid="scenario-list"] > li h3');
    expect(await caseTitles.allInnerTexts()).toEqual(content.scenarios.map((s) => pick(s.title)));
    if (content.scenarios.length === 0) await page.getByText(expected.noCases).waitFor();

    const lessonTitles = page.locator('[data-testid="lesson-list"] > li h3');
    expect(await lessonTitles.allInnerTexts()).toEqual(content.lessons.map((l) => pick(l.title)));
    if (content.lessons.length === 0) await page.getByText(expected.noLessons).waitFor();
    for (const lesson of content.lessons) {
      expect(await page.locator(`a[href="#/lesson/${lesson.slug}"]`).count()).toBe(1);
    }

    expect(consoleErrors).toEqual([]);
  });
}

test('the not-found page shows for an unknown route', async () => {
  const { page, consoleErrors } = await openApp('#/nope', { locale: 'en-US' });
  expect(await page.locator('main h1').innerText()).toBe('Page not found');
  await page.getByText('There is nothing at “/nope”.').waitFor();
  await page.getByRole('link', { name: 'Back to the cases' }).click();
  await expect.poll(() => page.locator('main h1').innerText()).toBe('Cases and lessons');
  expect(consoleErrors).toEqual([]);
});
