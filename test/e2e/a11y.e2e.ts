// Accessibility: every route in routes.ts, in both languages, has zero axe violations
// (WCAG 2 A and AA). A failure lists each rule and element.
import { describe, expect, test } from 'vitest';
import { A11Y_ROUTES } from './routes.ts';
import { expectNoAxeViolations, getBrowser, openApp } from './helpers.ts';

const LOCALES = ['zh-CN', 'en-US'] as const;

describe('axe finds no violations', () => {
  for (const locale of LOCALES) {
    for (const route of A11Y_ROUTES) {
      test(`${route} in ${locale}`, async () => {
        const { page } = await openApp(route, { locale });
        // Lazy parts of a page (a lesson's text) arrive after its heading: check the whole page.
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale === 'en-US' ? 'en' : 'zh-CN');
        await expectNoAxeViolations(page);
      });
    }
  }
});

test('the axe check fails, with a readable line, on a page with a violation', async () => {
  const context = await (await getBrowser()).newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><input type="text"></main></html>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/label \(critical\): Form elements must have labels — at input/);
  await context.close();
});
