import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit and integration suite as Stryker runs it: in worker threads (Stryker's choice), keytar
// replaced by an in-memory map (see test/mutation/keytar-in-memory.ts), and without the tests that only
// exercise a built copy in another process or that change the process's D-Bus session: neither can see
// a mutant. Files stay isolated: Stryker's setup file, which switches the mutant on, must run for each.
export default mergeConfig(
  base,
  defineConfig({
    resolve: { alias: { keytar: path.resolve(__dirname, 'test/mutation/keytar-in-memory.ts') } },
    test: {
      env: { KC_TEST_WAIT_MS: '2500' },
      exclude: [
        '**/node_modules/**',
        'test/packaging/**',
        'test/main/journal/resume.test.ts',
        'test/main/keychain/keychain-locked.test.ts',
        'test/main/keychain/keychain-unavailable.test.ts',
      ],
    },
  }),
);
