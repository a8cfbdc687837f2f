import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoboClient, type CoboClient } from '../../../main/cobo/client';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../main/sandbox/index';

export interface SandboxContext {
  sandbox: Sandbox;
  client: CoboClient;
  keys: { secretHex: string; apiKey: string };
  dataDir: string;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  waitFor<T>(
    check: () => Promise<T | undefined> | T | undefined,
    what: string,
    timeoutMs?: number,
  ): Promise<T>;
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
  });
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
    async waitFor(check, what, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
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
