import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoboClient, type CoboClient } from '../../../main/cobo/client';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../main/sandbox/index';
import { capped, within } from '../../helpers/patience';

/** Fields the spec leaves optional but our sandbox always fills: ids, types and statuses. */
type IdKeys = 'vault_id' | 'tss_node_id' | 'key_share_holder_group_id' | 'tss_request_id' | 'status' | 'type';
export type Sure<T> = T extends (infer U)[]
  ? Sure<U>[]
  : T extends object
    ? { [K in keyof T]: K extends IdKeys ? NonNullable<T[K]> : Sure<T[K]> }
    : T;
/**
 * The real client, typed as talking to our sandbox: what the spec leaves optional and the sandbox always
 * sends is typed as present, so the tests read it without a check at every step (a missing one still
 * fails them at run time).
 */
export type SandboxClient = {
  [K in keyof CoboClient]: CoboClient[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<Sure<R>>
    : CoboClient[K];
};

/** A key share holder group as our sandbox sends it. */
export type SandboxGroup = Sure<import('../../../main/cobo/schemas').KeyShareHolderGroup>;

export interface SandboxContext {
  sandbox: Sandbox;
  client: SandboxClient;
  keys: { secretHex: string; apiKey: string };
  dataDir: string;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, idleMs?: number): Promise<T>;
  cleanup(): Promise<void>;
}

/** A real sandbox on loopback with fast simulated holders, and a real signed client for it. */
export async function sandboxFor(
  options: Partial<SandboxOptions> = {},
  dataDir?: string,
): Promise<SandboxContext> {
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'kc-sandbox-'));
  const keys = generateKeyPair();
  const sandbox = await startSandbox({
    dataDir: dir,
    apiKeys: [keys.apiKey],
    settings: { autoApproveMs: 20, stepMs: 20, ...options.settings },
    ...options,
  });
  const client = createCoboClient({
    baseUrl: sandbox.baseUrl,
    sign: (parts) => signRequest({ secretHex: keys.secretHex, ...parts }),
    retry: { maxAttempts: 1 },
  }) as unknown as SandboxClient;
  return {
    sandbox,
    client,
    keys,
    dataDir: dir,
    async control(method, p, body) {
      const res = await fetch(`${sandbox.controlUrl}${p}`, {
        method,
        headers: { Authorization: `Bearer ${sandbox.controlToken}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    async waitFor(check, what, idleMs) {
      const until = Date.now() + (idleMs === undefined ? capped(within(5_000)) : within(idleMs));
      for (;;) {
        const value = await check();
        if (value !== undefined && value !== false) return value as never;
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async cleanup() {
      await sandbox.close();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The standalone sandbox exactly as `npm run sandbox` runs it (the built CLI in its own process), with
 * a signed client and the control API. Needs `npm run build` first (npm test builds before testing).
 */
export async function standaloneSandbox(extraArgs: string[] = []) {
  const cli = path.resolve('out/main/sandbox.js');
  if (!existsSync(cli))
    throw new Error('out/main/sandbox.js is missing: run "npm run build" first (npm test does)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-standalone-'));
  const keys = generateKeyPair();
  const child = spawn(
    process.execPath,
    [cli, '--port', '0', '--api-key', keys.apiKey, '--data', dir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const { baseUrl, token } = await new Promise<{ baseUrl: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${output}`)), within(10_000));
    child.stdout!.on('data', (c: Buffer) => {
      output += c;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v2)\n/.exec(output);
      const tok = /control token: (\S+)/.exec(output);
      if (url && tok) {
        clearTimeout(timer);
        resolve({ baseUrl: url[1]!, token: tok[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${output}`)));
  });
  const client = createCoboClient({
    baseUrl,
    sign: (parts) => signRequest({ secretHex: keys.secretHex, ...parts }),
  }) as unknown as SandboxClient;
  return {
    client,
    keys,
    child,
    output: () => output,
    async control(method: string, p: string, body?: unknown) {
      const res = await fetch(baseUrl.replace(/\/v2$/, '/sandbox') + p, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill(signal);
      const code = await exited;
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}
