import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
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
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/setup/renderer.ts'],
        },
      },
    ],
  },
});
