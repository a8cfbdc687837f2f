/**
 * The small HTTP pieces both loopback servers (the sandbox and the browser host) need: reading a body
 * with a size limit, answering JSON, and listening on 127.0.0.1 only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The body, or null when it is larger than `maxBytes`. The rest of an oversized body is read and
 * dropped (up to a bound), so the sender gets the refusal instead of a reset connection.
 */
export async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes * 16) {
      req.destroy();
      return null;
    }
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBytes ? null : Buffer.concat(chunks);
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Listens on 127.0.0.1 (never another interface) and answers the port; 0 lets the system choose. */
export async function listenOnLoopback(server: http.Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Stops accepting, drops open connections (event streams, keep-alive) and resolves once closed. */
export const closeServer = (server: http.Server): Promise<void> =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
