/**
 * How the client talks to Cobo: every request is signed (sign.ts) and sent only to the chosen
 * environment's origin below its base path, bounded by a timeout, and every answer is parsed with the
 * spec's schemas. Reads retry with jittered exponential backoff within a budget; creating POSTs never
 * retry: when their outcome is unknown they say so, and the ceremony reconciles. Paging follows `after`
 * cursors to the end.
 */
import type { z } from 'zod';
import { describeIssuesSaid } from '../../common/describe-issues';
import { said, type MessageKey } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { parseBaseUrl } from './environments';
import {
  clockSkewError,
  CoboApiError,
  errorFromResponse,
  isCoboApiError,
  protocolError,
  refusedToSend,
  unknownOutcome,
} from './errors';
import { ErrorResponse, type Pagination } from './schemas';
import type { QueryPairs, SignedRequest } from './sign';
import { exchange, parseRetryAfter, type RawResponse } from './transport';

/** Signs one request. The keychain provides it, so the client never holds the secret. */
export type RequestSigner = (parts: {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query: QueryPairs;
  body: string;
}) => Promise<SignedRequest> | SignedRequest;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No retry starts after this much time has passed since the first attempt. */
  readonly budgetMs: number;
}

export interface CoboClientOptions {
  readonly baseUrl: string;
  readonly sign: RequestSigner;
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Beyond this, a clock difference is reported as the likely cause of an authentication failure. */
  readonly clockSkewLimitMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  budgetMs: 20_000,
};
export const DEFAULT_TIMEOUT_MS = 15_000;
export const CLOCK_SKEW_LIMIT_MS = 30_000;

export interface Page<T> {
  readonly data: T[];
  readonly pagination: Pagination;
}

const MAX_PAGES = 1_000;

/** The request target: always the base origin + /v2 + a path we built; anything else is refused. */
function fullPath(origin: URL, basePath: string, path: string): string {
  const full = basePath + path;
  // The request target is always base origin + /v2 + a path we built; anything else is refused.
  const target = new URL(full, origin);
  if (
    target.origin !== origin.origin ||
    !path.startsWith('/') ||
    path.includes('//') ||
    target.pathname !== full
  ) {
    throw refusedToSend(
      said('errorsMore.cobo.outsideBase', { base: `${origin.origin}${basePath}` }),
      said('errorsMore.cobo.bugHint'),
    );
  }
  return full;
}

/** An answer parsed with the spec's schema; for a POST, anything unreadable is an unknown outcome. */
function parseBody<S extends z.ZodType>(
  response: RawResponse,
  schema: S,
  isPost: boolean,
  host: string,
): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch {
    if (isPost) throw unknownOutcome(host, said('errorsMore.cobo.reason.answerUnreadable'));
    throw protocolError(said('errorsMore.cobo.what.notJson'), true);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    if (isPost)
      throw unknownOutcome(
        host,
        said('errorsMore.cobo.reason.answerUnexpected', {
          issues: describeIssuesSaid(parsed.error, 'answer'),
        }),
      );
    throw protocolError(describeIssuesSaid(parsed.error, 'answer'), false);
  }
  return parsed.data;
}

/** The body, checked against the spec's request schema; a wrong one is refused before it is sent, named by `what`. */
export function validated<S extends z.ZodType>(schema: S, body: unknown, what: MessageKey): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AppError(
      'cobo.invalid_request_body',
      said('errorsMore.cobo.invalidBody', { what: said(what), issues: describeIssuesSaid(parsed.error) }),
      said('errorsMore.cobo.invalidBodyHint'),
    );
  }
  return parsed.data;
}

/** Follows `after` cursors to the end; stops on an empty page or cursor, refuses a cursor loop. */
export async function all<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (let n = 0; n < MAX_PAGES; n++) {
    const page = await fetchPage(after);
    items.push(...page.data);
    const next = page.pagination.after;
    if (!next || page.data.length === 0) return items;
    if (seen.has(next)) throw protocolError(said('errorsMore.cobo.what.cursorRepeats'), false);
    seen.add(next);
    after = next;
  }
  throw protocolError(said('errorsMore.cobo.what.tooManyPages', { count: String(MAX_PAGES) }), false);
}

