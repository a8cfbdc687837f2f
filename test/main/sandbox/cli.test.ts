// @vitest-environment node
/** `npm run sandbox` as a person runs it: the built CLI, real signed requests, clean stop on signals. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoboClient } from '../../../main/cobo/client';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';

const CLI = path.resolve('out/main/sandbox.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(
  args: string[],
): Promise<{ child: ChildProcess; output: () => string; baseUrl: string; token: string }> {
  if (!existsSync(CLI))
    throw new Error('out/main/sandbox.js is missing: run "npm run build" first (npm test does)');
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${output}`)), 10_000);
    child.stdout!.on('data', () => {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v2)\n/.exec(output);
      const token = /control token: (\S+)/.exec(output);
      if (url && token) {
        clearTimeout(timer);
        resolve({ child, output: () => output, baseUrl: url[1]!, token: token[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${output}`)));
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

describe('npm run sandbox', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'serves signed requests for --api-key and stops cleanly on %s',
    async (signal) => {
      const keys = generateKeyPair();
      const data = path.join(dir, signal);
      const run = await start([
        '--port',
        '0',
        '--api-key',
        keys.apiKey,
        '--data',
        data,
        '--auto-approve-ms',
        '10',
      ]);
      const client = createCoboClient({
        baseUrl: run.baseUrl,
        sign: (p) => signRequest({ secretHex: keys.secretHex, ...p }),
      });
      const vaults = await client.listAllMpcVaults('Org-Controlled');
      expect(vaults[0]!.name).toBe('Rehearsal Treasury');
      const state = await fetch(run.baseUrl.replace('/v2', '/sandbox/state'), {
        headers: { Authorization: `Bearer ${run.token}` },
      });
      expect(state.status).toBe(200);
      const exit = stopped(run.child);
      run.child.kill(signal);
      expect(await exit).toBe(0);
      expect(run.output()).toContain(`sandbox stopped (${signal})`);
    },
  );

  it('refuses a malformed --api-key with a clear message', async () => {
    await expect(start(['--api-key', 'nothex'])).rejects.toThrow(
      /--api-key must be an Ed25519 API key: 64 hex characters/,
    );
  });
});
