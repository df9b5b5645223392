// Vitest config for the end-to-end specs (npm run test:e2e, after a build): real Chromium
// against dist/ served under a sub-path. One file at a time: the machine may have 2 cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A hung browser should fail the run, not hold CI until its own timeout.
    teardownTimeout: 30_000,
  },
});
