/** Checking a create body as Cobo does: a missing required field is 2003, anything else wrong is 2006. */
import { describeIssues } from '../../../common/describe-issues';
import { invalidParameter, missingParameter } from '../errors';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function requireFields(body: unknown, fields: string[]): Record<string, unknown> {
  if (!isObject(body)) throw invalidParameter('the request body must be a JSON object');
  for (const f of fields) if (body[f] === undefined || body[f] === null) throw missingParameter(f);
  return body;
}

interface Schema<T> {
  safeParse(v: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: Array<{ path: PropertyKey[]; message: string; code?: string }> };
      };
}

/** The value at a path of the raw body, or undefined where the path leads nowhere. */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function parseWith<T>(schema: Schema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  // A required field that is absent (or null), at any depth, is "missing" (2003), as at the top level.
  const absent = parsed.error.issues.find(
    (issue) => issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(body, issue.path) == null,
  );
  if (absent) throw missingParameter(absent.path.map(String).join('.'));
  throw invalidParameter(describeIssues(parsed.error, 'body'));
}
