/**
 * API profiles: a name, an environment and an API key in the profile file; the matching secret in the
 * OS keychain. The page sees profiles with their API key and fingerprint and never the secret. Signing
 * reads the secret from the keychain for one request at a time.
 */
import { randomUUID } from 'node:crypto';
import type { ConnectionReport, EnvironmentId, FrontEnd, Profile } from '../../common/contract';
import { AppError, isAppError } from '../app-error';
import { createCoboClient, CLOCK_SKEW_LIMIT_MS, type CoboClient, type RequestSigner } from '../cobo/client';
import { assertEnvironmentAllowed, ENVIRONMENTS, environmentsFor } from '../cobo/environments';
import { isCoboApiError } from '../cobo/errors';
import { apiKeyFromSecret, generateKeyPair, signRequest } from '../cobo/sign';
import type { EventHub } from '../ipc/event-hub';
import { log } from '../log';
import { createSerialQueue } from '../storage/atomic-file';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import { createProfileStore, ProfileFileError, type StoredProfile } from './store';
import { KeychainError, type SecretStore } from '../keychain/secret-store';
import { checkExpectedApiKey, parseSecretInput } from './secret-input';

export const FIRST_RUN_PROFILE_NAME = 'Rehearsal (offline sandbox)';

export interface ProfileServiceOptions {
  readonly dataDir: string;
  readonly frontEnd: FrontEnd;
  readonly secrets: SecretStore;
  readonly events: EventHub;
  /** The base URL of an environment; the sandbox's is only known once it runs. */
  readonly baseUrlFor: (environment: EnvironmentId) => Promise<string>;
  /** Called when a Sandbox profile is created, so the embedded sandbox knows its API key. */
  readonly onSandboxApiKey?: (apiKey: string) => Promise<void>;
  /** How long one Cobo call may take (tests shorten it to reach a timeout quickly). */
  readonly clientTimeoutMs?: number;
}

const accountFor = (id: string) => `profile:${id}`;

const view = (p: StoredProfile): Profile => ({ ...p, fingerprint: fingerprintOfHexKey(p.apiKey) });

const notFound = () =>
  new AppError(
    'profile.not_found',
    'That profile no longer exists.',
    'Reload the profile list and choose again.',
  );

