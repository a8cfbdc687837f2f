import { defineConfig } from 'vitest/config';

// End-to-end tests drive the browser host in Debian's Chromium, one file at a time, each with a fresh
// data folder. They need `npm run build` first (scripts/test-all.mjs does it).
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
