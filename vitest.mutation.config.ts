import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit and integration suite as Stryker runs it (one worker thread per runner, not a process per
// file): without the tests that only exercise a built copy in another process (they cannot see a
// mutant), and without the two that change the process's D-Bus session, which in a shared process
// would cut every later keychain test off from the Secret Service.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Stryker runs tests in worker threads. keytar's libsecret may be loaded once per process: a
      // fresh worker per file would load it again and hang on GLib's type registry. One shared worker.
      isolate: false,
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
