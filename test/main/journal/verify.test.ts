// @vitest-environment node
/**
 * The transcript verifier on transcripts built here, entry by entry, signed with a throwaway key: the
 * shapes a real ceremony rarely produces (no request, no closure, no vault, cancelled) each checked.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintOfHexKey, journalHeadFingerprint } from '../../../common/fingerprint';
import { sha256Hex } from '../../../main/journal/chain';
import {
  buildTranscript,
  signTranscript,
  transcriptText,
  verifyTranscript,
  type Transcript,
} from '../../../main/journal/transcript';
import { canonicalJson } from '../../../main/journal/json-text';
import { journalLines, rechain, type EntrySpec } from '../../helpers/journal';
import { testSigner } from '../../helpers/record-keys';

const installation = testSigner();
const fingerprint = fingerprintOfHexKey(installation.publicKey);
const KEYS = [
  { curve: 'SECP256K1', root_pubkey: 'xpub-one' },
  { curve: 'ED25519', root_pubkey: 'xpub-two' },
];
const START = {
  ceremony_id: 'c-1',
  kind: 'KeyGen',
  environment: 'sandbox',
  api_key_fingerprint: 'API0-KEY0-FING-ER00',
};
const SELECTED: EntrySpec = [
  'step_completed',
  { step: 'selection', selection: { vaultId: 'vault-7' }, vault_name: 'Treasury' },
];
const CLOSED: EntrySpec = ['closure', { outcome: 'success' }];

async function transcriptOf(entries: EntrySpec[], signer = installation) {
  return transcriptText(buildTranscript(await journalLines(signer, START, entries), null, signer));
}
const parsed = (text: string) => JSON.parse(text) as Transcript;
/** What someone holding the installation key can do: change anything, and sign it again. */
function resigned(text: string, change: (t: Transcript) => void) {
  const t = parsed(text);
  change(t);
  t.signature = signTranscript(t.header, t.journal, installation);
  return transcriptText(t);
}

