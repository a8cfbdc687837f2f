// Mutation testing of the code where a silent bug hurts most: `npm run test:mutation` (not part of
// `npm test`). Each folder is its own run with its own incremental file (committed), so a rerun after
// a small change only tests the mutants it touches, and one folder can be run alone:
// `npm run test:mutation -- journal`. See scripts/mutation.mjs.
const GROUPS = {
  cobo: ['main/cobo/**/*.ts'],
  ceremony: ['main/ceremony/**/*.ts', 'common/ceremony/**/*.ts'],
  journal: ['main/journal/**/*.ts'],
  dispatch: ['main/ipc/dispatch.ts'],
  'browser-host': ['main/browser-host/**/*.ts'],
  'secret-input': ['main/profiles/secret-input.ts'],
  // The recovery drill: reading, opening and proving recovery files (issue #30).
  'recovery-kit': [
    'common/recovery-kit/**/*.ts',
    'main/recovery-kit/**/*.ts',
    'main/ceremony/recovery-drill.ts',
    'common/ceremony/drills.ts',
  ],
  renderer: [
    'renderer/src/steps/ReviewStep.tsx',
    'renderer/src/components/RootKeyPanel.tsx',
    'renderer/src/components/KeyText.tsx',
    'renderer/src/components/read-aloud.ts',
  ],
};
const group = process.env.KC_MUTATION_GROUP ?? 'cobo';
// KC_MUTATE=file[,file…] narrows a run to some files while working on their tests (its results are not kept).
const only = process.env.KC_MUTATE?.split(',');
if (!only && !GROUPS[group])
  throw new Error(`unknown mutation group ${group}: one of ${Object.keys(GROUPS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: zod schemas, message tables) would each need the whole
  // suite, ~97 % of the run's time on 2 cores. They are left out of the score; the spec drift tests
  // and the contract tests hold those tables instead.
  ignoreStatic: true,
  mutate: only ?? GROUPS[group],
  // out/ is kept: a few tests run the built CLI (not mutated, but they must pass in the dry run).
  ignorePatterns: ['dist', 'test-artifacts', 'tools', '.stryker-tmp', '.stryker-scratch', 'reports'],
  incremental: true,
  incrementalFile: only
    ? '.stryker-scratch/scratch.incremental.json'
    : `test/mutation/${group}.incremental.json`,
  concurrency: 2,
  // A mutant that stalls a ceremony is caught by the tests' own (shortened) waits; these bound the rest.
  timeoutMS: 4_000,
  timeoutFactor: 1.25,
  reporters: ['progress', 'clear-text', 'json', 'html'],
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  jsonReporter: { fileName: `test-artifacts/mutation/${only ? 'scratch' : group}.json` },
  htmlReporter: { fileName: `test-artifacts/mutation/${only ? 'scratch' : group}.html` },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: only ? '.stryker-scratch' : '.stryker-tmp',
  cleanTempDir: 'always',
};
