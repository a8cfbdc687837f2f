/**
 * The browser host's HTTP server: serves the built renderer on 127.0.0.1 and carries the contract over
 * HTTP (calls) and server-sent events (events) into the same dispatch as Electron's IPC.
 *
 * Who may talk to it: a browser that opened the printed URL with the per-run token, which the server
 * swaps for an HttpOnly, SameSite=Strict cookie. Every request must carry that cookie and our own Host;
 * every call must also come from our own Origin. Nothing outside the renderer folder is served.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { HTTP_CALL_PATH as CALL_PATH, HTTP_EVENTS_PATH as EVENTS_PATH } from '../../common/contract';
import { PAGE_SECURITY_HEADERS } from '../csp';
import { closeServer, listenOnLoopback, readBody, sendJson as sendJsonWith } from '../http/loopback';
import { contentTypeFor, resolveInside } from '../http/static-files';
import { SENDER_REFUSED, refusal, type Dispatch } from '../ipc/dispatch';
import type { EventHub } from '../ipc/event-hub';
import { log } from '../log';

export const TOKEN_PARAM = 'kc_token';
const COOKIE = 'kc_session';
export const BRIDGE_PATH = '/__kc/bridge.js';
const MAX_BODY = 1024 * 1024;

export interface BrowserHostOptions {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly rendererDir: string;
  readonly bridgeScript: string;
  readonly port?: number;
  /** Fixed only by tests; otherwise 32 random bytes per run. */
  readonly token?: string;
}

export interface BrowserHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } as const;
const sendJson = (res: http.ServerResponse, status: number, body: unknown) =>
  sendJsonWith(res, status, body, NO_STORE);

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...PAGE_SECURITY_HEADERS,
  });
  res.end(text);
}

/** The call's input from its body `{"input": …}`; null for anything else. */
function callInput(body: Buffer | null): { input: unknown } | null {
  if (body === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  // Object() turns null and primitives into objects without an own "input".
  return Object.hasOwn(Object(parsed), 'input') ? { input: (parsed as { input: unknown }).input } : null;
}

/** A contract call: POST, from our own origin, JSON `{"input": …}`, into the dispatch. */
async function carryCall(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  origin: string,
  dispatch: Dispatch,
) {
  if (req.method !== 'POST')
    return sendJson(res, 405, refusal('ipc.bad_method', 'Calls must be POST requests.', 'Use the app page.'));
  if (req.headers.origin !== origin || req.headers['sec-fetch-site'] === 'cross-site') {
    log.warn('browser_host.foreign_origin');
    return sendJson(res, 403, SENDER_REFUSED);
  }
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return sendJson(res, 415, refusal('ipc.bad_content_type', 'Calls must send JSON.', 'Use the app page.'));
  }
  const call = callInput(await readBody(req, MAX_BODY));
  if (call === null) {
    return sendJson(
      res,
      400,
      refusal(
        'ipc.invalid_input',
        'The request body was not valid JSON of the expected form.',
        'Use the app page.',
      ),
    );
  }
  const channel = decodeURIComponent(url.pathname.slice(CALL_PATH.length));
  return sendJson(res, 200, await dispatch(channel, call.input));
}

/** The contract's events as server-sent events, with a heartbeat, until the page goes away. */
function streamEvents(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  events: EventHub,
  streams: Set<http.ServerResponse>,
) {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  streams.add(res);
  const disconnect = events.connect((envelope) => res.write(`data: ${JSON.stringify(envelope)}\n\n`));
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(heartbeat);
    disconnect();
    streams.delete(res);
  });
}

/** The page itself: index.html with the bridge script, the bridge, and files of the renderer folder. */
async function servePage(res: http.ServerResponse, url: URL, options: BrowserHostOptions, indexHtml: string) {
  const page = (type: string, content: string) => {
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...PAGE_SECURITY_HEADERS });
    res.end(content);
  };
  if (url.pathname === BRIDGE_PATH) return page('text/javascript; charset=utf-8', options.bridgeScript);
  if (url.pathname === '/' || url.pathname === '/index.html')
    return page('text/html; charset=utf-8', indexHtml);
  const file = resolveInside(options.rendererDir, url.pathname);
  // Stryker disable next-line ConditionalExpression: readFile would refuse a null path too; this says so plainly
  if (!file) return sendText(res, 404, 'Not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return sendText(res, 404, 'Not found');
  }
  res.writeHead(200, { 'Content-Type': contentTypeFor(file), ...PAGE_SECURITY_HEADERS });
  res.end(content);
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const indexHtml = (await readFile(path.join(options.rendererDir, 'index.html'), 'utf8')).replace(
    /<script /,
    // Deferred scripts and module scripts run in document order: the bridge is installed before the
    // page's own script, without holding up parsing.
    `<script defer src="${BRIDGE_PATH}"></script>\n    <script `,
  );
  let origin = '';
  let host = '';
  const streams = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      log.error('browser_host.request_failed');
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding defence: only our exact loopback host name and port.
    if (req.headers.host !== host) return sendText(res, 421, 'Misdirected request');
    const url = new URL(String(req.url), origin);
    const offered = url.searchParams.get(TOKEN_PARAM);

    if (req.method === 'GET' && url.pathname === '/' && offered !== null) {
      if (!sameSecret(offered, token)) {
        log.warn('browser_host.bad_token');
        return sendText(
          res,
          403,
          'This link is not valid for this run. Open the URL printed by "npm run start:browser".',
        );
      }
      // Swap the token for a cookie the page's script cannot read, and drop it from the address bar.
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }

    const session = cookieValue(req.headers.cookie, COOKIE);
    if (session === null || !sameSecret(session, token)) {
      log.warn('browser_host.no_session', { path: url.pathname.slice(0, 80) });
      if (url.pathname.startsWith(CALL_PATH)) return sendJson(res, 403, SENDER_REFUSED);
      return sendText(
        res,
        403,
        'Forbidden. Open the URL printed by "npm run start:browser", including its token.',
      );
    }

    if (url.pathname.startsWith(CALL_PATH)) return carryCall(req, res, url, origin, options.dispatch);
    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed');
    if (url.pathname === EVENTS_PATH) return streamEvents(req, res, options.events, streams);
    return servePage(res, url, options, indexHtml);
  }

  const port = await listenOnLoopback(server, options.port);
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;

  return {
    url: `${origin}/?${TOKEN_PARAM}=${token}`,
    origin,
    token,
    close: () => {
      for (const stream of streams) stream.end();
      return closeServer(server);
    },
  };
}
