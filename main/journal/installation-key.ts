/**
 * This installation's record-signing key: an Ed25519 key made once, on first use, and kept in the OS
 * keychain beside the API secrets. It signs every journal entry and every transcript; its public key
 * and fingerprint go into both.
 *
 * Its life is on record in `installation-keys.json` (public keys only): the key is created once even
 * when first uses race, and never silently replaced — if the keychain loses it, the app says so, and
 * a new key is made only when the officer asks, with the old one kept as a previous key so the
 * transcripts it signed still verify as this installation's.
 */
import { z } from 'zod';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import { AppError } from '../app-error';
import { apiKeyFromSecret, generateKeyPair } from '../cobo/sign';
import type { SecretStore } from '../keychain/secret-store';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { signerFromSecret, type Signer } from './ed25519';

const ACCOUNT = 'installation:transcript-signing-key';

const KeyRecord = z.strictObject({
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  /** When it stopped being the current key, and why; null while it is current. */
  retiredAt: z.string().nullable(),
  reason: z.string().nullable(),
});
const History = z.strictObject({ keys: z.array(KeyRecord) });
type History = z.infer<typeof History>;

export const keyMissing = (fingerprint: string) =>
  new AppError(
    'installation.key_missing',
    `This installation's transcript key (${fingerprint}) is missing from the system keychain.`,
    'If the keychain is locked, unlock it and try again. If the key is lost, create a new one on the About screen: transcripts signed before still verify as signed by a previous key of this installation.',
  );

export function createInstallationKey(secrets: SecretStore, historyFile?: string) {
  let memory: History = { keys: [] };
  let pending: Promise<string> | null = null;

  async function history(): Promise<History> {
    if (!historyFile) return memory;
    const text = await readTextIfExists(historyFile);
    return text === null ? { keys: [] } : History.parse(JSON.parse(text));
  }
  async function record(next: History) {
    memory = next;
    if (historyFile) await writeFileAtomic(historyFile, JSON.stringify(next, null, 1));
  }
  const now = () => new Date().toISOString();

  async function load(): Promise<string> {
    const known = await history();
    const current = known.keys.find((k) => k.retiredAt === null);
    const existing = await secrets.get(ACCOUNT);
    if (existing) {
      const publicKey = apiKeyFromSecret(existing);
      // A key from before the record existed (or made elsewhere) joins it as the current key.
      if (current?.publicKey !== publicKey)
        await record({
          keys: [
            ...known.keys.map((k) =>
              k === current ? { ...k, retiredAt: now(), reason: 'replaced in the keychain' } : k,
            ),
            { publicKey, createdAt: now(), retiredAt: null, reason: null },
          ],
        });
      return existing;
    }
    if (current) throw keyMissing(fingerprintOfHexKey(current.publicKey));
    return create(known, null);
  }

  async function create(known: History, reason: string | null): Promise<string> {
    const { secretHex, apiKey } = generateKeyPair();
    await secrets.set(ACCOUNT, secretHex);
    await record({
      keys: [
        ...known.keys.map((k) => (k.retiredAt === null ? { ...k, retiredAt: now(), reason } : k)),
        { publicKey: apiKey, createdAt: now(), retiredAt: null, reason: null },
      ],
    });
    return secretHex;
  }

  /** One load at a time: first uses that race make one key, not several. */
  function secret(): Promise<string> {
    pending ??= load().finally(() => {
      pending = null;
    });
    return pending;
  }

  // The key as a signer, kept once read: every journal entry is signed with it, and a keychain read
  // per entry would cost more than the fsync. Replacing the key clears it.
  let signing: Promise<Signer> | null = null;
  function signer(): Promise<Signer> {
    signing ??= secret().then(signerFromSecret);
    signing.catch(() => {
      signing = null;
    });
    return signing;
  }

  return {
    /** Main process only: signs journal entries and transcripts; the secret stays inside. */
    signer,
    async publicInfo(): Promise<{ publicKey: string; fingerprint: string }> {
      const { publicKey } = await signer();
      return { publicKey, fingerprint: fingerprintOfHexKey(publicKey) };
    },
    /** The public key of the secret the keychain holds now, or null: a look that never makes a key. */
    async currentPublicKey(): Promise<string | null> {
      const existing = await secrets.get(ACCOUNT);
      return existing ? apiKeyFromSecret(existing) : null;
    },
    /** Whose key a fingerprint is: this installation's current key, one of its previous keys, or neither. */
    async whose(fingerprint: string): Promise<'this-installation' | 'previous-key' | 'unknown'> {
      const known = (await history()).keys;
      const match = known.find((k) => fingerprintOfHexKey(k.publicKey) === fingerprint);
      return !match ? 'unknown' : match.retiredAt === null ? 'this-installation' : 'previous-key';
    },
    /** A new key, made deliberately when the current one is lost; the old one stays known as previous. */
    async replace(reason: string): Promise<{ publicKey: string; fingerprint: string }> {
      await pending?.catch(() => undefined);
      signing = null;
      const secretHex = await create(await history(), reason);
      const publicKey = apiKeyFromSecret(secretHex);
      return { publicKey, fingerprint: fingerprintOfHexKey(publicKey) };
    },
  };
}

export type InstallationKey = ReturnType<typeof createInstallationKey>;
