import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { within } from './test/helpers/patience';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    expect: { poll: { timeout: within(1_000) } },
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: [
            'test/common/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/preload/**/*.test.ts',
            'test/packaging/**/*.test.ts',
          ],
          setupFiles: ['test/setup/electron.ts'],
          // Outer limits, generous so a busy machine passes (test/helpers/patience.ts).
          testTimeout: within(30_000),
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/setup/renderer.ts'],
          // Vitest's idle five seconds, times the patience, like the waits inside (test/setup/renderer.ts).
          testTimeout: within(5_000),
        },
      },
    ],
  },
});