export function createProfileService(options: ProfileServiceOptions) {
  const store = createProfileStore(options.dataDir);
  const serial = createSerialQueue();
  let startupProblem: AppError | null = null;

  const visible = (p: StoredProfile) => environmentsFor(options.frontEnd).includes(p.environment);

  async function find(id: string): Promise<StoredProfile> {
    const { profiles } = await store.read();
    const profile = profiles.find((p) => p.id === id);
    if (!profile) throw notFound();
    assertEnvironmentAllowed(options.frontEnd, profile.environment);
    return profile;
  }

  async function create(
    name: string,
    environment: EnvironmentId,
    secretHex: string,
    apiKey: string,
  ): Promise<Profile> {
    assertEnvironmentAllowed(options.frontEnd, environment);
    return serial(async () => {
      const { profiles } = await store.read(); // refuses to go on over a damaged file
      if (profiles.some((p) => p.apiKey === apiKey && p.environment === environment)) {
        throw new AppError(
          'profile.duplicate_key',
          `A ${ENVIRONMENTS[environment].label} profile with this API key exists already.`,
          'Use the existing profile, or delete it first.',
        );
      }
      const profile: StoredProfile = {
        id: randomUUID(),
        name,
        environment,
        apiKey,
        createdAt: new Date().toISOString(),
      };
      await options.secrets.set(accountFor(profile.id), secretHex);
      try {
        await store.write([...profiles, profile]);
      } catch (error) {
        await options.secrets.delete(accountFor(profile.id)).catch(() => false);
        log.error('profile.write_failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
        throw new AppError(
          'profile.write_failed',
          `The profile could not be saved in ${store.file}.`,
          'Check that the disk is not full and the folder is writable, then try again. Nothing was kept.',
        );
      }
      startupProblem = null;
      if (environment === 'sandbox') await options.onSandboxApiKey?.(apiKey);
      log.info('profile.created', { environment, fingerprint: fingerprintOfHexKey(apiKey) });
      options.events.emit('app.changed', { topic: 'profiles' });
      return view(profile);
    });
  }

  function signerFor(profile: StoredProfile): RequestSigner {
    return async (parts) => {
      const secretHex = await options.secrets.get(accountFor(profile.id));
      if (!secretHex) {
        throw new AppError(
          'profile.secret_missing',
          `The API secret of “${profile.name}” could not be found in the system keychain.`,
          'If your keychain is locked, unlock it and try again. Otherwise the entry was removed: delete this profile and import the secret again, or generate a new key.',
        );
      }
      return signRequest({ secretHex, ...parts });
    };
  }

  async function clientFor(id: string): Promise<CoboClient> {
    const profile = await find(id);
    return createCoboClient({
      baseUrl: await options.baseUrlFor(profile.environment),
      sign: signerFor(profile),
      timeoutMs: options.clientTimeoutMs,
    });
  }

  return {
    async list(): Promise<{ profiles: Profile[]; problem: ReturnType<AppError['toPayload']> | null }> {
      try {
        const { profiles } = await store.read();
        return { profiles: profiles.filter(visible).map(view), problem: startupProblem?.toPayload() ?? null };
      } catch (error) {
        if (error instanceof ProfileFileError) return { profiles: [], problem: error.toPayload() };
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

    async rename(input: { id: string; name: string }) {
      return serial(async () => {
        const { profiles } = await store.read();
        const profile = profiles.find((p) => p.id === input.id);
        if (!profile) throw notFound();
        assertEnvironmentAllowed(options.frontEnd, profile.environment);
        const renamed = { ...profile, name: input.name };
        await store.write(profiles.map((p) => (p.id === input.id ? renamed : p)));
        options.events.emit('app.changed', { topic: 'profiles' });
        return view(renamed);
      });
    },

    async delete(input: { id: string; confirmName: string }) {
      return serial(async () => {
        const { profiles } = await store.read();
        const profile = profiles.find((p) => p.id === input.id);
        if (!profile) throw notFound();
        assertEnvironmentAllowed(options.frontEnd, profile.environment);
        if (input.confirmName.trim() !== profile.name) {
          throw new AppError(
            'profile.confirmation_mismatch',
            `To delete this profile, type its name exactly: “${profile.name}”.`,
            'Nothing was deleted.',
          );
        }
        // The keychain entry goes first: if the keychain refuses, the profile stays listed so the
        // officer can try again, and no secret is left behind without a profile pointing at it.
        await options.secrets.delete(accountFor(profile.id));
        await store.write(profiles.filter((p) => p.id !== input.id));
        log.info('profile.deleted', {
          environment: profile.environment,
          fingerprint: fingerprintOfHexKey(profile.apiKey),
        });
        options.events.emit('app.changed', { topic: 'profiles' });
        return { deleted: true as const };
      });
    },

    async testConnection(input: { id: string }): Promise<ConnectionReport> {
      const report = (
        outcome: ConnectionReport['outcome'],
        message: string,
        hint: string,
        extra: Partial<ConnectionReport> = {},
      ) => ({
        outcome,
        message,
        hint,
        clockSkewMs: null,
        latencyMs: null,
        errorId: null,
        ...extra,
      });
      const client = await clientFor(input.id);
      try {
        await client.listMpcVaults({ vault_type: 'Org-Controlled', limit: 1 });
      } catch (error) {
        if (error instanceof KeychainError || !isCoboApiError(error)) throw error;
        const extra = {
          clockSkewMs: client.lastClockSkewMs,
          latencyMs: client.lastLatencyMs,
          errorId: error.details.errorId ?? null,
        };
        const kind = error.details.kind;
        const outcome =
          kind === 'auth' || kind === 'forbidden'
            ? 'auth_failed'
            : kind === 'clock_skew'
              ? 'clock_skew'
              : kind === 'network' || kind === 'timeout' || kind === 'refused'
                ? 'network'
                : kind === 'server' || kind === 'rate_limited'
                  ? 'server_error'
                  : 'unexpected';
        return report(outcome, error.message, error.hint, extra);
      }
      const skew = client.lastClockSkewMs;
      const extra = { clockSkewMs: skew, latencyMs: client.lastLatencyMs };
      if (skew !== null && Math.abs(skew) > CLOCK_SKEW_LIMIT_MS) {
        return report(
          'clock_skew',
          `Connected, but this computer’s clock is ${Math.round(Math.abs(skew) / 1000)} s off Cobo’s; requests will start failing.`,
          'Set the system clock to synchronise automatically (NTP).',
          extra,
        );
      }
      return report('ok', 'Connected and authenticated.', 'This profile is ready for a ceremony.', extra);
    },

    /** On the very first start (no profile file yet), create a ready Sandbox profile. */
    async ensureFirstRunProfile(): Promise<void> {
      try {
        const { exists } = await store.read();
        if (exists) return;
        const { secretHex, apiKey } = generateKeyPair();
        await create(FIRST_RUN_PROFILE_NAME, 'sandbox', secretHex, apiKey);
      } catch (error) {
        startupProblem = isAppError(error)
          ? error
          : new AppError(
              'profile.first_run_failed',
              'The rehearsal profile could not be created.',
              'Create one on the Profiles screen.',
            );
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
      return view(await find(id));
    },

    /** Whether the keychain answers and still holds this profile's secret (pre-flight). */
    async hasSecret(id: string): Promise<boolean> {
      const profile = await find(id);
      return (await options.secrets.get(accountFor(profile.id))) !== null;
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
