// The weight budget per route (issue 19): real requests in Chromium against the production
// build, every script and stylesheet a route requests, gzip level 9, service worker off.
import { resolve } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { buildContentIndex } from '../../scripts/content-index.ts';
import { appUrl, getBrowser } from './helpers.ts';
import { formatRouteWeight, limitKb, measureRoute, ROUTE_BUDGETS_KB, type RouteWeight } from './routeWeight.ts';

const FLAGSHIPS = ['loyalty-ladder', 'mrs-smith-lost-value', 'vanity-number-penalty'];
const lessons = buildContentIndex(resolve(import.meta.dirname, '../..')).lessons.map((l) => l.slug);

const ROUTES: { path: string; budget: keyof typeof ROUTE_BUDGETS_KB }[] = [
  { path: '#/', budget: 'home' },
  ...FLAGSHIPS.map((id) => ({ path: `#/play/${id}`, budget: 'play' as const })),
  ...FLAGSHIPS.map((id) => ({ path: `#/sandbox/${id}`, budget: 'sandbox' as const })),
  ...lessons.map((slug) => ({ path: `#/lesson/${slug}`, budget: 'lesson' as const })),
  { path: '#/class', budget: 'class' },
];

const report: string[] = [];
afterAll(() => console.log(`Route weights (gzip -9, service worker off):\n${report.join('\n')}`));

test('the route list covers every route of the budget table', () => {
  expect(lessons.length).toBeGreaterThan(0);
  expect(new Set(ROUTES.map((r) => r.budget))).toEqual(new Set(Object.keys(ROUTE_BUDGETS_KB)));
});

for (const { path, budget } of ROUTES) {
  test(`${path} weighs at most ${limitKb(budget)} KB gzip (goal ${ROUTE_BUDGETS_KB[budget]} KB)`, async () => {
    const weight: RouteWeight = await measureRoute(await getBrowser(), appUrl(path), inject('baseUrl'), path);
    report.push(formatRouteWeight(weight, ROUTE_BUDGETS_KB[budget], limitKb(budget)));
    // The entry chunk is always among them: a measurement that saw nothing must not pass.
    expect(weight.chunks.some((c) => /^assets\/index-.*\.js$/.test(c.file))).toBe(true);
    expect(weight.totalGzipBytes).toBeLessThanOrEqual(limitKb(budget) * 1024);
  });
}
