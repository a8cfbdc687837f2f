/**
 * The small HTTP pieces both loopback servers (the sandbox and the browser host) need: reading a body
 * with a size limit, answering JSON, and listening on 127.0.0.1 only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The body, or null when it is larger than `maxBytes`. Reading stops at the limit, but the stream is
 * not destroyed: Node reads and drops the rest after the answer, so the sender gets the refusal,
 * whatever the body's size, instead of a reset connection (the server's request timeout bounds it).
 */
export async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Answers a request Node could not parse (a request line and headers over its 16 KiB limit, a
 * malformed request) with `answer`'s status and JSON body instead of Node's bare status line.
 */
export function answerClientErrors(
  server: http.Server,
  answer: (error: NodeJS.ErrnoException) => { status: number; body: unknown },
): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const { status, body } = answer(error);
    const text = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? 'Error'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Connection: close\r\n\r\n${text}`,
    );
  });
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
