/**
 * A set-up that runs once per file, inside the first test's beforeEach rather than in beforeAll.
 * Mutation testing attributes code run in beforeAll to no test at all, so a mutant there would go
 * untested; in beforeEach it belongs to the test that needed it, which then fails as it should.
 */
export function once(setUp: () => Promise<void> | void): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= Promise.resolve().then(setUp));
}
