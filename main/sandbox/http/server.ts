/**
 * The sandbox's HTTP face on 127.0.0.1: Cobo's MPC endpoints under /v2 (same paths, bodies, errors and
 * authentication as Cobo: ./authentication.ts, ./cobo-routes.ts), and a control API under /sandbox/
 * protected by a token (./control-routes.ts). Injected faults break answers (./fault-responses.ts).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { z } from 'zod';
import { describeIssues } from '../../../common/describe-issues';
import { answerClientErrors, closeServer, listenOnLoopback, readBody, sendJson } from '../../http/loopback';
import type { Engine } from '../engine';
import { invalidParameter, SandboxError, unknownRoute } from '../errors';
import type { Faults } from '../faults';
import { createAuthenticator } from './authentication';
import { coboRoutes } from './cobo-routes';
import { controlRoutes, type RequestCounts } from './control-routes';
import { respondWithFault } from './fault-responses';
import { match } from './routes';

export { NONCE_WINDOW_MS } from './authentication';
const MAX_BODY = 1024 * 1024;
/** The names a client of this loopback server sends as Host (with or without a port). */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const loopbackHost = (host: string): boolean =>
  LOOPBACK_NAMES.has(host.replace(/:\d{1,5}$/, '').toLowerCase());

export interface SandboxServerOptions {
  readonly engine: Engine;
  readonly faults: Faults;
  readonly port?: number;
  readonly controlToken?: string;
  readonly now?: () => number;
  /** How long a request's headers, and the whole request, may take to arrive (tests shorten them). */
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

async function bodyText(req: http.IncomingMessage): Promise<string> {
  const bytes = await readBody(req, MAX_BODY);
  if (bytes === null) throw invalidParameter('request body too large');
  return bytes.toString('utf8');
}

export async function startSandboxServer(options: SandboxServerOptions) {
  const { engine, faults } = options;
  const controlToken = options.controlToken ?? randomBytes(24).toString('base64url');
  const auth = createAuthenticator(engine.isKnownApiKey, options.now ?? Date.now);
  const counts: RequestCounts = { requests: new Map(), statusReads: new Map() };
  const routes = coboRoutes(engine);
  const control = controlRoutes(engine, faults, counts);

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, rawQuery: string) {
    auth.precheck(req);
    const body = await bodyText(req);
    const apiKey = await auth.check(req, url.pathname, rawQuery, body);
    count(counts.requests, apiKey);
    const apiPath = url.pathname.slice('/v2'.length);
    const method = req.method ?? 'GET';
    const fault = faults.take(method, apiPath);
    // Errors and resets can strike before the request is handled; slow or broken bodies need an answer to break.
    if (
      fault?.phase === 'before' &&
      (fault.kind === 'http_error' || fault.kind === 'rate_limit' || fault.kind === 'reset')
    )
      return respondWithFault(res, fault, 500, {});
    const { route, params } = match(routes, method, apiPath);
    if (method === 'GET' && /\/tss_requests\/[^/]+$/.test(apiPath)) count(counts.statusReads, apiKey);
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
    sendJson(res, status, answer);
  }

  async function handleControl(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    // Exactly "Bearer <token>": a bare token, another scheme or a query parameter is refused.
    const header = req.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '');
    const expected = Buffer.from(controlToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return sendJson(res, 401, {
        error: 'The sandbox control API needs "Authorization: Bearer <control token>".',
      });
    }
    const text = await bodyText(req);
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return sendJson(res, 400, { error: 'The body is not valid JSON.' });
    }
    try {
      const { route, params } = match(control, req.method ?? 'GET', url.pathname.slice('/sandbox'.length));
      const [status, answer] = await route.handler({ params, query: url.searchParams, body });
      sendJson(res, status, answer);
    } catch (error) {
      if (error instanceof z.ZodError) return sendJson(res, 400, { error: describeIssues(error, 'body') });
      throw error;
    }
  }

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  // Limits of its own, whoever starts it: a client that trickles headers or a body is cut off.
  const limits = {
    headersTimeout,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  };
  const server = http.createServer(limits, (req, res) => {
    // DNS rebinding defence: only loopback names (any port: a local proxy in front keeps its own).
    if (!loopbackHost(req.headers.host ?? ''))
      return sendJson(res, 421, {
        error: 'Misdirected request: this sandbox answers only to 127.0.0.1 or localhost.',
      });
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
      if (error instanceof SandboxError) return sendJson(res, error.httpStatus, error.body());
      if (error instanceof Error && /a fault needs/.test(error.message))
        return sendJson(res, 400, { error: error.message });
      sendJson(res, 500, new SandboxError(500, 2000, 'Internal error').body());
    });
  });

  answerClientErrors(server, (error) => {
    const refusal =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new SandboxError(431, 2006, 'Invalid parameter: the request line and headers exceed 16 KiB')
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? new SandboxError(408, 2006, 'Invalid parameter: the request did not arrive in time')
          : new SandboxError(400, 2006, 'Invalid parameter: the request is not valid HTTP');
    return { status: refusal.httpStatus, body: refusal.body() };
  });

  const port = await listenOnLoopback(server, options.port);
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}/v2`,
    controlUrl: `http://127.0.0.1:${port}/sandbox`,
    controlToken,
    close: () => {
      auth.stop();
      return closeServer(server);
    },
  };
}
