// Runs once before the e2e specs: finds Chromium, serves dist/ under a sub-path (the app
// must work from any static host and folder), and hands both to the specs via provide().
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.mjs';
import { findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served build, e.g. http://127.0.0.1:41234/courses/crm/loyalty-lab/ */
    baseUrl: string;
    chromiumPath: string;
    /** A temp folder the tests own (Chromium profiles, downloads). */
    tmpDir: string;
  }
}

/** Deliberately deep, so a stray absolute URL ('/assets/…') breaks a test. */
export const E2E_BASE_PATH = '/courses/crm/loyalty-lab/';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run test:e2e`, which builds first.');
  }
  const tmpDir = resolve(root, '.tmp/e2e');
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  process.env.TMPDIR = tmpDir; // workers start after this and inherit it (TOOLCHAIN pitfall 11)

  const chromiumPath = findChromium();
  const server = await serveStatic({ root: dist, base: E2E_BASE_PATH, port: 0 });
  console.log(`e2e: serving dist/ at ${server.url} with ${chromiumPath}`);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('tmpDir', tmpDir);
  return () => server.close();
}
