/**
 * The sandbox's HTTP face on 127.0.0.1: Cobo's MPC endpoints under /v2 (same paths, bodies, errors and
 * authentication as Cobo), and a control API under /sandbox/ protected by a token.
 *
 * Authentication is checked exactly as Cobo does it, with the app's own signing module: the three
 * headers, a registered API key, a millisecond nonce within ±5 minutes of our clock, not used before
 * by that key and not older than this server's start, and an Ed25519 signature over the request as
 * signed (see queryCandidates for the query).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  HEADER_API_KEY,
  HEADER_NONCE,
  HEADER_SIGNATURE,
  queryCandidates,
  verifyRequestAsync,
} from '../cobo/sign';
import type { Engine } from './engine';
import {
  badSignature,
  headersMissing,
  invalidParameter,
  methodNotAllowed,
  missingParameter,
  SandboxError,
  unknownApiKey,
  unknownRoute,
} from './errors';
import type { Faults, FaultSpec } from './faults';
import { paginate } from './pagination';
import { describeIssues } from '../../common/describe-issues';

export const NONCE_WINDOW_MS = 5 * 60_000;
const MAX_BODY = 1024 * 1024;

export interface SandboxServerOptions {
  readonly engine: Engine;
  readonly faults: Faults;
  readonly port?: number;
  readonly controlToken?: string;
  readonly now?: () => number;
}

type Handler = (ctx: {
  params: string[];
  query: URLSearchParams;
  body: unknown;
}) => Promise<[number, unknown]> | [number, unknown];

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(invalidParameter('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startSandboxServer(options: SandboxServerOptions) {
  const { engine, faults } = options;
  const now = options.now ?? Date.now;
  const controlToken = options.controlToken ?? randomBytes(24).toString('base64url');
  const seenNonces = new Map<string, number>();
  // The nonces seen are kept in memory only; refusing every nonce older than this start closes the
  // gap a restart would open (a request captured before it, replayed within the window after it).
  const startedAt = now();
  /** Authenticated API requests by API key, for benchmarks and rehearsal scripts (GET /sandbox/state). */
  const requestsByKey = new Map<string, number>();
  /** Of those, the reads of a single TSS request: what following a ceremony's status costs. */
  const statusReadsByKey = new Map<string, number>();

  const pruneNonces = setInterval(() => {
    const limit = now() - NONCE_WINDOW_MS;
    for (const [k, t] of seenNonces) if (t < limit) seenNonces.delete(k);
  }, 30_000);
  pruneNonces.unref();

  async function authenticate(req: http.IncomingMessage, path: string, rawQuery: string, body: string) {
    const header = (name: string) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    const apiKey = header(HEADER_API_KEY);
    const nonce = header(HEADER_NONCE);
    const signature = header(HEADER_SIGNATURE);
    const missing = [
      [HEADER_API_KEY, apiKey],
      [HEADER_NONCE, nonce],
      [HEADER_SIGNATURE, signature],
    ]
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length || !apiKey || !nonce || !signature) throw headersMissing(missing.join(', '));
    if (!engine.isKnownApiKey(apiKey.toLowerCase())) throw unknownApiKey();
    if (!/^\d{13}$/.test(nonce)) throw badSignature('BIZ-API-NONCE must be the Unix time in milliseconds');
    if (Math.abs(Number(nonce) - now()) > NONCE_WINDOW_MS) {
      throw badSignature(`nonce is outside ±${NONCE_WINDOW_MS / 1000} s of the server time; check the clock`);
    }
    if (Number(nonce) < startedAt) {
      throw badSignature(
        'nonce is older than this sandbox’s start: a request signed before a restart is not accepted after it; sign the request again',
      );
    }
    const replayKey = `${apiKey.toLowerCase()}:${nonce}`;
    if (seenNonces.has(replayKey)) throw badSignature('nonce already used');
    // Hold the nonce while its signature is checked, so the same request sent twice at once is refused.
    seenNonces.set(replayKey, Number(nonce));
    let ok = false;
    for (const queryString of queryCandidates(rawQuery)) {
      if (
        await verifyRequestAsync({
          apiKey,
          signature,
          method: req.method ?? '',
          path,
          nonce,
          queryString,
          body,
        })
      ) {
        ok = true;
        break;
      }
    }
    if (!ok) {
      seenNonces.delete(replayKey);
      throw badSignature('signature does not match the request');
    }
    requestsByKey.set(apiKey.toLowerCase(), (requestsByKey.get(apiKey.toLowerCase()) ?? 0) + 1);
  }

  const V = '/wallets/mpc/vaults/([^/]+)';
  const routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
    {
      method: 'GET',
      pattern: /^\/wallets\/mpc\/vaults$/,
      handler: ({ query }) => {
        const type = query.get('vault_type');
        if (!type) throw missingParameter('vault_type');
        if (type !== 'Org-Controlled' && type !== 'User-Controlled') throw invalidParameter('vault_type');
        return [200, paginate(engine.listVaults(type, query.get('project_id') ?? undefined), query)];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${V}$`),
      handler: ({ params }) => [200, engine.getVault(params[0] ?? '')],
    },
    {
      method: 'GET',
      pattern: /^\/wallets\/mpc\/cobo_key_share_holders$/,
      handler: () => [200, engine.coboNodes()],
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holder_groups$`),
      handler: ({ params, query }) => {
        const type = query.get('key_share_holder_group_type') ?? undefined;
        if (type && !['MainGroup', 'SigningGroup', 'RecoveryGroup'].includes(type))
          throw invalidParameter('key_share_holder_group_type');
        return [200, paginate(engine.listGroups(params[0] ?? '', type), query)];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${V}/key_share_holder_groups$`),
      handler: async ({ params, body }) => [201, await engine.createGroup(params[0] ?? '', body)],
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holder_groups/([^/]+)$`),
      handler: ({ params }) => [200, engine.getGroup(params[0] ?? '', params[1] ?? '')],
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holders$`),
      handler: ({ params, query }) => {
        const ids = query.get('key_share_holder_group_ids');
        return [
          200,
          paginate(
            engine.listHolders(params[0] ?? '', ids ? ids.split(',').filter(Boolean) : undefined),
            query,
          ),
        ];
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${V}/tss_requests$`),
      handler: ({ params, query }) => {
        const groupId = query.get('key_share_holder_group_id');
        if (!groupId) throw missingParameter('key_share_holder_group_id');
        return [200, paginate(engine.listTss(params[0] ?? '', groupId), query)];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${V}/tss_requests$`),
      handler: async ({ params, body }) => [201, await engine.createTss(params[0] ?? '', body)],
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${V}/tss_requests/([^/]+)$`),
      handler: ({ params }) => [200, engine.getTss(params[0] ?? '', params[1] ?? '')],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${V}/tss_requests/([^/]+)/cancel$`),
      handler: async ({ params }) => [201, await engine.cancelTss(params[0] ?? '', params[1] ?? '')],
    },
  ];

  const Decision = z.strictObject({ tss_request_id: z.string(), decision: z.enum(['approve', 'reject']) });
  const Online = z.strictObject({ online: z.boolean() });
  const Settings = z.strictObject({
    auto_approve_ms: z.number().int().min(0).max(600_000).optional(),
    step_ms: z.number().int().min(0).max(600_000).optional(),
    manual_approval: z.boolean().optional(),
  });
  const N = '/holders/([^/]+)';
  const control: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
    {
      method: 'GET',
      pattern: /^\/state$/,
      handler: () => [
        200,
        {
          holders: engine.holderView(),
          settings: engine.settings,
          faults: faults.list(),
          api_requests: Object.fromEntries(requestsByKey),
          tss_request_reads: Object.fromEntries(statusReadsByKey),
          requests: engine.state.requests.map((r) => ({
            tss_request_id: r.tss_request_id,
            type: r.type,
            status: r.status,
            target: r.target_key_share_holder_group_id,
          })),
        },
      ],
    },
    {
      method: 'GET',
      pattern: /^\/requests\/([^/]+)$/,
      handler: ({ params }) => [200, engine.requestDetail(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: /^\/api-keys$/,
      handler: async ({ body }) => {
        const key = z
          .strictObject({ api_key: z.string().regex(/^[0-9a-fA-F]{64}$/) })
          .parse(body)
          .api_key.toLowerCase();
        await engine.registerApiKey(key);
        return [201, { registered: key }];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/decision$`),
      handler: async ({ params, body }) => {
        const d = Decision.parse(body);
        return [201, await engine.decide(params[0] ?? '', d.tss_request_id, d.decision)];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/online$`),
      handler: async ({ params, body }) => [
        201,
        await engine.setOnline(params[0] ?? '', Online.parse(body).online),
      ],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/lose-phone$`),
      handler: async ({ params }) => [201, await engine.losePhone(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: /^\/settings$/,
      handler: ({ body }) => {
        const s = Settings.parse(body);
        if (s.auto_approve_ms !== undefined) engine.settings.autoApproveMs = s.auto_approve_ms;
        if (s.step_ms !== undefined) engine.settings.stepMs = s.step_ms;
        if (s.manual_approval !== undefined) engine.settings.manualApproval = s.manual_approval;
        return [201, engine.settings];
      },
    },
    { method: 'POST', pattern: /^\/faults$/, handler: ({ body }) => [201, faults.add(body)] },
    {
      method: 'DELETE',
      pattern: /^\/faults$/,
      handler: () => {
        faults.clear();
        return [200, { cleared: true }];
      },
    },
    {
      method: 'POST',
      pattern: /^\/keygen-failures$/,
      handler: ({ body }) => {
        const { count } = z.strictObject({ count: z.number().int().min(0).max(100) }).parse(body);
        engine.failNextKeyGenerations(count);
        return [201, { count }];
      },
    },
  ];

  function match(table: typeof routes, method: string, path: string) {
    let pathMatched = false;
    for (const route of table) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method === method) return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
    }
    throw pathMatched ? methodNotAllowed() : unknownRoute();
  }

  async function respondWithFault(res: http.ServerResponse, fault: FaultSpec, status: number, body: unknown) {
    const text = JSON.stringify(body);
    switch (fault.kind) {
      case 'latency':
        await sleep(fault.latency_ms);
        return send(res, status, body);
      case 'http_error':
        return send(
          res,
          fault.status,
          new SandboxError(fault.status, 2000, 'Internal error (injected fault)').body(),
        );
      case 'rate_limit':
        res.writeHead(429, {
          'Content-Type': 'application/json',
          'Retry-After': String(fault.retry_after_s),
        });
        return void res.end(
          JSON.stringify(new SandboxError(429, 2010, 'Rate limit exceeded (injected fault)').body()),
        );
      case 'reset':
        return void res.socket?.destroy();
      case 'truncated_json':
        res.writeHead(status, { 'Content-Type': 'application/json' });
        return void res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      case 'malformed_json':
        res.writeHead(status, { 'Content-Type': 'application/json' });
        return void res.end(`{"data": [${text}`);
      case 'slow_body': {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        const step = Math.max(1, Math.ceil(text.length / 10));
        for (let i = 0; i < text.length; i += step) {
          if (res.destroyed) return;
          res.write(text.slice(i, i + step));
          await sleep(fault.latency_ms / 10);
        }
        return void res.end();
      }
    }
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, rawQuery: string) {
    const bodyBytes = await readBody(req);
    const body = bodyBytes.toString('utf8');
    await authenticate(req, url.pathname, rawQuery, body);
    const apiPath = url.pathname.slice('/v2'.length);
    const method = req.method ?? 'GET';
    const fault = faults.take(method, apiPath);
    // Errors and resets can strike before the request is handled; slow or broken bodies need an answer to break.
    if (
      fault &&
      fault.phase === 'before' &&
      (fault.kind === 'http_error' || fault.kind === 'rate_limit' || fault.kind === 'reset')
    ) {
      return respondWithFault(res, fault, 500, {});
    }
    const { route, params } = match(routes, method, apiPath);
    if (method === 'GET' && /\/tss_requests\/[^/]+$/.test(apiPath)) {
      const key = String(req.headers['biz-api-key']).toLowerCase();
      statusReadsByKey.set(key, (statusReadsByKey.get(key) ?? 0) + 1);
    }
    let parsed: unknown = undefined;
    if (body.length) {
      try {
        parsed = JSON.parse(body);
      } catch {
        throw invalidParameter('the request body is not valid JSON');
      }
    }
    const [status, answer] = await route.handler({ params, query: url.searchParams, body: parsed });
    if (fault) return respondWithFault(res, fault, status, answer);
    send(res, status, answer);
  }

  async function handleControl(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const auth = req.headers.authorization ?? '';
    const given = Buffer.from(auth.replace(/^Bearer /, ''));
    const expected = Buffer.from(controlToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return send(res, 401, {
        error: 'The sandbox control API needs "Authorization: Bearer <control token>".',
      });
    }
    const text = (await readBody(req)).toString('utf8');
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return send(res, 400, { error: 'The body is not valid JSON.' });
    }
    try {
      const { route, params } = match(control, req.method ?? 'GET', url.pathname.slice('/sandbox'.length));
      const [status, answer] = await route.handler({ params, query: url.searchParams, body });
      send(res, status, answer);
    } catch (error) {
      if (error instanceof z.ZodError) return send(res, 400, { error: describeIssues(error, 'body') });
      throw error;
    }
  }

  const server = http.createServer((req, res) => {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const rawQuery = q === -1 ? '' : raw.slice(q + 1);
    const url = new URL(raw, 'http://127.0.0.1');
    const work = url.pathname.startsWith('/sandbox/')
      ? handleControl(req, res, url)
      : url.pathname === '/v2' || url.pathname.startsWith('/v2/')
        ? handleApi(req, res, url, rawQuery)
        : Promise.reject(unknownRoute());
    work.catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (error instanceof SandboxError) return send(res, error.httpStatus, error.body());
      if (error instanceof Error && /a fault needs/.test(error.message))
        return send(res, 400, { error: error.message });
      send(res, 500, new SandboxError(500, 2000, 'Internal error').body());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    baseUrl: `http://127.0.0.1:${port}/v2`,
    controlUrl: `http://127.0.0.1:${port}/sandbox`,
    controlToken,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(pruneNonces);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type SandboxServer = Awaited<ReturnType<typeof startSandboxServer>>;
