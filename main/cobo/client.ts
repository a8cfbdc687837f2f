/**
 * Typed calls for every Cobo endpoint a ceremony needs. Every request is signed (sign.ts), sent only to
 * the chosen environment's origin, bounded by a timeout, and every answer is parsed with the spec's
 * schemas. Reads retry with jittered exponential backoff within a budget; creating POSTs never retry:
 * when their outcome is unknown they say so, and the ceremony runner reconciles.
 */
import type { z } from 'zod';
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
import {
  CreateKeyShareHolderGroupRequest,
  CreateTssRequestRequest,
  ErrorResponse,
  KeyShareHolderGroup,
  ListCoboKeyShareHoldersResponse,
  ListKeyShareHolderGroupsResponse,
  ListKeyShareHoldersResponse,
  ListMpcVaultsResponse,
  ListTssRequestsResponse,
  MPCVault,
  TSSRequest,
  type GroupType,
  type Pagination,
  type VaultType,
} from './schemas';
import type { QueryPairs, SignedRequest } from './sign';
import { exchange, parseRetryAfter, type RawResponse } from './transport';
import { describeIssues } from '../../common/describe-issues';

/** Signs one request. The keychain provides it, so the client never holds the secret. */
export type RequestSigner = (parts: {
  method: 'GET' | 'POST';
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

export interface PageQuery {
  readonly limit?: number;
  readonly before?: string;
  readonly after?: string;
}

const MAX_PAGES = 1_000;
const ID = /^[A-Za-z0-9_.:|-]{1,200}$/;

function segment(name: string, value: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw refusedToSend(
      `The ${name} "${String(value).slice(0, 60)}" is not a valid Cobo id.`,
      'Choose it again from the list.',
    );
  }
  return encodeURIComponent(value);
}

const pageQuery = (q: PageQuery = {}): Array<[string, string]> => {
  const pairs: Array<[string, string]> = [];
  if (q.limit !== undefined) pairs.push(['limit', String(q.limit)]);
  if (q.before) pairs.push(['before', q.before]);
  if (q.after) pairs.push(['after', q.after]);
  return pairs;
};

export function createCoboClient(options: CoboClientOptions) {
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

  function fullPath(path: string): string {
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
        `Refusing to send a request outside ${origin.origin}${basePath}.`,
        'This is a bug in the app; report it.',
      );
    }
    return full;
  }

  async function once(
    method: 'GET' | 'POST',
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
      const outcome = unknownOutcome(origin.host, `Cobo answered HTTP ${response.status}`);
      return new CoboApiError(outcome.code, `${outcome.message} ${error.message}`, outcome.hint, {
        ...outcome.details,
        httpStatus: response.status,
        coboCode: error.details.coboCode,
        errorId: error.details.errorId,
      });
    }
    return error;
  }

  function parseBody<S extends z.ZodType>(response: RawResponse, schema: S, isPost: boolean): z.output<S> {
    let json: unknown;
    try {
      json = JSON.parse(response.text);
    } catch {
      if (isPost)
        throw unknownOutcome(origin.host, 'Cobo accepted the request but its answer could not be read');
      throw protocolError('the answer is not valid JSON (it may have been cut off)', true);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      if (isPost)
        throw unknownOutcome(
          origin.host,
          `Cobo accepted the request but its answer was unexpected (${describeIssues(parsed.error, 'answer')})`,
        );
      throw protocolError(describeIssues(parsed.error, 'answer'), false);
    }
    return parsed.data;
  }

  async function get<S extends z.ZodType>(path: string, query: QueryPairs, schema: S): Promise<z.output<S>> {
    const full = fullPath(path);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      let failure: CoboApiError;
      try {
        const response = await once('GET', full, query, '');
        if (response.status >= 200 && response.status < 300) return parseBody(response, schema, false);
        if (response.status >= 300 && response.status < 400)
          throw protocolError(`a redirect (HTTP ${response.status}), which the app does not follow`, false);
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

  /** POSTs are sent once. Whatever happens, the caller learns whether it surely failed or may have worked. */
  async function post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    const full = fullPath(path);
    const text = body === undefined ? '' : JSON.stringify(body);
    const response = await once('POST', full, [], text);
    if (response.status >= 200 && response.status < 300) return parseBody(response, schema, true);
    if (response.status >= 300 && response.status < 400) {
      throw unknownOutcome(origin.host, `Cobo answered with a redirect (HTTP ${response.status})`);
    }
    throw toError(response, true);
  }

  function validated<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new AppError(
        'cobo.invalid_request_body',
        `The ${what} was not sent: ${describeIssues(parsed.error, 'answer')}.`,
        'Correct the choice on this screen and try again.',
      );
    }
    return parsed.data;
  }

  /** Follows `after` cursors to the end; stops on an empty page or cursor, refuses a cursor loop. */
  async function all<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let after: string | undefined;
    for (let n = 0; n < MAX_PAGES; n++) {
      const page = await fetchPage(after);
      items.push(...page.data);
      const next = page.pagination.after;
      if (!next || page.data.length === 0) return items;
      if (seen.has(next)) throw protocolError('a page cursor that repeats', false);
      seen.add(next);
      after = next;
    }
    throw protocolError(`more than ${MAX_PAGES} pages`, false);
  }

  const vaultPath = (vaultId: string) => `/wallets/mpc/vaults/${segment('vault id', vaultId)}`;

  const client = {
    get lastClockSkewMs() {
      return lastClockSkewMs;
    },
    get lastLatencyMs() {
      return lastLatencyMs;
    },
    origin: origin.origin,

    listMpcVaults: async (q: { vault_type: VaultType; project_id?: string } & PageQuery) =>
      get(
        '/wallets/mpc/vaults',
        [
          ['vault_type', q.vault_type],
          ...(q.project_id ? [['project_id', q.project_id] as [string, string]] : []),
          ...pageQuery(q),
        ],
        ListMpcVaultsResponse,
      ),
    listAllMpcVaults: async (vaultType: VaultType, projectId?: string) =>
      all((after) =>
        client.listMpcVaults({ vault_type: vaultType, project_id: projectId, limit: 50, after }),
      ),
    getMpcVault: async (vaultId: string) => get(vaultPath(vaultId), [], MPCVault),

    listCoboKeyShareHolders: async () =>
      get('/wallets/mpc/cobo_key_share_holders', [], ListCoboKeyShareHoldersResponse),

    listKeyShareHolderGroups: async (
      vaultId: string,
      q: { key_share_holder_group_type?: GroupType } & PageQuery = {},
    ) =>
      get(
        `${vaultPath(vaultId)}/key_share_holder_groups`,
        [
          ...(q.key_share_holder_group_type
            ? [['key_share_holder_group_type', q.key_share_holder_group_type] as [string, string]]
            : []),
          ...pageQuery(q),
        ],
        ListKeyShareHolderGroupsResponse,
      ),
    listAllKeyShareHolderGroups: async (vaultId: string, type?: GroupType) =>
      all((after) =>
        client.listKeyShareHolderGroups(vaultId, { key_share_holder_group_type: type, limit: 50, after }),
      ),
    getKeyShareHolderGroup: async (vaultId: string, groupId: string) =>
      get(
        `${vaultPath(vaultId)}/key_share_holder_groups/${segment('group id', groupId)}`,
        [],
        KeyShareHolderGroup,
      ),
    /** The body is checked against the spec's schema (a Create…Request) before it leaves; a wrong one is refused unsent. */
    createKeyShareHolderGroup: async (vaultId: string, body: unknown) =>
      post(
        `${vaultPath(vaultId)}/key_share_holder_groups`,
        validated(CreateKeyShareHolderGroupRequest, body, 'new key share holder group'),
        KeyShareHolderGroup,
      ),

    listKeyShareHolders: async (
      vaultId: string,
      q: { key_share_holder_group_ids?: string[] } & PageQuery = {},
    ) =>
      get(
        `${vaultPath(vaultId)}/key_share_holders`,
        [
          ...(q.key_share_holder_group_ids?.length
            ? [['key_share_holder_group_ids', q.key_share_holder_group_ids.join(',')] as [string, string]]
            : []),
          ...pageQuery(q),
        ],
        ListKeyShareHoldersResponse,
      ),
    listAllKeyShareHolders: async (vaultId: string, groupIds?: string[]) =>
      all((after) =>
        client.listKeyShareHolders(vaultId, { key_share_holder_group_ids: groupIds, limit: 50, after }),
      ),

    /** The body is checked against the spec's schema (a Create…Request) before it leaves; a wrong one is refused unsent. */
    createTssRequest: async (vaultId: string, body: unknown) =>
      post(
        `${vaultPath(vaultId)}/tss_requests`,
        validated(CreateTssRequestRequest, body, 'TSS request'),
        TSSRequest,
      ),
    listTssRequests: async (vaultId: string, q: { key_share_holder_group_id: string } & PageQuery) =>
      get(
        `${vaultPath(vaultId)}/tss_requests`,
        [['key_share_holder_group_id', q.key_share_holder_group_id], ...pageQuery(q)],
        ListTssRequestsResponse,
      ),
    listAllTssRequests: async (vaultId: string, groupId: string) =>
      all((after) =>
        client.listTssRequests(vaultId, { key_share_holder_group_id: groupId, limit: 50, after }),
      ),
    getTssRequest: async (vaultId: string, requestId: string) =>
      get(`${vaultPath(vaultId)}/tss_requests/${segment('TSS request id', requestId)}`, [], TSSRequest),
    cancelTssRequest: async (vaultId: string, requestId: string) =>
      post(
        `${vaultPath(vaultId)}/tss_requests/${segment('TSS request id', requestId)}/cancel`,
        undefined,
        TSSRequest,
      ),
  };
  return client;
}

export type CoboClient = ReturnType<typeof createCoboClient>;
