/**
 * API profiles: a name, an environment and an API key in the profile file; the matching secret in the
 * OS keychain. The page sees profiles with their API key and fingerprint and never the secret. Signing
 * reads the secret from the keychain for one request at a time.
 */
import type { ConnectionReport, EnvironmentId, FrontEnd, Profile } from '../../common/contract';
import type { Locale } from '../../common/i18n/locales';
import { EN, said } from '../../common/i18n/translate';
import { translatorFor } from '../../common/i18n/translator-for';
import { AppError, isAppError } from '../app-error';
import type { CoboClient } from '../cobo/client';
import { assertEnvironmentAllowed, environmentsFor } from '../cobo/environments';
import { apiKeyFromSecret, generateKeyPair } from '../cobo/sign';
import type { EventHub } from '../ipc/event-hub';
import { KeychainError, keychainStatusProblem, type SecretStore } from '../keychain/secret-store';
import { log } from '../log';
import { createClientFactory } from './client-factory';
import { testConnection } from './connection-test';
import { accountFor, createProfileEdits, profileNotFound, profileView } from './edits';
import { checkExpectedApiKey, parseSecretInput } from './secret-input';
import { createProfileStore, ProfileFileError, type StoredProfile } from './store';

/** The first-run profile's name on an English system. */
export const FIRST_RUN_PROFILE_NAME = EN('profiles.firstRun.name');

export interface ProfileServiceOptions {
  readonly dataDir: string;
  readonly frontEnd: FrontEnd;
  readonly secrets: SecretStore;
  readonly events: EventHub;
  /** The base URL of an environment; the sandbox's is only known once it runs. */
  readonly baseUrlFor: (environment: EnvironmentId) => Promise<string>;
  /** Called when a Sandbox profile is created, so the embedded sandbox knows its API key. */
  readonly onSandboxApiKey?: (apiKey: string) => Promise<void>;
  readonly onSandboxApiKeyRemoved?: (apiKey: string) => Promise<void>;
  /** How long one Cobo call may take (tests shorten it to reach a timeout quickly). */
  readonly clientTimeoutMs?: number;
}

/** The profiles whose secret the keychain says it does not hold; one it cannot answer for is not named. */
async function withoutSecret(
  secrets: ProfileServiceOptions['secrets'],
  profiles: readonly StoredProfile[],
): Promise<string[]> {
  const missing: string[] = [];
  for (const p of profiles) {
    const held = await secrets.get(accountFor(p.id)).catch(() => undefined);
    if (held === null) missing.push(p.id);
  }
  return missing;
}

/** The first-run profile could not be made (not a refusal of ours): the Profiles screen says so. */
const firstRunFailed = () =>
  new AppError(
    'profile.first_run_failed',
    said('errorsMore.profile.firstRunFailed'),
    said('errorsMore.profile.firstRunFailedHint'),
  );

export function createProfileService(options: ProfileServiceOptions) {
  const store = createProfileStore(options.dataDir);
  let startupProblem: AppError | null = null;
  /** Whether the keychain answers now: every screen that needs a profile says so when it does not. */
  async function keychainProblem() {
    try {
      await options.secrets.get('probe:availability');
      return null;
    } catch (error) {
      return error instanceof KeychainError ? keychainStatusProblem(error) : null;
    }
  }
  const edits = createProfileEdits({ ...options, store, onWritten: () => (startupProblem = null) });
  const { create } = edits;
  const clientOf = createClientFactory({ ...options, timeoutMs: options.clientTimeoutMs });

  const visible = (p: StoredProfile) => environmentsFor(options.frontEnd).includes(p.environment);

  async function find(id: string): Promise<StoredProfile> {
    const { profiles } = await store.read();
    const profile = profiles.find((p) => p.id === id);
    if (!profile) throw profileNotFound();
    assertEnvironmentAllowed(options.frontEnd, profile.environment);
    return profile;
  }

  async function clientFor(id: string): Promise<CoboClient> {
    return clientOf(await find(id));
  }

  return {
    async list(): Promise<{
      profiles: Profile[];
      missingSecret: string[];
      problem: ReturnType<AppError['toPayload']> | null;
    }> {
      try {
        const shown = (await store.read()).profiles.filter(visible);
        const keychain = await keychainProblem();
        return {
          profiles: shown.map(profileView),
          missingSecret: keychain ? [] : await withoutSecret(options.secrets, shown),
          problem: keychain ?? startupProblem?.toPayload() ?? null,
        };
      } catch (error) {
        if (error instanceof ProfileFileError)
          return { profiles: [], missingSecret: [], problem: error.toPayload() };
        throw error;
      }
    },

    async importSecret(input: {
      name: string;
      environment: EnvironmentId;
      secret: string;
      expectedApiKey?: string;
    }) {
      assertEnvironmentAllowed(options.frontEnd, input.environment);
      const secretHex = parseSecretInput(input.secret);
      const apiKey = apiKeyFromSecret(secretHex);
      if (input.expectedApiKey) checkExpectedApiKey(input.expectedApiKey, apiKey);
      return create(input.name, input.environment, secretHex, apiKey);
    },

    async generate(input: { name: string; environment: EnvironmentId }) {
      assertEnvironmentAllowed(options.frontEnd, input.environment);
      const { secretHex, apiKey } = generateKeyPair();
      return create(input.name, input.environment, secretHex, apiKey);
    },

    rename: edits.rename,
    setOfficer: edits.setOfficer,
    delete: edits.delete,

    async testConnection(input: { id: string }): Promise<ConnectionReport> {
      return testConnection(await clientFor(input.id), (await find(input.id)).environment);
    },

    /**
     * On the very first start (no profile file yet), create a ready Sandbox profile, named in the
     * system's language: a name is the officer's data from then on, never translated again.
     */
    async ensureFirstRunProfile(locale: Locale = 'en'): Promise<void> {
      try {
        const { exists } = await store.read();
        if (exists) return;
        const { secretHex, apiKey } = generateKeyPair();
        const name = (await translatorFor(locale))('profiles.firstRun.name');
        await create(name, 'sandbox', secretHex, apiKey);
      } catch (error) {
        startupProblem = isAppError(error) ? error : firstRunFailed();
        log.warn('profile.first_run_failed', { code: startupProblem.code });
      }
    },

    /** Every sandbox API key on file, so the embedded sandbox can register them when it starts. */
    async sandboxApiKeys(): Promise<string[]> {
      try {
        return (await store.read()).profiles.filter((p) => p.environment === 'sandbox').map((p) => p.apiKey);
      } catch {
        return [];
      }
    },

    clientFor,

    /** The profile as the page sees it; refused on a front end that may not use its environment. */
    async get(id: string): Promise<Profile> {
      return profileView(await find(id));
    },

    /** Whether the keychain answers and still holds this profile's secret (pre-flight). */
    async hasSecret(id: string): Promise<boolean> {
      const profile = await find(id);
      return (await options.secrets.get(accountFor(profile.id))) !== null;
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
