/** Installation keys for tests: a real Ed25519 signer, and the "whose key is this" answer of an installation that holds it. */
import { randomBytes } from 'node:crypto';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import type { RecordKeys } from '../../main/ceremony/registry';
import { signerFromSecret, type Signer } from '../../main/journal/ed25519';

export const testSigner = (): Signer => signerFromSecret(randomBytes(32).toString('hex'));

/** An installation whose only key is `signer` (a fresh one when not given). */
export function testKeys(signer: Signer = testSigner()): RecordKeys & { readonly current: Signer } {
  let mark: string | null = null;
  return {
    current: signer,
    readMark: async () => mark,
    order: async (fingerprint) => (fingerprint === fingerprintOfHexKey(signer.publicKey) ? 0 : -1),
    writeMark: async (m) => {
      mark = m;
    },
    signer: async () => signer,
    currentPublicKey: async () => signer.publicKey,
    whose: async (fingerprint) =>
      fingerprint === fingerprintOfHexKey(signer.publicKey) ? 'this-installation' : 'unknown',
  };
}
