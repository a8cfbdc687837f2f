/**
 * Starts the offline sandbox: loads (or seeds) its organisation from the data folder, runs the engine
 * and serves it on 127.0.0.1. Used inside the app and by `npm run sandbox`.
 */
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type EngineSettings } from './engine';
import { createFaults } from './faults';
import type { RequestState } from './state';
import { startSandboxServer } from './http/server';
import { createStateStore } from './state-store';

/**
 * The standalone sandbox's data folder when none is given: in the user's own state folder, never a
 * shared path such as /tmp that another user of the machine could create first.
 */
export function defaultSandboxDataDir(
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  return path.join(env.XDG_STATE_HOME ?? path.join(home, '.local', 'state'), 'key-ceremony-sandbox');
}

export interface SandboxOptions {
  readonly dataDir: string;
  readonly port?: number;
  readonly apiKeys?: readonly string[];
  readonly settings?: Partial<EngineSettings>;
  readonly controlToken?: string;
  readonly onStatus?: (request: RequestState) => void;
  /**
   * Start over, whatever the data folder holds: from a fresh organisation (no groups; a vault only if
   * asked), or (`legacy`) from one set up before Cobo's October 2025 rules.
   */
  readonly fresh?: { readonly withVault: boolean; readonly legacy?: boolean };
  /** How long a request's headers, and the whole request, may take to arrive (tests shorten them). */
  readonly timeouts?: { readonly headersMs: number; readonly requestMs: number };
}

export async function startSandbox(options: SandboxOptions) {
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const store = createStateStore(options.dataDir);
  const { state, created } = await store.load(Date.now());
  const engine = createEngine({
    state,
    save: (s) => store.save(s),
    settings: options.settings,
    onStatus: options.onStatus,
  });
  if (options.fresh) await engine.startFresh(options.fresh.withVault, options.fresh.legacy);
  else if (created) await store.save(state);
  for (const key of options.apiKeys ?? []) await engine.registerApiKey(key.toLowerCase());
  const faults = createFaults();
  const server = await startSandboxServer({
    engine,
    faults,
    port: options.port,
    controlToken: options.controlToken,
    headersTimeoutMs: options.timeouts?.headersMs,
    requestTimeoutMs: options.timeouts?.requestMs,
  });
  engine.resume();
  return {
    engine,
    faults,
    stateFile: store.file,
    baseUrl: server.baseUrl,
    controlUrl: server.controlUrl,
    controlToken: server.controlToken,
    port: server.port,
    async close() {
      engine.close();
      await server.close();
      await store.save(engine.state);
    },
  };
}

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
