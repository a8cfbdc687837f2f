/** A route table: method, path pattern, handler; and matching a request as Cobo answers a miss. */
import { methodNotAllowed, unknownRoute } from '../errors';

export type Handler = (ctx: {
  params: string[];
  query: URLSearchParams;
  body: unknown;
}) => Promise<[number, unknown]> | [number, unknown];

export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handler: Handler;
}

/** The route and its decoded path parameters; 405 when only the method is wrong, 404 when nothing matches. */
export function match(table: readonly Route[], method: string, path: string) {
  let pathMatched = false;
  for (const route of table) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method === method) return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
  }
  throw pathMatched ? methodNotAllowed() : unknownRoute();
}
