/** A schema problem in plain words: where and what, never the value itself (it may be a secret). */
interface Issues {
  readonly issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>;
}

/** The first problem of a failed parse, e.g. "threshold: Too big"; `whole` names the thing when the path is empty. */
export function describeIssues(error: Issues, whole = 'input'): string {
  const first = error.issues[0];
  if (!first) return `${whole}: not valid`;
  const where = first.path.length ? first.path.map(String).join('.') : whole;
  return `${where}: ${first.message}`;
}
