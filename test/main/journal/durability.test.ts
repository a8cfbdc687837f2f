// @vitest-environment node
/**
 * Fsync before effect, observed from outside: when the TSS request reaches Cobo (a proxy in front of a
 * real sandbox), the journal on disk already holds the intent to send it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { startSandbox, type Sandbox } from '../../../main/sandbox/index';
import { rig, type Rig } from '../ceremony/helpers';

let sandbox: Sandbox;
let proxy: http.Server;
let r: Rig;
const seenAtPost: string[][] = [];

beforeEach(
  once(async () => {
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    sandbox = await startSandbox({
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'kc-dur-')),
      settings: { autoApproveMs: 10, stepMs: 10 },
    });
    const target = new URL(sandbox.baseUrl);
    proxy = http.createServer((req, res) => {
      if (req.method === 'POST' && req.url?.includes('/tss_requests')) {
        // What is on disk at the moment the request arrives, before Cobo acts on it.
        const dir = path.join(r.dataDir, 'ceremonies');
        const journals = readdirSync(dir).filter((f) => f.endsWith('.journal.jsonl'));
        seenAtPost.push(
          journals.flatMap((f) =>
            readFileSync(path.join(dir, f), 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l).kind as string),
          ),
        );
      }
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    r = await rig({ sandboxBaseUrl: async () => `http://127.0.0.1:${port}/v2` }, async (runtime) => {
      for (const { apiKey } of (await runtime.services.profiles.list()).profiles)
        await sandbox.engine.registerApiKey(apiKey);
    });
  }),
);
afterAll(async () => {
  await r?.close();
  proxy?.closeAllConnections();
  proxy?.close();
  await sandbox?.close();
});

describe('journal durability', () => {
  it('has the request intent on disk when the request reaches Cobo', async () => {
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    await r.runtime.services.ceremonies.submit(prepared.id, undefined);
    expect(seenAtPost).toHaveLength(1);
    expect(seenAtPost[0]).toContain('request_intent');
    expect(seenAtPost[0]).not.toContain('response_received');
  });
});
