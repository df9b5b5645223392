// The production build's first load (entry JS, its static imports, CSS) stays within the
// gzip budget. Lazy route chunks don't count: that is why routes are lazy.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, formatReport, measureFirstLoad } from '../../scripts/size-budget.ts';

test('first-load JS + CSS is within the gzip budget', () => {
  const measured = measureFirstLoad(resolve(import.meta.dirname, '../../dist'));
  console.log(formatReport(measured));
  expect(measured.files.some((f) => /^assets\/index-.*\.js$/.test(f.file))).toBe(true);
  expect(measured.files.some((f) => f.file.endsWith('.css'))).toBe(true);
  expect(measured.totalGzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});
