import { defineConfig } from 'vitest/config';

// Benchmarks (npm run bench): one file at a time so they do not disturb each other's figures.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['test/bench/**/*.bench.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
