// @vitest-environment node
/**
 * 3. Sandbox throughput: signed, verified GETs of a TSS request from concurrent clients against the
 * standalone sandbox, and the same requests against a bare node:http server returning the same JSON.
 * Both servers run in their own process; the requests are signed in advance so that the load
 * generator measures the servers, not itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../main/cobo/sign';
import { standaloneSandbox } from '../main/sandbox/helpers';
import { percentile, QUICK, record, round } from './record';

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill()));

interface Prepared {
  path: string;
  headers: Record<string, string>;
}

async function load(port: number, requests: Prepared[], concurrency: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const one = (r: Prepared) =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const req = http.request(
        { host: '127.0.0.1', port, path: r.path, headers: r.headers, agent },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - t);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) await one(requests[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    rps: requests.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

describe('sandbox throughput', () => {
  it('measures signed GETs against a bare server', async () => {
    const sandbox = await standaloneSandbox(['--manual']);
    children.push(sandbox.child);
    const vaultId = (await sandbox.client.listAllMpcVaults('Org-Controlled'))[0]!.vault_id;
    const main = (await sandbox.client.listAllKeyShareHolderGroups(vaultId, 'MainGroup'))[0]!;
    const request = await sandbox.client.createTssRequest(vaultId, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
    });
    const apiPath = `/v2/wallets/mpc/vaults/${vaultId}/tss_requests/${request.tss_request_id}`;
    const port = Number(new URL(sandbox.output().match(/listening on (\S+)/)![1]!).port);

    const n = QUICK ? 300 : 6_000;
    const concurrency = 32;
    // Nonces from the process-wide strictly increasing counter: none repeats a nonce used elsewhere.
    const prepared = Array.from({ length: n }, () => {
      const signed = signRequest({ secretHex: sandbox.keys.secretHex, method: 'GET', path: apiPath });
      return { path: apiPath, headers: { ...signed.headers } };
    });

    const answer = JSON.stringify(request);
    const bare = spawn(process.execPath, [path.resolve('test/bench/bare-server.mjs'), answer], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(bare);
    const barePort = await new Promise<number>((resolve) =>
      bare.stdout!.on('data', (c: Buffer) => resolve(Number(/listening (\d+)/.exec(String(c))![1]))),
    );

    await load(barePort, prepared.slice(0, 100), concurrency); // warm both up
    const bareRun = await load(barePort, prepared, concurrency);
    const ours = await load(port, prepared, concurrency);
    expect(ours.errors).toBe(0);
    expect(bareRun.errors).toBe(0);
    record('sandbox-throughput', [
      {
        name: 'sandbox signed GET throughput',
        figure: round(ours.rps, 0),
        unit: 'requests/s',
        baseline: round(bareRun.rps, 0),
        ratio: round(ours.rps / bareRun.rps),
        goal: '≥ 0.5× the bare server',
        pass: ours.rps / bareRun.rps >= 0.5,
        notes: `${n} requests, ${concurrency} concurrent clients; p50 ${round(ours.p50)} ms, p99 ${round(ours.p99)} ms (bare p99 ${round(bareRun.p99)} ms)`,
      },
    ]);
    await sandbox.stop();
  });
});
