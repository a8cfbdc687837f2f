/**
 * Starts the main-process services for one front end. Electron's main and the browser host both call
 * this, so both run the very same code behind the very same dispatch table.
 */
import type { EnvironmentId, FrontEnd } from '../preload/contract';
import { AppError } from './app-error';
import { ENVIRONMENTS } from './cobo/environments';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createEventHub, type EventHub } from './ipc/event-hub';
import { createHandlers } from './ipc/handlers';
import { createProfileService, type ProfileService } from './keychain/profiles';
import { createSecretStore, type SecretStore } from './keychain/secret-store';

export interface ServiceOptions {
  readonly frontEnd: FrontEnd;
  /** The app's data folder: profiles, journals and sandbox state live below it. */
  readonly dataDir: string;
  /** Tests may give a store under a throwaway service name; the app uses the OS keychain's own. */
  readonly secrets?: SecretStore;
  /** Where the offline sandbox listens; until it is started, Sandbox calls say it is not running. */
  readonly sandboxBaseUrl?: () => Promise<string>;
  /** Create the first-run Sandbox profile when there is no profile file yet (default true). */
  readonly firstRunProfile?: boolean;
}

export interface Services {
  readonly options: ServiceOptions;
  readonly events: EventHub;
  readonly profiles: ProfileService;
}

export interface Runtime {
  readonly services: Services;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

export async function startRuntime(options: ServiceOptions): Promise<Runtime> {
  const events = createEventHub();
  const baseUrlFor = async (environment: EnvironmentId): Promise<string> => {
    const url = ENVIRONMENTS[environment].baseUrl;
    if (url) return url;
    if (options.sandboxBaseUrl) return options.sandboxBaseUrl();
    throw new AppError(
      'sandbox.not_running',
      'The offline sandbox is not running.',
      'Restart Key Ceremony; the sandbox starts with it.',
    );
  };
  const profiles = createProfileService({
    dataDir: options.dataDir,
    frontEnd: options.frontEnd,
    secrets: options.secrets ?? createSecretStore(),
    events,
    baseUrlFor,
  });
  if (options.firstRunProfile !== false) await profiles.ensureFirstRunProfile();
  const services: Services = { options, events, profiles };
  const dispatch = createDispatch(createHandlers(services), { frontEnd: options.frontEnd });
  return {
    services,
    dispatch,
    async close() {},
  };
}
