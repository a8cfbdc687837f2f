/**
 * One signed HTTP exchange with Cobo, over node:http(s) so that the query and body go out byte for byte
 * as they were signed (fetch would re-encode some query characters after signing). It knows whether a
 * request may have reached the server, which decides between "not sent" and "unknown outcome".
 */
import http from 'node:http';
import https from 'node:https';
import { APP_NAME, APP_VERSION } from '../app-info';
import { said } from '../../common/i18n/translate';
import { networkError, protocolError, timeoutError, unknownOutcome } from './errors';
import type { SignedRequest } from './sign';

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** Server clock minus ours (ms), from the Date header, or null when absent. */
  readonly clockSkewMs: number | null;
  readonly latencyMs: number;
}

export interface Exchange {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Full path including the /v2 prefix. */
  readonly path: string;
  readonly signed: SignedRequest;
  readonly body: string;
}

const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export function exchange(origin: URL, request: Exchange, timeoutMs: number): Promise<RawResponse> {
  const isPost = request.method === 'POST';
  const host = origin.host;
  const lib = origin.protocol === 'https:' ? https : http;
  const started = Date.now();
  const bodyBytes = Buffer.from(request.body, 'utf8');

  return new Promise<RawResponse>((resolve, reject) => {
    let connected = false;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (error: Error) => settle(() => reject(error));

    const req = lib.request({
      protocol: origin.protocol,
      // Stryker disable next-line Regex: brackets only ever open and close an IPv6 host, so the anchors change nothing
      hostname: origin.hostname.replace(/^\[|\]$/g, ''),
      port: origin.port || undefined,
      method: request.method,
      path: request.path + (request.signed.queryString ? `?${request.signed.queryString}` : ''),
      headers: {
        ...request.signed.headers,
        Accept: 'application/json',
        'User-Agent': `${APP_NAME.replace(/\s/g, '')}/${APP_VERSION}`,
        'Content-Length': String(bodyBytes.length),
        ...(bodyBytes.length ? { 'Content-Type': 'application/json' } : {}),
      },
      // Each exchange stands alone: no pooled socket carries state from one request to the next.
      agent: false,
    });

    const timer = setTimeout(() => {
      fail(timeoutError(host, timeoutMs, isPost && connected));
      req.destroy();
    }, timeoutMs);

    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      socket.once(origin.protocol === 'https:' ? 'secureConnect' : 'connect', () => (connected = true));
    });

    req.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code ?? said('errorsMore.cobo.reason.connectionFailed');
      fail(networkError(host, reason, connected, isPost));
    });

    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          // Fail first: destroying the answer emits its own "cut off" error, which must not win.
          fail(
            isPost
              ? unknownOutcome(host, said('errorsMore.cobo.reason.tooLarge'))
              : protocolError(said('errorsMore.cobo.what.tooLarge'), false),
          );
          res.destroy();
          return;
        }
        chunks.push(chunk);
      });
      const cutOff = () =>
        fail(
          isPost
            ? unknownOutcome(host, said('errorsMore.cobo.reason.cutOffAnswer'))
            : networkError(host, said('errorsMore.cobo.reason.cutOff'), true, false),
        );
      res.on('error', cutOff);
      res.on('aborted', cutOff);
      res.on('end', () => {
        const received = Date.now();
        const date = res.headers.date ? Date.parse(res.headers.date) : NaN;
        settle(() =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            clockSkewMs: Number.isFinite(date) ? date - (started + received) / 2 : null,
            latencyMs: received - started,
          }),
        );
      });
    });

    req.end(bodyBytes);
  });
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
