/** A route table: method, path pattern, handler; and matching a request as Cobo answers a miss. */
import { invalidParameter, methodNotAllowed, unknownRoute } from '../errors';

export type Handler = (ctx: {
  params: string[];
  query: URLSearchParams;
  body: unknown;
}) => Promise<[number, unknown]> | [number, unknown];

export interface Route {
  /** The spec's operationId, for the Cobo routes. */
  readonly operationId?: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly handler: Handler;
}

/** A path segment, percent-decoded; a malformed escape is the caller's error (2006), not ours. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalidParameter(`the path segment "${segment.slice(0, 60)}" is not valid percent-encoding`);
  }
}

/** The route and its decoded path parameters; 405 when only the method is wrong, 404 when nothing matches. */
export function match(table: readonly Route[], method: string, path: string) {
  let pathMatched = false;
  for (const route of table) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method === method) return { route, params: m.slice(1).map(decodeSegment) };
  }
  throw pathMatched ? methodNotAllowed() : unknownRoute();
}
