/**
 * Starts the main-process services for one front end. Electron's main and the browser host both call
 * this, so both run the very same code behind the very same dispatch table.
 */
import path from 'node:path';
import type { EnvironmentId, FrontEnd } from '../preload/contract';
import { ENVIRONMENTS } from './cobo/environments';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createCeremonyService, type CeremonyService } from './ceremony/service';
import { createEventHub, type EventHub } from './ipc/event-hub';
import { createHandlers } from './ipc/handlers';
import { createProfileService, type ProfileService } from './keychain/profiles';
import { createSecretStore, type SecretStore } from './keychain/secret-store';
import type { EngineSettings } from './sandbox/engine';
import { startSandbox, type Sandbox } from './sandbox/index';

export interface ServiceOptions {
  readonly frontEnd: FrontEnd;
  /** The app's data folder: profiles, journals and sandbox state live below it. */
  readonly dataDir: string;
  /** Tests may give a store under a throwaway service name; the app uses the OS keychain's own. */
  readonly secrets?: SecretStore;
  /** Tests only: use this Cobo-compatible server instead of starting the embedded sandbox. */
  readonly sandboxBaseUrl?: () => Promise<string>;
  /** Timings of the embedded sandbox's simulated holders (rehearsals and tests shorten them). */
  readonly sandboxSettings?: Partial<EngineSettings>;
  /** Adaptive polling and reconciliation timings (tests shorten them). */
  readonly ceremony?: Pick<
    Parameters<typeof createCeremonyService>[0],
    'polling' | 'reconcileAttempts' | 'reconcileDelayMs'
  >;
  /** Create the first-run Sandbox profile when there is no profile file yet (default true). */
  readonly firstRunProfile?: boolean;
}

export interface Services {
  readonly options: ServiceOptions;
  readonly events: EventHub;
  readonly profiles: ProfileService;
  /** The embedded offline sandbox; null when a test supplies its own server. */
  readonly sandbox: Sandbox | null;
  readonly ceremonies: CeremonyService;
}

export interface Runtime {
  readonly services: Services;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

export async function startRuntime(options: ServiceOptions): Promise<Runtime> {
  const events = createEventHub();
  const sandbox = options.sandboxBaseUrl
    ? null
    : await startSandbox({
        dataDir: path.join(options.dataDir, 'sandbox'),
        settings: options.sandboxSettings,
        onStatus: () => events.emit('app.changed', { topic: 'sandbox' }),
      });
  const sandboxBaseUrl = options.sandboxBaseUrl ?? (async () => sandbox?.baseUrl ?? 'http://127.0.0.1:0/v2');
  const baseUrlFor = async (environment: EnvironmentId): Promise<string> =>
    ENVIRONMENTS[environment].baseUrl ?? sandboxBaseUrl();
  const profiles = createProfileService({
    dataDir: options.dataDir,
    frontEnd: options.frontEnd,
    secrets: options.secrets ?? createSecretStore(),
    events,
    baseUrlFor,
    onSandboxApiKey: async (apiKey) => sandbox?.engine.registerApiKey(apiKey),
  });
  if (options.firstRunProfile !== false) await profiles.ensureFirstRunProfile();
  for (const key of await profiles.sandboxApiKeys()) await sandbox?.engine.registerApiKey(key);
  const ceremonies = createCeremonyService({
    dataDir: options.dataDir,
    profiles,
    events,
    ...options.ceremony,
  });
  await ceremonies.init();
  const services: Services = { options, events, profiles, sandbox, ceremonies };
  const dispatch = createDispatch(createHandlers(services), { frontEnd: options.frontEnd });
  return {
    services,
    dispatch,
    async close() {
      ceremonies.stop();
      await sandbox?.close();
    },
  };
}
