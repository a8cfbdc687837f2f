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
import type { AddressInfo } from 'node:net';
import { HTTP_CALL_PATH as CALL_PATH, HTTP_EVENTS_PATH as EVENTS_PATH } from '../../common/contract';
import { contentTypeFor, resolveInside } from '../electron/app-protocol';
import { PAGE_SECURITY_HEADERS } from '../csp';
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

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...PAGE_SECURITY_HEADERS,
  });
  res.end(text);
}

/** The call's input from its body `{"input": …}`; null for anything else. */
function callInput(body: string | null): { input: unknown } | null {
  if (body === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  // Object() turns null and primitives into objects without an own "input".
  return Object.hasOwn(Object(parsed), 'input') ? { input: (parsed as { input: unknown }).input } : null;
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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

    if (url.pathname.startsWith(CALL_PATH)) {
      if (req.method !== 'POST')
        return sendJson(
          res,
          405,
          refusal('ipc.bad_method', 'Calls must be POST requests.', 'Use the app page.'),
        );
      if (req.headers.origin !== origin || req.headers['sec-fetch-site'] === 'cross-site') {
        log.warn('browser_host.foreign_origin');
        return sendJson(res, 403, SENDER_REFUSED);
      }
      if (!req.headers['content-type']?.startsWith('application/json')) {
        return sendJson(
          res,
          415,
          refusal('ipc.bad_content_type', 'Calls must send JSON.', 'Use the app page.'),
        );
      }
      const call = callInput(await readBody(req));
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
      return sendJson(res, 200, await options.dispatch(channel, call.input));
    }

    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed');

    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      const disconnect = options.events.connect((envelope) =>
        res.write(`data: ${JSON.stringify(envelope)}\n\n`),
      );
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        disconnect();
        streams.delete(res);
      });
      return;
    }

    if (url.pathname === BRIDGE_PATH) {
      res.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
        ...PAGE_SECURITY_HEADERS,
      });
      return void res.end(options.bridgeScript);
    }

    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...PAGE_SECURITY_HEADERS,
      });
      return void res.end(indexHtml);
    }

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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;

  return {
    url: `${origin}/?${TOKEN_PARAM}=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
