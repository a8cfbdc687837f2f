// @vitest-environment node
/** The Verify screen's channel says whose key signed a transcript: only this installation's own is "ours". */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOfHexKey } from '../../../common/fingerprint';
import { generateKeyPair } from '../../../main/cobo/sign';
import { createHandlers, type HandlerServices } from '../../../main/ipc/handlers';
import { createInstallationKey } from '../../../main/journal/installation-key';
import { openJournal } from '../../../main/journal/journal';
import { buildTranscript, transcriptText } from '../../../main/journal/transcript';
import { newCeremony } from '../../fixtures/ceremony';

async function signedBy(key: { secretHex: string; apiKey: string }) {
  const ceremony = newCeremony();
  const journal = await openJournal(path.join(mkdtempSync(path.join(os.tmpdir(), 'kc-verify-')), 'j.jsonl'));
  await journal.append('ceremony_started', {
    kind: ceremony.kind,
    environment: ceremony.environment,
    api_key_fingerprint: ceremony.apiKeyFingerprint,
  });
  return transcriptText(
    buildTranscript(ceremony, journal.entries(), [], { secretHex: key.secretHex, publicKey: key.apiKey }),
  );
}

describe('transcript.verify', () => {
  const own = generateKeyPair();
  const secrets = new Map([['installation:transcript-signing-key', own.secretHex]]);
  const key = createInstallationKey({
    get: async (a) => secrets.get(a) ?? null,
    set: async (a, secret) => void secrets.set(a, secret),
    delete: async (a) => secrets.delete(a),
  });
  const handlers = createHandlers({ records: { keyOwner: key.whose } } as unknown as HandlerServices);
  const verify = (content: string) =>
    handlers['transcript.verify']({ content }, { frontEnd: 'browser' } as never);

  it('names this installation’s key as the signer, and a replaced one as a previous key of it', async () => {
    await key.publicInfo();
    const before = await signedBy(own);
    expect(await verify(before)).toMatchObject({ ok: true, signer: 'this-installation' });
    await key.replace('lost in a test');
    expect(await verify(before)).toMatchObject({ ok: true, signer: 'previous-key' });
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
    expect(await verify('nope')).toMatchObject({ ok: false, signer: null });
  });
});
