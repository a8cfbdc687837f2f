/**
 * The browser host's HTTP server: serves the built renderer on 127.0.0.1 and carries the contract over
 * HTTP (calls) and server-sent events (events) into the same dispatch as Electron's IPC.
 *
 * Who may talk to it: the page that first opened the printed URL with the per-run token. The token
 * works once: the server answers it with the page and a separate random session value in a meta tag,
 * which the bridge moves into the tab's sessionStorage (readable by this origin only: scheme, host and
 * port) and sends in a header with every call and on the event stream. Not a cookie: cookies of
 * 127.0.0.1 go to every port, so another local server could read, overwrite or flood them. Every
 * request must carry our own Host; every call must also come from our own Origin. The page and its
 * files are the app's public build and need no session; nothing but regular files inside the renderer
 * folder is served. Requests get limited time to arrive.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import {
  HTTP_CALL_PATH as CALL_PATH,
  HTTP_EVENTS_PATH as EVENTS_PATH,
  HTTP_SESSION_HEADER as SESSION_HEADER,
  HTTP_SESSION_META as SESSION_META,
} from '../../common/contract';
import { said, sayEnglish } from '../../common/i18n/translate';
import { PAGE_SECURITY_HEADERS } from '../csp';
import { closeServer, listenOnLoopback, readBody, sendJson as sendJsonWith } from '../http/loopback';
import { contentTypeFor, readFileInside } from '../http/static-files';
import { SENDER_REFUSED, refusal, type Dispatch } from '../ipc/dispatch';
import type { EventHub } from '../ipc/event-hub';
import { log } from '../log';

export const TOKEN_PARAM = 'kc_token';
/** Room for a flood of cookies other local servers may set for 127.0.0.1: the app never reads them. */
const MAX_HEADER_BYTES = 1024 * 1024;
export const BRIDGE_PATH = '/__kc/bridge.js';
const MAX_BODY = 1024 * 1024;
/**
 * A transcript to verify may be as large as the verifier reads (50 MB), sent as a JSON string (where
 * quotes and line ends take two characters each).
 */
const MAX_VERIFY_BODY = 2 * 50 * 1024 * 1024 + 1024 * 1024;
const VERIFY_CHANNEL = 'transcript.verify';

export interface BrowserHostOptions {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly rendererDir: string;
  readonly bridgeScript: string;
  readonly port?: number;
  /** Fixed only by tests; otherwise 32 random bytes per run. */
  readonly token?: string;
  /** How long a request's headers, and the whole request, may take to arrive (tests shorten them). */
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
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

/** A tab whose session is from an earlier start of the host: nothing is refused as foreign, it is just over. */
const SESSION_ENDED_WORDS = {
  message: said('errorsMore.ipc.sessionEnded'),
  hint: said('errorsMore.ipc.sessionEndedHint'),
};
export const SESSION_ENDED = refusal(
  'ipc.session_ended',
  SESSION_ENDED_WORDS.message,
  SESSION_ENDED_WORDS.hint,
);

/** A contract call: POST, from our own origin, JSON `{"input": …}`, into the dispatch. */
async function carryCall(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  origin: string,
  dispatch: Dispatch,
) {
  if (req.method !== 'POST')
    return sendJson(
      res,
      405,
      refusal('ipc.bad_method', said('errorsMore.ipc.badMethod'), said('errorsMore.ipc.useThePage')),
    );
  // No Origin at all is refused too: every fetch the page makes sends one.
  if (req.headers.origin !== origin || req.headers['sec-fetch-site'] === 'cross-site') {
    log.warn('browser_host.foreign_origin');
    return sendJson(res, 403, SENDER_REFUSED);
  }
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return sendJson(
      res,
      415,
      refusal(
        'ipc.bad_content_type',
        said('errorsMore.ipc.badContentType'),
        said('errorsMore.ipc.useThePage'),
      ),
    );
  }
  const limit = url.pathname === `${CALL_PATH}${VERIFY_CHANNEL}` ? MAX_VERIFY_BODY : MAX_BODY;
  const call = callInput(await readBody(req, limit));
  if (call === null) {
    return sendJson(
      res,
      400,
      refusal('ipc.invalid_input', said('errorsMore.ipc.badBody'), said('errorsMore.ipc.useThePage')),
    );
  }
  let channel: string;
  try {
    channel = decodeURIComponent(url.pathname.slice(CALL_PATH.length));
  } catch {
    return sendJson(
      res,
      400,
      refusal('ipc.bad_path', said('errorsMore.ipc.badPath'), said('errorsMore.ipc.useThePage')),
    );
  }
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
  const found = await readFileInside(options.rendererDir, url.pathname);
  if ('refused' in found)
    return found.refused === 'malformed'
      ? sendText(res, 400, 'Bad request: the path is not valid percent-encoding.')
      : sendText(res, 404, 'Not found');
  res.writeHead(200, { 'Content-Type': contentTypeFor(found.file), ...PAGE_SECURITY_HEADERS });
  res.end(found.content);
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // Set when the token is exchanged; the token opens the app once.
  let session: string | null = null;
  const indexHtml = (await readFile(path.join(options.rendererDir, 'index.html'), 'utf8')).replace(
    /<script /,
    // Deferred scripts and module scripts run in document order: the bridge is installed before the
    // page's own script, without holding up parsing.
    `<script defer src="${BRIDGE_PATH}"></script>\n    <script `,
  );
  let origin = '';
  let host = '';
  const streams = new Set<http.ServerResponse>();

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = http.createServer(
    {
      headersTimeout,
      maxHeaderSize: MAX_HEADER_BYTES,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      // How often Node looks for requests past their time (its default, 30 s, would outlast them).
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (req, res) => {
      void handle(req, res).catch(() => {
        log.error('browser_host.request_failed');
        if (!res.headersSent) sendText(res, 500, 'Internal error');
        else res.destroy();
      });
    },
  );

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
      if (session !== null) {
        log.warn('browser_host.token_reused');
        return sendText(
          res,
          403,
          'This link has been used already: it opens the app once. Go back to the tab it opened, or stop "npm run start:browser" and start it again for a new link.',
        );
      }
      // Swap the token for a session value handed to this page alone (the bridge drops the token from
      // the address bar and keeps the session in the tab's sessionStorage).
      session = randomBytes(32).toString('base64url');
      const withSession = indexHtml.replace(
        /<head>/i,
        `<head>\n    <meta name="${SESSION_META}" content="${session}">`,
      );
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...PAGE_SECURITY_HEADERS,
      });
      return void res.end(withSession);
    }

    const needsSession = url.pathname.startsWith(CALL_PATH) || url.pathname === EVENTS_PATH;
    const sessionOffered = req.headers[SESSION_HEADER.toLowerCase()];
    if (
      needsSession &&
      (session === null || typeof sessionOffered !== 'string' || !sameSecret(sessionOffered, session))
    ) {
      // A session that is not this start's: a tab that outlived a restart, said as what it is. (It
      // grants nothing: any wrong value gets this, and only the current session is let through.)
      const ended = typeof sessionOffered === 'string' && sessionOffered !== '';
      log.warn(ended ? 'browser_host.session_ended' : 'browser_host.no_session', {
        path: url.pathname.slice(0, 80),
      });
      if (url.pathname.startsWith(CALL_PATH))
        return ended ? sendJson(res, 401, SESSION_ENDED) : sendJson(res, 403, SENDER_REFUSED);
      return ended
        ? sendText(res, 401, sayEnglish(SESSION_ENDED_WORDS.message))
        : sendText(
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
