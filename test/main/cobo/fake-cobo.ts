/**
 * A tiny HTTP server standing in for Cobo in client tests: it records every request exactly as received
 * (raw path, headers, body bytes) and answers with whatever the test scripts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { CoboApiError } from '../../../main/cobo/errors';

export interface Received {
  method: string;
  rawPath: string;
  path: string;
  rawQuery: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export type Responder = (req: Received, res: http.ServerResponse, count: number) => void;

export async function startFakeCobo(responder: Responder) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawPath = req.url ?? '/';
      const q = rawPath.indexOf('?');
      const r: Received = {
        method: req.method ?? '',
        rawPath,
        path: q === -1 ? rawPath : rawPath.slice(0, q),
        rawQuery: q === -1 ? '' : rawPath.slice(q + 1),
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(r);
      responder(r, res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v2`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

export const coboError = (
  res: http.ServerResponse,
  status: number,
  code: number,
  message = 'refused',
  headers: Record<string, string> = {},
) =>
  json(res, status, { error_code: code, error_message: message, error_id: `err-${code}-${status}` }, headers);

/** The CoboApiError a call fails with; the test fails if the call succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<CoboApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CoboApiError);
    return error as CoboApiError;
  }
  throw new Error('expected a failure');
}
