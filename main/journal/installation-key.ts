/**
 * This installation's transcript-signing key: an Ed25519 key made on first use and kept in the OS
 * keychain beside the API secrets. Its public key and fingerprint go into every transcript.
 */
import { apiKeyFromSecret, generateKeyPair } from '../cobo/sign';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import type { SecretStore } from '../keychain/secret-store';

const ACCOUNT = 'installation:transcript-signing-key';

export function createInstallationKey(secrets: SecretStore) {
  let cached: { publicKey: string; fingerprint: string } | null = null;
  async function secret(): Promise<string> {
    const existing = await secrets.get(ACCOUNT);
    if (existing) return existing;
    const { secretHex } = generateKeyPair();
    await secrets.set(ACCOUNT, secretHex);
    return secretHex;
  }
  return {
    /** Main process only: for signing one transcript. */
    async withSecret<T>(use: (key: { secretHex: string; publicKey: string }) => T): Promise<T> {
      const secretHex = await secret();
      return use({ secretHex, publicKey: apiKeyFromSecret(secretHex) });
    },
    async publicInfo(): Promise<{ publicKey: string; fingerprint: string }> {
      if (!cached) {
        const publicKey = apiKeyFromSecret(await secret());
        cached = { publicKey, fingerprint: fingerprintOfHexKey(publicKey) };
      }
      return cached;
    },
  };
}
