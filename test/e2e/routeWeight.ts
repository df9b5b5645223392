// Per-route download weight for the budget spec (routeWeight.e2e.ts): every script and
// stylesheet (and fetched data) a route requests in Chromium, gzipped at level 9.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** The goals, in KB gzip, from issue 19's table. */
export const ROUTE_BUDGETS_KB = { home: 50, play: 120, sandbox: 120, lesson: 60, class: 100 } as const;

/**
 * Where a route is still over its goal, the ceiling the test holds it to meanwhile: today's
 * weight plus a little, so it can only come down. Measured 2026-12-08 after the stop's merges
 * (the debrief's road not taken, sandbox decisions, the attempt codec, the customer lab's
 * strings, the hardened sanitiser): home 62.4, play 218.9, sandbox 193.7, lesson 63.9,
 * class 120.2 KB. Issue 19 stays open until each meets its goal; delete an entry when it does.
 */
export const ROUTE_CEILINGS_KB: Partial<Record<keyof typeof ROUTE_BUDGETS_KB, number>> = { home: 64, play: 222, sandbox: 196, lesson: 65, class: 123 };

/** What the test fails above: the goal, or the interim ceiling of a route still over it. */
export const limitKb = (budget: keyof typeof ROUTE_BUDGETS_KB): number => ROUTE_CEILINGS_KB[budget] ?? ROUTE_BUDGETS_KB[budget];

export interface ChunkWeight {
  /** The file's path under the served build, e.g. 'assets/load-abc.js'. */
  file: string;
  gzipBytes: number;
}

export interface RouteWeight {
  route: string;
  chunks: ChunkWeight[];
  totalGzipBytes: number;
}

const COUNTED = new Set(['script', 'stylesheet', 'fetch', 'xhr']);

/**
 * Opens `url` in a fresh context with the service worker blocked (so nothing comes from a
 * cache), waits for the page heading and a quiet network, and weighs every counted response.
 */
export async function measureRoute(browser: Browser, url: string, baseUrl: string, route: string): Promise<RouteWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (COUNTED.has(response.request().resourceType())) responses.push(response);
    });
    await page.goto(url);
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const chunks: ChunkWeight[] = [];
    const seen = new Set<string>();
    for (const response of responses) {
      const file = response.url().startsWith(baseUrl) ? response.url().slice(baseUrl.length) : response.url();
      if (seen.has(file)) continue;
      seen.add(file);
      chunks.push({ file, gzipBytes: gzipSync(await response.body(), { level: 9 }).length });
    }
    chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { route, chunks, totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per route with its total and budget, then its heaviest chunks. */
export function formatRouteWeight(weight: RouteWeight, goalKb: number, limitKb = goalKb, top = Number(process.env.ROUTE_WEIGHT_TOP ?? 5)): string {
  const mark = weight.totalGzipBytes <= goalKb * 1024 ? 'ok' : weight.totalGzipBytes <= limitKb * 1024 ? `OVER GOAL (interim ceiling ${limitKb} KB)` : 'OVER';
  const head = `${weight.route.padEnd(34)} ${kb(weight.totalGzipBytes).padStart(9)} gzip (goal ${goalKb} KB) ${mark}, ${weight.chunks.length} files`;
  const lines = weight.chunks.slice(0, top).map((c) => `    ${kb(c.gzipBytes).padStart(9)}  ${c.file}`);
  return [head, ...lines].join('\n');
}
