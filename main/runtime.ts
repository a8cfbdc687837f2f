/**
 * The composition root: builds the main-process services for one front end and the dispatch table
 * over them, and stops them. Electron's entry and the browser host both call it, so both run the very
 * same code behind the very same dispatch table.
 */
import type { Locale } from '../common/i18n/locales';
import { createKeyNames } from './vaults/key-names';
import { createLanguageSetting } from './settings/language';
import path from 'node:path';
import type { EnvironmentId, FrontEnd } from '../common/contract';
import { ENVIRONMENTS } from './cobo/environments';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createCeremonyService } from './ceremony/service';
import { createEventHub } from './ipc/event-hub';
import { createHandlers, type HandlerServices } from './ipc/handlers';
import { exportsFolderSaver, type SaveFile } from './journal/exports';
import { createInstallationKey, installationAccount, type InstallationKey } from './journal/installation-key';
import { createRecords } from './journal/records';
import { createProfileService } from './profiles/service';
import { createSecretStore, keychainServiceFor, type SecretStore } from './keychain/secret-store';
import type { EngineSettings } from './sandbox/engine';
import { startSandbox } from './sandbox/index';

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
    'polling' | 'reconcileAttempts' | 'reconcileDelayMs' | 'historyDelayMs'
  >;
  /** Where exported files go: the desktop app asks with a save dialog; otherwise the data folder's exports/. */
  readonly saveFile?: SaveFile;
  /** Renders a ceremony's report view to PDF (the desktop app's printToPDF). */
  readonly printReportPdf?: (ceremonyId: string, locale?: Locale) => Promise<Uint8Array>;
  /** How long one Cobo call may take; the client's default when absent. */
  readonly coboTimeoutMs?: number;
  /** Create the first-run Sandbox profile when there is no profile file yet (default true). */
  readonly firstRunProfile?: boolean;
  /** The system's language, which names the first-run profile (English when absent). */
  readonly systemLocale?: Locale;
}

export interface Services extends HandlerServices {
  readonly options: ServiceOptions;
  /** The installation key that signs the record (its secret stays inside). */
  readonly installation: InstallationKey;
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
  const secrets = options.secrets ?? createSecretStore(undefined, keychainServiceFor(options.frontEnd));
  const profiles = createProfileService({
    dataDir: options.dataDir,
    frontEnd: options.frontEnd,
    secrets,
    events,
    baseUrlFor,
    onSandboxApiKey: async (apiKey) => sandbox?.engine.registerApiKey(apiKey),
    onSandboxApiKeyRemoved: async (apiKey) => sandbox?.engine.unregisterApiKey(apiKey),
    clientTimeoutMs: options.coboTimeoutMs,
  });
  if (options.firstRunProfile !== false) await profiles.ensureFirstRunProfile(options.systemLocale);
  for (const key of await profiles.sandboxApiKeys()) await sandbox?.engine.registerApiKey(key);
  // The installation key signs every journal entry and every transcript.
  const installation = createInstallationKey(
    secrets,
    path.join(options.dataDir, 'installation-keys.json'),
    installationAccount(options.dataDir),
  );
  const ceremonies = createCeremonyService({
    dataDir: options.dataDir,
    profiles,
    events,
    keys: installation,
    ...options.ceremony,
  });
  await ceremonies.init();
  const saveFile = options.saveFile ?? exportsFolderSaver(options.dataDir);
  const records = createRecords({
    ceremonies,
    installation,
    saveFile,
    printReportPdf: options.printReportPdf,
    offerDownload: options.frontEnd === 'browser',
  });
  const keyNames = createKeyNames(path.join(options.dataDir, 'key-names.json'));
  const language = createLanguageSetting(path.join(options.dataDir, 'language.json'));
  const services: Services = {
    options,
    events,
    profiles,
    sandbox,
    ceremonies,
    records,
    installation,
    keyNames,
    language,
    saveFile,
  };
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
