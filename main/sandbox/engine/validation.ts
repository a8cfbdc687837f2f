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
  safeParse(
    v: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

export function parseWith<T>(schema: Schema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidParameter(describeIssues(parsed.error, 'body'));
  return parsed.data;
}
