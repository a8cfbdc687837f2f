/** How an injected fault breaks an answer: late, refused, cut, reset, malformed or trickled. */
import type http from 'node:http';
import { sendJson } from '../../http/loopback';
import { SandboxError } from '../errors';
import type { FaultSpec } from '../faults';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function respondWithFault(
  res: http.ServerResponse,
  fault: FaultSpec,
  status: number,
  body: unknown,
) {
  const text = JSON.stringify(body);
  switch (fault.kind) {
    case 'latency':
      await sleep(fault.latency_ms);
      return sendJson(res, status, body);
    case 'http_error':
      return sendJson(
        res,
        fault.status,
        new SandboxError(fault.status, 2000, 'Internal error (injected fault)').body(),
      );
    case 'rate_limit':
      return sendJson(res, 429, new SandboxError(429, 2010, 'Rate limit exceeded (injected fault)').body(), {
        'Retry-After': String(fault.retry_after_s),
      });
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