describe('verifying transcripts of every shape', () => {
  it('verifies a closed ceremony, and reads the header’s facts from the journal', async () => {
    const text = await transcriptOf([
      SELECTED,
      ['custodian_checkin', { tss_node_id: 'node-a', name: 'Alice', at: 't' }],
      ['witnesses', { names: ['Wendy'] }],
      ['response_received', { tss_request_id: 'req-1', status: 'PendingKeyHolderConfirmation' }],
      ['verification_result', { root_pubkeys: KEYS, unchanged: null }],
      ['ceremony_finished', { outcome: 'success', failure: null }],
      CLOSED,
    ]);
    const { header, journal } = parsed(text);
    expect(header).toMatchObject({
      ceremony_id: 'c-1',
      ceremony_type: 'KeyGen',
      vault: { vault_id: 'vault-7', name: 'Treasury' },
      participants: ['Alice (node-a)'],
      witnesses: ['Wendy'],
      tss_request_id: 'req-1',
      root_pubkeys: KEYS,
      outcome: 'success',
      damage: null,
    });
    const head = journalHeadFingerprint(sha256Hex(journal.at(-1)!));
    expect(verifyTranscript(text)).toEqual({
      status: 'verified',
      ok: true,
      head,
      problem: null,
      entry: null,
      fingerprint,
      journalSigners: [fingerprint],
      entriesAfterExpectedHead: null,
      keyHistory: [],
      entries: expect.arrayContaining([expect.objectContaining({ kind: 'closure' })]),
      // The summary as message keys, a field of the verdict (issue #32).
      said: expect.objectContaining({ key: 'verdicts.transcript.verified' }),
      problemSaid: null,
      summary: `VERIFIED: KeyGen in sandbox on vault Treasury, outcome success; 8 journal entries, each signed and chained, closed, head ${head}; signed by installation key ${fingerprint}. Compare the fingerprint with the one the installation's owner gave you.`,
    });
  });

  it('reads a journal without its closing entry as incomplete, whether still open or cut short', async () => {
    const open = await transcriptOf([SELECTED, ['note', { note: 'started' }]]);
    expect(verifyTranscript(open)).toMatchObject({
      status: 'incomplete',
      ok: false,
      problem: expect.stringContaining('it has no closing entry'),
      summary: expect.stringMatching(/^INCOMPLETE: the journal's 3 entries are intact/),
    });
    // Cut after signing, the transcript's signature no longer matches; cut before (re-signed by the key
    // holder), it is incomplete, not verified.
    const closed = await transcriptOf([SELECTED, CLOSED]);
    expect(verifyTranscript(resigned(closed, (t) => t.journal.pop())).status).toBe('damaged');
    const cut = resigned(closed, (t) => {
      t.journal.pop();
      t.header.outcome = null;
    });
    expect(verifyTranscript(cut).status).toBe('incomplete');
  });

  it('checks the journal head the witnesses wrote down: the same in any case or spacing passes, another fails', async () => {
    const text = await transcriptOf([CLOSED]);
    const head = verifyTranscript(text).head!;
    expect(verifyTranscript(text, ` ${head.toLowerCase().replace(/-/g, ' ')} `).ok).toBe(true);
    const other = 'AAAA-BBBB-CCCC-DDDD';
    expect(verifyTranscript(text, other)).toMatchObject({
      status: 'damaged',
      head,
      problem: `the journal's head is ${head}, and no entry of it ever had the head ${other} written down at the ceremony: the record was rewritten`,
    });
  });

  it('takes a head the journal passed through (a sheet printed before the close), saying how many entries came after it', async () => {
    const text = await transcriptOf([['witnesses', { names: ['Wendy'] }], ['note', { n: 1 }], CLOSED]);
    const { journal } = parsed(text);
    const headAfter = (n: number) => journalHeadFingerprint(sha256Hex(journal[n - 1]!));
    expect(verifyTranscript(text, headAfter(2))).toMatchObject({
      status: 'verified',
      entriesAfterExpectedHead: 2,
      summary: expect.stringContaining(
        `the head written down at the ceremony is the journal's head after entry 2, and 2 entries came after it (note, closure);`,
      ),
    });
    expect(verifyTranscript(text, headAfter(3)).summary).toContain(
      'after entry 3, and 1 entry came after it (closure);',
    );
    expect(verifyTranscript(text, headAfter(4))).toMatchObject({
      entriesAfterExpectedHead: 0,
      summary: expect.stringContaining('the head written down at the ceremony is its last;'),
    });
  });

  it('writes out invisible characters of a vault name from Cobo in its summary, so a terminal shows what it holds', async () => {
    const text = await transcriptOf([
      [
        'step_completed',
        { step: 'selection', selection: { vaultId: 'v-1' }, vault_name: 'Treasury\u202eexe.pdf' },
      ],
      CLOSED,
    ]);
    expect(verifyTranscript(text).summary).toContain('on vault Treasury[U+202E]exe.pdf, outcome');
  });

  it('names the vault by its id when it has no name', async () => {
    const text = await transcriptOf([
      ['step_completed', { step: 'selection', selection: { vaultId: 'v-9' } }],
      CLOSED,
    ]);
    expect(verifyTranscript(text).summary).toContain('on vault v-9, outcome success;');
  });

  it('takes a vault the ceremony created (VaultSetup) from Cobo’s answer', async () => {
    const text = await transcriptOf([
      ['step_completed', { step: 'selection', selection: { vaultId: null }, vault_name: 'New' }],
      ['response_received', { vault_id: 'v-new', name: 'New' }],
      CLOSED,
    ]);
    expect(parsed(text).header.vault).toEqual({ vault_id: 'v-new', name: 'New' });
    expect(verifyTranscript(text).ok).toBe(true);
  });

  it('verifies a cancelled ceremony, whose answers carry no request id, and notes that mention other requests', async () => {
    const text = await transcriptOf([
      ['response_received', { tss_request_id: 'req-1', status: 'PendingKeyHolderConfirmation' }],
      ['note', { note: 'cancel requested', tss_request_id: 'req-0-from-an-earlier-try' }],
      ['response_received', { cancel: true, status: 'Success' }],
      ['ceremony_finished', { outcome: 'cancelled', failure: 'cancelled' }],
      ['closure', { outcome: 'cancelled' }],
    ]);
    expect(verifyTranscript(text)).toMatchObject({
      ok: true,
      summary: expect.stringContaining('outcome cancelled;'),
    });
  });

  it('names the header fact that differs from the journal, and the entry that records it', async () => {
    const text = await transcriptOf([
      ['witnesses', { names: ['Wendy'] }],
      ['response_received', { tss_request_id: 'r' }],
      ['verification_result', { root_pubkeys: KEYS, unchanged: null }],
      CLOSED,
    ]);
    const cases: [(t: Transcript) => void, string, number, string][] = [
      [(t) => (t.header.witnesses = ['Mallory Forger']), 'witnesses', 2, 'witnesses'],
      [(t) => (t.header.outcome = 'failed'), 'outcome', 5, 'closure'],
      [(t) => (t.header.root_pubkeys = []), 'root_pubkeys', 4, 'verification_result'],
      [(t) => (t.header.tss_request_id = 'x'), 'tss_request_id', 3, 'response_received'],
      [(t) => (t.header.ceremony_type = 'Recovery'), 'ceremony_type', 1, 'ceremony_started'],
      [(t) => (t.header.environment = 'production'), 'environment', 1, 'ceremony_started'],
      [(t) => (t.header.vault.name = 'Some Other Vault'), 'vault', 0, ''],
    ];
    for (const [change, field, line, kind] of cases) {
      const verdict = verifyTranscript(resigned(text, change));
      expect(verdict.status).toBe('damaged');
      expect(verdict.entry).toEqual({ line, kind: kind || null, field: `header.${field}` });
      expect(verdict.problem).toMatch(
        new RegExp(
          `^the header's ${field} is .*, but ${line ? `journal entry ${line} \\(${kind}\\)` : 'the journal'} records`,
        ),
      );
    }
    expect(verifyTranscript(resigned(text, (t) => (t.header.witnesses = ['Mallory Forger']))).problem).toBe(
      'the header\'s witnesses is ["Mallory Forger"], but journal entry 2 (witnesses) records ["Wendy"]',
    );
  });

  it('refuses a journal with two TSS requests, even signed by the installation key', async () => {
    const text = await transcriptOf([
      ['response_received', { tss_request_id: 'r1' }],
      ['response_received', { tss_request_id: 'r2' }],
      CLOSED,
    ]);
    expect(verifyTranscript(text).problem).toBe('the journal records more than one TSS request');
  });

  it('names an entry the key holder rewrote only through the head the witnesses wrote down', async () => {
    const text = await transcriptOf([['witnesses', { names: ['Wendy'] }], CLOSED]);
    const head = verifyTranscript(text).head!;
    const rewritten = resigned(text, (t) => {
      t.journal[1] = t.journal[1]!.replace('Wendy', 'Mallory');
      t.journal = rechain(t.journal, 1, installation);
      t.header.witnesses = ['Mallory'];
    });
    expect(verifyTranscript(rewritten).ok).toBe(true);
    expect(verifyTranscript(rewritten, head)).toMatchObject({
      status: 'damaged',
      problem: expect.stringContaining('rewritten'),
    });
  });

  it('names a journal entry edited, removed or signed by another key, before looking at the signature', async () => {
    const text = await transcriptOf([['witnesses', { names: ['Wendy'] }], ['note', { n: 1 }], CLOSED]);
    const edited = parsed(text);
    edited.journal[1] = edited.journal[1]!.replace('Wendy', 'Mallory Forger');
    expect(verifyTranscript(transcriptText(edited))).toMatchObject({
      status: 'damaged',
      entry: { line: 2, kind: 'witnesses', field: 'sig' },
      problem: expect.stringMatching(
        /^journal entry 2 \(witnesses\), field sig: the signature does not match/,
      ),
    });
    const removed = parsed(text);
    removed.journal.splice(2, 1);
    expect(verifyTranscript(transcriptText(removed)).entry).toEqual({
      line: 3,
      kind: 'closure',
      field: 'seq',
    });
    const foreign = parsed(text);
    foreign.journal = rechain(foreign.journal, 2, testSigner());
    expect(verifyTranscript(transcriptText(foreign)).entry).toEqual({ line: 3, kind: 'note', field: 'sig' });
  });

  it('names both keys when the journal was signed by an earlier installation key than the transcript', async () => {
    const earlier = testSigner();
    const lines = await journalLines(earlier, START, [CLOSED]);
    const verdict = verifyTranscript(transcriptText(buildTranscript(lines, null, installation)));
    expect(verdict).toMatchObject({
      status: 'verified',
      fingerprint,
      journalSigners: [fingerprintOfHexKey(earlier.publicKey)],
    });
    expect(verdict.summary).toContain(
      `entries signed by installation key ${fingerprintOfHexKey(earlier.publicKey)}, transcript by ${fingerprint}`,
    );
  });

  it('reports a record the app exported as damaged as damaged, with what the app found', async () => {
    const lines = await journalLines(installation, START, [CLOSED]);
    const text = transcriptText(buildTranscript(lines, 'the state file disagrees', installation));
    expect(verifyTranscript(text)).toMatchObject({
      status: 'damaged',
      problem: 'the app exported this record as damaged: the state file disagrees',
    });
  });

  it('says what is wrong with a file that is not a transcript, in words, and details only a transcript’s own shortcomings', async () => {
    const notOne =
      'this file is not a Key Ceremony transcript (it has no transcript header): choose the .transcript.json file saved with “Export signed transcript” in History';
    for (const text of ['5', '{}', '{"header":{}}', '[1,2]', 'null', '{"profiles":[]}'])
      expect(verifyTranscript(text).problem, text).toBe(notOne);
    expect(verifyTranscript('{"header":{"format":"key-ceremony.transcript.v1"}}').problem).toBe(
      'this transcript is in the format key-ceremony.transcript.v1, which this version of Key Ceremony does not read; verify it with the version that wrote it, or export it again',
    );
    // A transcript missing a part is told what part.
    const t = parsed(await transcriptOf([CLOSED])) as unknown as Record<string, unknown>;
    delete t.signature;
    expect(verifyTranscript(`${JSON.stringify(t, null, 2)}\n`).problem).toMatch(
      /^the file is not a Key Ceremony transcript \(signature: /,
    );
    const notJson = { key: 'verdicts.transcript.notJson', values: { format: 'JSON' } };
    expect(verifyTranscript('nope')).toEqual({
      status: 'not-a-transcript',
      ok: false,
      head: null,
      problem: 'the file is not JSON',
      entry: null,
      fingerprint: null,
      journalSigners: [],
      entriesAfterExpectedHead: null,
      keyHistory: [],
      entries: [],
      summary: 'NOT VERIFIED: the file is not JSON',
      said: { key: 'verdicts.transcript.notVerified', values: { problem: notJson } },
      problemSaid: notJson,
    });
  });

  it('refuses a public key that is not a curve point, without failing', async () => {
    const t = parsed(await transcriptOf([CLOSED]));
    t.header.installation_public_key = 'ff'.repeat(32);
    t.header.installation_key_fingerprint = fingerprintOfHexKey(t.header.installation_public_key);
    expect(verifyTranscript(transcriptText(t))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^the signature does not match/),
    });
  });

  it('refuses an empty journal', async () => {
    expect(verifyTranscript(resigned(await transcriptOf([]), (t) => (t.journal = []))).problem).toBe(
      'the journal has no entries',
    );
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
