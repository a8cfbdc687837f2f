/**
 * Changing the profile list: adding a profile (its secret into the keychain first, the file after),
 * renaming one, and deleting one (its keychain entry first). One change at a time; every change is
 * announced to the page.
 */
import { randomUUID } from 'node:crypto';
import type { EnvironmentId, FrontEnd, Profile } from '../../common/contract';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { assertEnvironmentAllowed } from '../cobo/environments';
import { ENVIRONMENT_NAMES } from '../../common/i18n/environments';
import type { EventHub } from '../ipc/event-hub';
import type { SecretStore } from '../keychain/secret-store';
import { log } from '../log';
import { createSerialQueue } from '../storage/atomic-file';
import type { createProfileStore, StoredProfile } from './store';

export const accountFor = (id: string) => `profile:${id}`;

export const profileView = ({ officerName, ...p }: StoredProfile): Profile => ({
  ...p,
  officerName: officerName ?? null,
  fingerprint: fingerprintOfHexKey(p.apiKey),
});

export const profileNotFound = () =>
  new AppError(
    'profile.not_found',
    said('errorsMore.profile.notFound'),
    said('errorsMore.profile.notFoundHint'),
  );

export interface ProfileEditsOptions {
  readonly store: ReturnType<typeof createProfileStore>;
  readonly frontEnd: FrontEnd;
  readonly secrets: SecretStore;
  readonly events: EventHub;
  readonly onSandboxApiKey?: (apiKey: string) => Promise<void>;
  /** Told when a Sandbox profile is deleted, so the sandbox stops letting its API key in. */
  readonly onSandboxApiKeyRemoved?: (apiKey: string) => Promise<void>;
  /** Told when a profile was written, so a problem reported at start-up is cleared. */
  readonly onWritten: () => void;
}

export function createProfileEdits(options: ProfileEditsOptions) {
  const { store } = options;
  const serial = createSerialQueue();
  const view = profileView;
  const notFound = profileNotFound;

  /** The stored profile, refused when it is gone or its environment is not allowed on this front end. */
  async function stored(id: string): Promise<{ profiles: StoredProfile[]; profile: StoredProfile }> {
    const { profiles } = await store.read();
    const profile = profiles.find((p) => p.id === id);
    if (!profile) throw notFound();
    assertEnvironmentAllowed(options.frontEnd, profile.environment);
    return { profiles, profile };
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
          said('errorsMore.profile.duplicateKey', { environment: said(ENVIRONMENT_NAMES[environment]) }),
          said('errorsMore.profile.duplicateKeyHint'),
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
          said('errorsMore.profile.writeFailed', { file: store.file }),
          said('errorsMore.profile.writeFailedHint'),
        );
      }
      options.onWritten();
      if (environment === 'sandbox') await options.onSandboxApiKey?.(apiKey);
      log.info('profile.created', { environment, fingerprint: fingerprintOfHexKey(apiKey) });
      options.events.emit('app.changed', { topic: 'profiles' });
      return view(profile);
    });
  }

  /** One stored profile changed and written, the page told. */
  function change(id: string, edit: (p: StoredProfile) => StoredProfile) {
    return serial(async () => {
      const { profiles, profile } = await stored(id);
      const changed = edit(profile);
      await store.write(profiles.map((p) => (p.id === id ? changed : p)));
      options.events.emit('app.changed', { topic: 'profiles' });
      return view(changed);
    });
  }

  return {
    create,
    rename: (input: { id: string; name: string }) => change(input.id, (p) => ({ ...p, name: input.name })),
    /** The officer who uses this profile: recorded with each ceremony started from it. */
    setOfficer: (input: { id: string; officerName: string }) =>
      change(input.id, (p) => ({ ...p, officerName: input.officerName.trim() })),

    async delete(input: { id: string; confirmName: string }) {
      return serial(async () => {
        const { profiles, profile } = await stored(input.id);
        if (input.confirmName.trim() !== profile.name) {
          throw new AppError(
            'profile.confirmation_mismatch',
            said('errorsMore.profile.confirmationMismatch', { name: profile.name }),
            said('errorsMore.profile.confirmationMismatchHint'),
          );
        }
        // The keychain entry goes first: if the keychain refuses, the profile stays listed so the
        // officer can try again, and no secret is left behind without a profile pointing at it.
        await options.secrets.delete(accountFor(profile.id));
        await store.write(profiles.filter((p) => p.id !== input.id));
        // No two profiles share an API key, so the sandbox can stop letting this one in.
        if (profile.environment === 'sandbox') await options.onSandboxApiKeyRemoved?.(profile.apiKey);
        log.info('profile.deleted', {
          environment: profile.environment,
          fingerprint: fingerprintOfHexKey(profile.apiKey),
        });
        options.events.emit('app.changed', { topic: 'profiles' });
        return { deleted: true as const };
      });
    },
  };
}
