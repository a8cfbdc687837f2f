/**
 * A Cobo client for a profile: its environment's base URL, and a signer that reads the profile's
 * secret from the keychain for one request at a time (the client never holds the secret).
 */
import { createCoboClient, type CoboClient, type RequestSigner } from '../cobo/client';
import { signRequest } from '../cobo/sign';
import type { EnvironmentId } from '../../common/contract';
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import type { SecretStore } from '../keychain/secret-store';
import { accountFor } from './edits';
import type { StoredProfile } from './store';

export interface ClientFactoryOptions {
  readonly secrets: SecretStore;
  /** The base URL of an environment; the sandbox's is only known once it runs. */
  readonly baseUrlFor: (environment: EnvironmentId) => Promise<string>;
  /** How long one Cobo call may take (tests shorten it to reach a timeout quickly). */
  readonly timeoutMs?: number;
}

function signerFor(secrets: SecretStore, profile: StoredProfile): RequestSigner {
  return async (parts) => {
    const secretHex = await secrets.get(accountFor(profile.id));
    if (!secretHex) {
      // The keychain answered (a locked one refuses with its own error): the entry is not there.
      throw new AppError(
        'profile.secret_missing',
        said('errorsMore.profile.secretMissing', { name: profile.name }),
        said('errorsMore.profile.secretMissingHint'),
      );
    }
    return signRequest({ secretHex, ...parts });
  };
}

export function createClientFactory(options: ClientFactoryOptions) {
  return async (profile: StoredProfile): Promise<CoboClient> =>
    createCoboClient({
      baseUrl: await options.baseUrlFor(profile.environment),
      sign: signerFor(options.secrets, profile),
      timeoutMs: options.timeoutMs,
    });
}
