// @vitest-environment node
/** The Verify screen's channel says whose key signed a transcript: only this installation's own is "ours". */
import { describe, expect, it } from 'vitest';
import { fingerprintOfHexKey, replaceConfirmation } from '../../../common/fingerprint';
import { generateKeyPair } from '../../../main/cobo/sign';
import { createHandlers, type HandlerServices } from '../../../main/ipc/handlers';
import { signerFromSecret } from '../../../main/journal/ed25519';
import { createInstallationKey } from '../../../main/journal/installation-key';
import { createRecords } from '../../../main/journal/records';
import { buildTranscript, transcriptText } from '../../../main/journal/transcript';
import { journalLines } from '../../helpers/journal';

async function signedBy(key: { secretHex: string }, journalKey = key) {
  const lines = await journalLines(signerFromSecret(journalKey.secretHex), { kind: 'KeyGen' }, [
    ['closure', { outcome: 'abandoned' }],
  ]);
  return transcriptText(buildTranscript(lines, null, signerFromSecret(key.secretHex)));
}

describe('transcript.verify', () => {
  const own = generateKeyPair();
  const secrets = new Map([['installation:transcript-signing-key', own.secretHex]]);
  const key = createInstallationKey({
    get: async (a) => secrets.get(a) ?? null,
    set: async (a, secret) => void secrets.set(a, secret),
    delete: async (a) => secrets.delete(a),
  });
  const records = createRecords({ ceremonies: {} as never, installation: key, saveFile: async () => null });
  const handlers = createHandlers({ records } as unknown as HandlerServices);
  const verify = (content: string) =>
    handlers['transcript.verify']({ content }, { frontEnd: 'browser' } as never);

  it('names this installation’s key as the signer, and a replaced one as a previous key of it', async () => {
    await key.publicInfo();
    const before = await signedBy(own);
    expect(await verify(before)).toMatchObject({ ok: true, signer: 'this-installation' });
    await key.replace({
      reason: 'compromised',
      confirm: replaceConfirmation(fingerprintOfHexKey(own.apiKey)),
    });
    expect(await verify(before)).toMatchObject({ ok: true, signer: 'previous-key' });
  });

  it('judges a transcript by the least known of its two signers: the journal’s and the transcript’s', async () => {
    // Entries signed by a stranger, the transcript by a key of this installation: not this installation's record.
    const mixed = await signedBy(own, generateKeyPair());
    expect(await verify(mixed)).toMatchObject({
      ok: true,
      fingerprint: fingerprintOfHexKey(own.apiKey),
      signer: 'unknown',
    });
  });

  it('says a transcript that verifies under another key was signed by a key this installation does not know', async () => {
    const other = generateKeyPair();
    expect(await verify(await signedBy(other))).toMatchObject({
      ok: true,
      signer: 'unknown',
      fingerprint: fingerprintOfHexKey(other.apiKey),
    });
  });

  it('names no signer for a file that is not a transcript', async () => {
    expect(await verify('nope')).toMatchObject({ status: 'not-a-transcript', ok: false, signer: null });
  });
});
