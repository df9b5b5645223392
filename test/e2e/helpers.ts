// Shared tools for e2e specs (test/e2e/*.e2e.ts): open the built app in real Chromium,
// check accessibility with axe, and catch console errors. Import these; don't launch your own.
//
//   openApp(path = '#/', { locale = 'en-US' })
//       A fresh browser context (own storage, own service worker) with the browser
//       language `locale` ('zh-CN' or 'en-US'), at `path`: a hash route such as '#/lesson/x'.
//       Resolves once the page's <h1> is visible (every route renders a PageHeading).
//       Returns { browser, context, page, consoleErrors, url, close }. Call it inside a
//       test: the context closes by itself when the test ends. Called elsewhere (e.g. in
//       beforeAll), call close() yourself. consoleErrors is collectConsoleErrors(page),
//       attached before the page loaded.
//   expectNoAxeViolations(page, { exclude })
//       Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page and fails with
//       one readable line per violation and offending element. `exclude`: CSS selectors
//       to leave out (say why in your spec).
//   collectConsoleErrors(page)
//       A live array that fills with console errors and uncaught page errors. Attach it
//       before navigating; assert `expect(errors).toEqual([])` at the end.
//   appUrl(path)
//       The absolute URL of a hash route under the served sub-path.
//
// The browser is launched once per spec file and closed after it. Routes every page
// must pass axe on live in test/e2e/routes.ts: add yours there.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, inject, onTestFinished } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

// Chromium and Playwright write temp files; keep them in the folder the tests own.
process.env.TMPDIR = inject('tmpDir');

let browserPromise: Promise<Browser> | null = null;

/** The spec file's browser, launched on first use. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [...CHROMIUM_ARGS],
    env: { ...process.env, TMPDIR: inject('tmpDir') },
  });
  return browserPromise;
}

// Registered while the spec file imports this module, so it runs after that file's tests.
afterAll(async () => {
  const browser = await browserPromise;
  browserPromise = null;
  await browser?.close();
});

export function appUrl(path = '#/'): string {
  return new URL(path, inject('baseUrl')).href;
}

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** Waits until the current route has rendered its heading (the lazy chunk has loaded). */
export async function waitForPageHeading(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}

export interface OpenedApp {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  url: string;
  close: () => Promise<void>;
}

export async function openApp(path = '#/', { locale = 'en-US' }: { locale?: string } = {}): Promise<OpenedApp> {
  const browser = await getBrowser();
  const context = await browser.newContext({ locale, serviceWorkers: 'allow' });
  const close = () => context.close();
  try {
    onTestFinished(close);
  } catch {
    // Not inside a test (e.g. beforeAll): the caller closes it, as documented above.
  }
  // Fail in seconds, not after Playwright's 30 s default, when a page never renders.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const consoleErrors = collectConsoleErrors(page);
  const url = appUrl(path);
  await page.goto(url);
  await waitForPageHeading(page);
  return { browser, context, page, consoleErrors, url, close };
}

export async function expectNoAxeViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const lines = violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — at ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
  if (lines.length > 0) {
    throw new Error(`${lines.length} axe violation(s) on ${page.url()}:\n- ${lines.join('\n- ')}`);
  }
}