export function createHttpPolicy(options: CoboClientOptions) {
  const base = parseBaseUrl(options.baseUrl);
  const origin = new URL(base.origin);
  const basePath = base.pathname; // "/v2"
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const skewLimit = options.clockSkewLimitMs ?? CLOCK_SKEW_LIMIT_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  let lastClockSkewMs: number | null = null;
  let lastLatencyMs: number | null = null;

  async function once(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    query: QueryPairs,
    body: string,
  ): Promise<RawResponse> {
    const signed = await options.sign({ method, path, query, body });
    const response = await exchange(origin, { method, path, signed, body }, timeoutMs);
    if (response.clockSkewMs !== null) lastClockSkewMs = response.clockSkewMs;
    lastLatencyMs = response.latencyMs;
    return response;
  }

  function toError(response: RawResponse, isPost: boolean): CoboApiError {
    let body: z.output<typeof ErrorResponse> | null = null;
    try {
      const parsed = ErrorResponse.safeParse(JSON.parse(response.text));
      body = parsed.success ? parsed.data : null;
    } catch {
      body = null;
    }
    const error = errorFromResponse(response.status, body, parseRetryAfter(response.headers['retry-after']));
    if (error.details.kind === 'auth' && lastClockSkewMs !== null && Math.abs(lastClockSkewMs) > skewLimit) {
      return clockSkewError(lastClockSkewMs);
    }
    if (isPost && response.status >= 500) {
      const outcome = unknownOutcome(
        origin.host,
        said('errorsMore.cobo.reason.httpStatus', { status: String(response.status) }),
      );
      const both = said('errorsMore.cobo.unknownOutcomeAnd', {
        outcome: outcome.said.message,
        error: error.said.message,
      });
      return new CoboApiError(outcome.code, both, outcome.said.hint, {
        ...outcome.details,
        httpStatus: response.status,
        coboCode: error.details.coboCode,
        errorId: error.details.errorId,
      });
    }
    return error;
  }

  async function get<S extends z.ZodType>(path: string, query: QueryPairs, schema: S): Promise<z.output<S>> {
    const full = fullPath(origin, basePath, path);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      let failure: CoboApiError;
      try {
        const response = await once('GET', full, query, '');
        if (response.status >= 200 && response.status < 300)
          return parseBody(response, schema, false, origin.host);
        if (response.status >= 300 && response.status < 400)
          throw protocolError(
            said('errorsMore.cobo.what.redirect', { status: String(response.status) }),
            false,
          );
        failure = toError(response, false);
      } catch (error) {
        if (!isCoboApiError(error)) throw error;
        failure = error;
      }
      const elapsed = Date.now() - started;
      const backoff = random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.max(failure.details.retryAfterMs ?? 0, backoff);
      if (!failure.details.retryable || attempt >= retry.maxAttempts || elapsed + delay > retry.budgetMs)
        throw failure;
      await sleep(delay);
    }
  }

  /** POSTs (and the PUT that upgrades a group) are sent once. Whatever happens, the caller learns whether it surely failed or may have worked. */
  async function post<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    method: 'POST' | 'PUT' = 'POST',
  ): Promise<z.output<S>> {
    const full = fullPath(origin, basePath, path);
    const text = body === undefined ? '' : JSON.stringify(body);
    const response = await once(method, full, [], text);
    if (response.status >= 200 && response.status < 300)
      return parseBody(response, schema, true, origin.host);
    if (response.status >= 300 && response.status < 400) {
      throw unknownOutcome(
        origin.host,
        said('errorsMore.cobo.reason.redirect', { status: String(response.status) }),
      );
    }
    throw toError(response, true);
  }

  return {
    origin,
    get,
    post,
    get lastClockSkewMs() {
      return lastClockSkewMs;
    },
    get lastLatencyMs() {
      return lastLatencyMs;
    },
  };
}
