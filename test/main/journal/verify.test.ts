// @vitest-environment node
/**
 * The transcript verifier on transcripts built here, entry by entry, signed with a throwaway key: the
 * shapes a real ceremony rarely produces (no request, no closure, no vault, cancelled) each checked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../main/cobo/sign';
import { fingerprintOfHexKey, journalHeadFingerprint } from '../../../common/fingerprint';
import { openJournal, sha256Hex, type JsonValue } from '../../../main/journal/journal';
import {
  buildTranscript,
  canonicalJson,
  transcriptText,
  verifyTranscript,
} from '../../../main/journal/transcript';
import type { Ceremony } from '../../../common/contract';
import { newCeremony } from '../../fixtures/ceremony';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { secretHex, apiKey: publicKey } = generateKeyPair();
const KEYS = [
  { curve: 'SECP256K1', root_pubkey: 'xpub-one' },
  { curve: 'ED25519', root_pubkey: 'xpub-two' },
];

type Entry = [Parameters<Awaited<ReturnType<typeof openJournal>>['append']>[0], { [k: string]: JsonValue }];

async function transcriptOf(over: Partial<Ceremony>, entries: Entry[]): Promise<string> {
  const ceremony = newCeremony({ kind: 'KeyGen', vaultName: 'Treasury', ...over });
  const journal = await openJournal(path.join(dir, `${Math.random()}.jsonl`));
  await journal.append('ceremony_started', {
    kind: ceremony.kind,
    environment: ceremony.environment,
    api_key_fingerprint: ceremony.apiKeyFingerprint,
  });
  for (const [kind, data] of entries) await journal.append(kind, data);
  return transcriptText(
    buildTranscript(ceremony, journal.entries(), ['Alice (a)'], { secretHex, publicKey }),
  );
}

const fingerprint = fingerprintOfHexKey(publicKey);

describe('verifying transcripts of every shape', () => {
  it('verifies an open ceremony with no request, no vault and no closure, and says so', async () => {
    const text = await transcriptOf({ vaultName: null }, [['note', { note: 'started' }]]);
    expect(JSON.parse(text).header.root_pubkeys).toEqual([]);
    const entries = (JSON.parse(text) as { journal: unknown[] }).journal;
    const head = journalHeadFingerprint(sha256Hex(JSON.stringify(entries.at(-1))));
    expect(verifyTranscript(text)).toEqual({
      ok: true,
      head,
      problem: null,
      fingerprint,
      summary: `VERIFIED: KeyGen in sandbox on vault ?, outcome open; 2 journal entries, hash chain intact, head ${head}; signed by installation key ${fingerprint}. Compare this fingerprint with the one the installation's owner gave you.`,
    });
  });

  it('checks the journal head the witnesses wrote down: the same in any case or spacing passes, another fails', async () => {
    const text = await transcriptOf({}, [['note', { note: 'started' }]]);
    const head = verifyTranscript(text).head!;
    expect(verifyTranscript(text, ` ${head.toLowerCase().replace(/-/g, ' ')} `).ok).toBe(true);
    const other = 'AAAA-BBBB-CCCC-DDDD';
    expect(verifyTranscript(text, other)).toMatchObject({
      ok: false,
      head,
      problem: `the journal's head is ${head}, not the ${other} written down at the ceremony: the record was rewritten`,
    });
  });

  it('names the vault by its id when it has no name', async () => {
    const text = await transcriptOf(
      { vaultName: null, selection: { vaultId: 'vault-7' } as Ceremony['selection'] },
      [],
    );
    expect(verifyTranscript(text).summary).toContain('on vault vault-7, outcome open;');
  });

  it('verifies a cancelled ceremony, whose answers carry no request id, and notes that mention other requests', async () => {
    const text = await transcriptOf({ tssRequestId: 'req-1', outcome: 'cancelled' }, [
      ['response_received', { tss_request_id: 'req-1', status: 'PendingKeyHolderConfirmation' }],
      ['note', { note: 'cancel requested', tss_request_id: 'req-0-from-an-earlier-try' }],
      ['response_received', { cancel: true, status: 'Success' }],
      ['closure', { outcome: 'cancelled' }],
    ]);
    expect(verifyTranscript(text)).toMatchObject({
      ok: true,
      summary: expect.stringContaining('outcome cancelled;'),
    });
  });

  it('verifies a group set-up, which sends no TSS request', async () => {
    const text = await transcriptOf({ kind: 'GroupSetup', outcome: 'success' }, [
      ['response_received', { key_share_holder_group_id: 'g-new', status: 'New' }],
      ['closure', { outcome: 'success' }],
    ]);
    expect(JSON.parse(text).header.tss_request_id).toBeNull();
    expect(verifyTranscript(text).ok).toBe(true);
  });

  it('holds the header to the last verification and the last closing entry', async () => {
    const good = await transcriptOf({ tssRequestId: 'r', outcome: 'success', rootKeysAfter: KEYS }, [
      ['response_received', { tss_request_id: 'r' }],
      ['verification_result', { root_pubkeys: [], unchanged: null }],
      ['verification_result', { root_pubkeys: KEYS, unchanged: null }],
      ['verification_result', { custodians_compared_with_devices: true }],
      ['closure', { outcome: 'success' }],
    ]);
    expect(verifyTranscript(good).ok).toBe(true);
    const open = await transcriptOf({ tssRequestId: 'r', outcome: null, rootKeysAfter: KEYS }, [
      ['response_received', { tss_request_id: 'r' }],
      ['verification_result', { root_pubkeys: KEYS, unchanged: null }],
    ]);
    expect(verifyTranscript(open).ok).toBe(true);
    const lying = await transcriptOf({ outcome: 'success' }, [['closure', { outcome: 'abandoned' }]]);
    expect(verifyTranscript(lying).problem).toBe(
      'the header’s outcome differs from the journal’s closing entry',
    );
  });

  it('says what is wrong with a file that is not a transcript, and where', () => {
    expect(verifyTranscript('5').problem).toBe(
      'the file is not a Key Ceremony transcript (file: Invalid input: expected object, received number)',
    );
    expect(verifyTranscript('{}').problem).toMatch(/^the file is not a Key Ceremony transcript \(header: /);
    expect(verifyTranscript('nope')).toEqual({
      ok: false,
      head: null,
      problem: 'the file is not JSON',
      fingerprint: null,
      summary: 'NOT VERIFIED: the file is not JSON',
    });
  });

  it('refuses a public key that is not a curve point, without failing', async () => {
    const t = JSON.parse(await transcriptOf({}, []));
    t.header.installation_public_key = 'ff'.repeat(32);
    t.header.installation_key_fingerprint = fingerprintOfHexKey(t.header.installation_public_key);
    expect(verifyTranscript(transcriptText(t))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^the signature does not match/),
    });
  });

  it('refuses an empty journal', async () => {
    const t = JSON.parse(await transcriptOf({}, []));
    t.journal = [];
    expect(verifyTranscript(transcriptText(t)).problem).toMatch(/signature does not match|does not start/);
  });
});

describe('the canonical form that is signed', () => {
  it('sorts keys by code unit at every level, drops undefined members, and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], B: null, ä: 'x', u: undefined })).toBe(
      '{"B":null,"a":[{"c":3,"d":2}],"b":1,"ä":"x"}',
    );
    expect(canonicalJson([3, [2, 1], { z: 1, y: [true, false] }])).toBe('[3,[2,1],{"y":[true,false],"z":1}]');
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`k${String(39 - i).padStart(2, '0')}`, i]),
    );
    expect(Object.keys(JSON.parse(canonicalJson(many)))).toEqual(Object.keys(many).sort());
  });

  it('writes scalars as JSON does', () => {
    expect([0, '', null, false, 'a"b', 1.5].map(canonicalJson)).toEqual([
      '0',
      '""',
      'null',
      'false',
      '"a\\"b"',
      '1.5',
    ]);
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });
});
