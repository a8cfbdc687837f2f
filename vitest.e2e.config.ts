import { defineConfig } from 'vitest/config';
import { within } from './test/helpers/patience';

// End-to-end tests drive the browser host in Debian's Chromium, one file at a time, each with a fresh
// data folder. They need `npm run build` first (scripts/test-all.mjs does it).
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    // Outer limits, generous so a busy machine passes (test/helpers/patience.ts).
    testTimeout: within(75_000),
    hookTimeout: within(45_000),
    expect: { poll: { timeout: within(1_000) } },
  },
});
