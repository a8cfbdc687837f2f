// Mutation testing of the code where a silent bug hurts most: `npm run test:mutation` (not part of
// `npm test`). Incremental: only mutants in changed code, or covered by changed tests, run again; the
// incremental file is committed so a rerun after a small change takes minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'main/cobo/**/*.ts',
    'main/ceremony/**/*.ts',
    'main/journal/**/*.ts',
    'main/ipc/dispatch.ts',
    'main/browser-host/**/*.ts',
    'main/keychain/secret-input.ts',
    'renderer/src/steps/ReviewStep.tsx',
    'renderer/src/components/RootKeyPanel.tsx',
    'renderer/src/components/KeyText.tsx',
  ],
  // out/ is kept: a few tests run the built CLI (not mutated, but they must pass in the dry run).
  ignorePatterns: ['dist', 'test-artifacts', 'tools', '.stryker-tmp', 'reports'],
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 15_000,
  reporters: ['progress', 'clear-text', 'json', 'html'],
  jsonReporter: { fileName: 'test-artifacts/mutation/mutation.json' },
  htmlReporter: { fileName: 'test-artifacts/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
