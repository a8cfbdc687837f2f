// @vitest-environment node
/**
 * The record's trust anchor, attacked by someone who can write the data folder but cannot read the
 * keychain: which keys are this installation's is proven by signatures, a key is replaced only
 * deliberately, and a journal open across a replacement can still be abandoned on the record.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintOfHexKey, replaceConfirmation } from '../../../common/fingerprint';
import { readChain, sha256Hex, signedLine } from '../../../main/journal/chain';
import { readRecord } from '../../../main/ceremony/record-load';
import { newSecret, publicKeyOf, type Signer } from '../../../main/journal/ed25519';
import {
  createInstallationKey,
  installationAccount,
  type InstallationKey,
} from '../../../main/journal/installation-key';
import {
  introduce,
  KEY_HISTORY_FORMAT,
  keysTrustedThrough,
  readKeyHistory,
  type KeyHistoryFile,
  type KeyStatement,
} from '../../../main/journal/key-history';
import { openJournal } from '../../../main/journal/journal';
import { runVerifyTranscript } from '../../../main/journal/verify-command';
import { buildTranscript, transcriptText } from '../../../main/journal/transcript';
import type { SecretStore } from '../../../main/keychain/secret-store';
import { testSigner } from '../../helpers/record-keys';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-key-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function memorySecrets(initial: Record<string, string> = {}): SecretStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    set: async (account, secret) => void map.set(account, secret),
    get: async (account) => map.get(account) ?? null,
    delete: async (account) => map.delete(account),
  };
}

const ACCOUNT = 'installation:test';

/** An installation with its history file in a folder of its own, and its first key made. */
async function installation() {
  const file = path.join(mkdtempSync(path.join(dir, 'i-')), 'installation-keys.json');
  const secrets = memorySecrets();
  const key = createInstallationKey(secrets, file, ACCOUNT);
  const first = await key.publicInfo();
  const read = () => JSON.parse(readFileSync(file, 'utf8')) as KeyHistoryFile;
  const write = (h: unknown) => writeFileSync(file, JSON.stringify(h));
  const restart = () => createInstallationKey(secrets, file, ACCOUNT);
  return { file, secrets, key, first, read, write, restart };
}

const confirmFor = (fingerprint: string) => replaceConfirmation(fingerprint);

/** A journal's second line, as a key change to `to` after the first line `start`, signed by `to`. */
const keyChangeAfter = (start: string, to: Signer): string =>
  signedLine(
    { seq: 2, at: 't', kind: 'key_replaced', data: { signer: to.publicKey }, prev: sha256Hex(start) },
    to,
  ).line;

/** A history of three keys: a first, one it signed for (believed compromised), one made after a loss. */
function threeKeys() {
  const [a, b, c] = [testSigner(), testSigner(), testSigner()];
  const s1 = introduce([], a, 'first');
  const s2 = introduce([s1], b, 'compromised', { replacedSigner: a });
  const s3 = introduce([s1, s2], c, 'lost');
  return { a, b, c, s1, s2, s3 };
}

describe('which keys are this installation’s: proven by signatures, not by a list', () => {
  it('starts with a first key that signs its own statement, anchored by the keychain', async () => {
    const { key, first, read } = await installation();
    const history = read();
    expect(history.format).toBe(KEY_HISTORY_FORMAT);
    expect(history.statements).toEqual([
      expect.objectContaining({
        seq: 1,
        key: first.publicKey,
        replaces: null,
        reason: 'first',
        sig_replaced: null,
      }),
    ]);
    expect(readKeyHistory(history, first.publicKey).problem).toBeNull();
    expect(await key.whose(first.fingerprint)).toBe('this-installation');
    expect((await key.history()).keys).toEqual([
      expect.objectContaining({ fingerprint: first.fingerprint, standing: 'attested', until: null }),
    ]);
  });

  it('attack: a key of one’s own added as a previous key is not this installation’s (unsigned, or signed by the wrong key)', async () => {
    const { key, read, write } = await installation();
    const attacker = testSigner();
    const attackerFp = fingerprintOfHexKey(attacker.publicKey);
    const genuine = read();
    // Added as an earlier key of the first statement: the first key's signature no longer holds.
    write({
      ...genuine,
      statements: [{ ...genuine.statements[0]!, earlier_unsigned: [attacker.publicKey] }],
    });
    expect((await key.history()).problem).toMatch(/statement 1 is not signed by the key it introduces/);
    expect(await key.whose(attackerFp)).toBe('unknown');
    // A whole history of the attacker's own, chained and signed: it does not end with the keychain's key.
    const forged = [introduce([], attacker, 'first')];
    write({ format: KEY_HISTORY_FORMAT, statements: forged });
    expect((await key.history()).problem).toMatch(
      /is not the one this installation wrote last \(the keychain remembers another last statement\)/,
    );
    expect(await key.whose(attackerFp)).toBe('unknown');
    // The genuine history with the attacker's key inserted before the current key: the chain breaks.
    const inserted = introduce(genuine.statements, attacker, 'lost');
    write({ ...genuine, statements: [...genuine.statements, inserted] });
    expect(await key.whose(attackerFp)).toBe('unknown');
    expect((await key.history()).problem).toMatch(/is not the one this installation wrote last/);
  });

  it('attack: listing one’s own key as the current key marks nothing genuine damaged, and proves nothing', async () => {
    const { key, first, write } = await installation();
    const attacker = testSigner();
    write({ format: KEY_HISTORY_FORMAT, statements: [introduce([], attacker, 'first')] });
    // The keychain's own key still signs and is still this installation's, but not shown as proven.
    expect(await key.whose(first.fingerprint)).toBe('unattested');
    expect((await key.history()).keys).toEqual([
      expect.objectContaining({
        fingerprint: first.fingerprint,
        how: expect.stringContaining('does not verify'),
      }),
    ]);
  });

  it('attack: an unreadable history hides nothing and makes no new key', async () => {
    const { key, first, write, restart } = await installation();
    write('not json at all');
    expect(await key.whose(first.fingerprint)).toBe('unattested');
    expect((await key.history()).problem).toMatch(/unreadable/);
    expect((await restart().publicInfo()).fingerprint).toBe(first.fingerprint);
  });

  it('attack: the history removed, or an older version’s list put in its place, is found by the keychain’s mark, never started over', async () => {
    const { key, file, first, write, restart } = await installation();
    rmSync(file);
    await restart().publicInfo();
    expect(existsSync(file)).toBe(false);
    expect((await key.history()).problem).toMatch(/the key history was removed/);
    const attacker = testSigner();
    write({ keys: [{ publicKey: attacker.publicKey }, { publicKey: first.publicKey }] });
    await restart().publicInfo();
    expect((await key.history()).problem).toBeTruthy();
    expect(await key.whose(fingerprintOfHexKey(attacker.publicKey))).toBe('unknown');
  });

  it('undoes a replacement stopped before the keychain got the new key, and only that', async () => {
    const { key, first, read, write, restart } = await installation();
    const genuine = read();
    // As if the app stopped after writing the history: a statement for a key the keychain never got.
    write({
      ...genuine,
      statements: [...genuine.statements, introduce(genuine.statements, testSigner(), 'lost')],
    });
    const again = restart();
    expect((await again.publicInfo()).fingerprint).toBe(first.fingerprint);
    expect(read()).toEqual(genuine);
    expect((await again.history()).problem).toBeNull();
    expect(await key.whose(first.fingerprint)).toBe('this-installation');
  });

  it('attack: a journal that changes back to a key replaced before is not this installation’s record', async () => {
    const { key, first } = await installation();
    const a = await key.signer();
    await key.replace({ reason: 'compromised', confirm: confirmFor(first.fingerprint) });
    const b = await key.signer();
    // Begun under the new key, then "changed" back to the old one (whoever holds it could sign so).
    const folder = mkdtempSync(path.join(dir, 'back-'));
    const journalFile = path.join(folder, 'c.journal.jsonl');
    const journal = await openJournal(journalFile, { signer: async () => b });
    await journal.append('ceremony_started', { ceremony_id: 'c' });
    const start = readFileSync(journalFile, 'utf8').trim();
    const back = keyChangeAfter(start, a);
    writeFileSync(journalFile, `${start}\n${back}\n`);
    const found = await readRecord({
      id: 'c',
      journalFile,
      stateFile: path.join(folder, 'c.json'),
      keys: key,
    });
    expect('damaged' in found && found.damaged.record.problem).toMatchObject({
      line: 2,
      field: 'data.signer',
      reason: `the journal changes to key ${first.fingerprint}, which this installation replaced before`,
    });
  });

  it('reads each statement in its place: numbering, chain, the key replaced, the reason, both signatures', () => {
    const { a, b, c, s1, s2, s3 } = threeKeys();
    const ok = { format: KEY_HISTORY_FORMAT, statements: [s1, s2, s3] };
    const reading = readKeyHistory(ok, c.publicKey);
    expect(reading.problem).toBeNull();
    expect(reading.keys.map((k) => k.standing)).toEqual(['attested', 'attested', 'unattested']);
    const broken = (statements: unknown[]) =>
      readKeyHistory({ format: KEY_HISTORY_FORMAT, statements }, null).problem;
    expect(broken([s1, s3])).toMatch(/statement 2 is numbered 3/);
    expect(broken([s1, { ...s2, prev: s1.prev }])).toMatch(/statement 2 does not chain/);
    expect(broken([s1, { ...s2, at: '2020-01-01T00:00:00.000Z' }])).toMatch(
      /statement 2 is not signed by the key it introduces/,
    );
    expect(broken([s1, { ...s2, sig_replaced: s2.sig }])).toMatch(
      /signature of the key it replaces that does not verify/,
    );
    expect(broken([s1, { ...s2, sig_replaced: null }])).toMatch(
      /believed compromised without that key's signature/,
    );
    expect(broken([{ ...s1, reason: 'lost' }])).toMatch(/reason "lost" out of place/);
    expect(() => introduce([s1], b, 'compromised', { replacedSigner: c })).toThrow(
      /must be the key it replaces/,
    );
    // A lost key cannot have signed: a statement claiming both is refused.
    const lostButSigned = introduce([s1], b, 'lost', { replacedSigner: a });
    expect(broken([s1, lostButSigned])).toMatch(/was lost, yet that key signed it/);
  });

  it('lets an auditor’s trust follow signed introductions, never one made after a loss', () => {
    const { a, b, c, s1, s2, s3 } = threeKeys();
    const reached = keysTrustedThrough([s1, s2, s3], [fingerprintOfHexKey(a.publicKey).toLowerCase()]);
    expect([...reached]).toEqual([a.publicKey, b.publicKey]);
    expect(keysTrustedThrough([s1, s2, s3], [fingerprintOfHexKey(c.publicKey)])).toEqual(
      new Set([c.publicKey]),
    );
  });
});

describe('replacing the key is deliberate', () => {
  it('refuses to call a key in the keychain lost, and changes nothing', async () => {
    const { key, first, secrets, read } = await installation();
    const before = read();
    await expect(
      key.replace({ reason: 'lost', confirm: confirmFor(first.fingerprint) }),
    ).rejects.toMatchObject({
      code: 'installation.key_present',
      message: `The transcript key ${first.fingerprint} is in the keychain: it is not lost.`,
    });
    expect(read()).toEqual(before);
    expect(publicKeyOf(secrets.map.get(ACCOUNT)!)).toBe(first.publicKey);
  });

  it('refuses a wrong or missing confirmation, saying the words to type', async () => {
    const { key, first, read } = await installation();
    const before = read();
    for (const confirm of ['', 'make a new key', 'replace', `replace ${first.fingerprint.slice(0, 4)}x`])
      await expect(key.replace({ reason: 'compromised', confirm })).rejects.toMatchObject({
        code: 'installation.confirm_mismatch',
        hint: expect.stringContaining(`Type “${confirmFor(first.fingerprint)}”`),
      });
    expect(read()).toEqual(before);
  });

  it('a key believed compromised signs its successor’s introduction: both stay this installation’s, proven', async () => {
    const { key, first, read, secrets } = await installation();
    const next = await key.replace({
      reason: 'compromised',
      confirm: ` ${confirmFor(first.fingerprint).toUpperCase()} `,
    });
    expect(next).toMatchObject({ previousFingerprint: first.fingerprint, attested: true });
    expect(publicKeyOf(secrets.map.get(ACCOUNT)!)).toBe(next.publicKey);
    const [, second] = read().statements;
    expect(second).toMatchObject({ key: next.publicKey, replaces: first.publicKey, reason: 'compromised' });
    expect(second!.sig_replaced).not.toBeNull();
    expect(await key.whose(first.fingerprint)).toBe('previous-key');
    expect(await key.whose(next.fingerprint)).toBe('this-installation');
    expect((await key.publicInfo()).fingerprint).toBe(next.fingerprint);
  });

  it('a key made after a loss is recorded as unattested with its reason, and never shown as proven', async () => {
    const { first, read, secrets, restart } = await installation();
    secrets.map.delete(ACCOUNT);
    const key = restart();
    await expect(key.publicInfo()).rejects.toMatchObject({ code: 'installation.key_missing' });
    await expect(
      key.replace({ reason: 'compromised', confirm: confirmFor(first.fingerprint) }),
    ).rejects.toMatchObject({
      code: 'installation.key_absent',
    });
    const next = await key.replace({ reason: 'lost', confirm: confirmFor(first.fingerprint) });
    expect(next.attested).toBe(false);
    expect(read().statements[1]).toMatchObject({ reason: 'lost', sig_replaced: null });
    expect(await key.whose(next.fingerprint)).toBe('unattested');
    expect(await key.whose(first.fingerprint)).toBe('previous-key');
    const how = (await key.history()).keys.map((k) => k.how);
    expect(how[1]).toMatch(/because the key before it was lost: no earlier key signed for it/);
  });

  it('keeps the old key and the old history when the keychain refuses the new key', async () => {
    const { key, first, read, secrets } = await installation();
    const before = read();
    secrets.set = async () => {
      throw new Error('locked');
    };
    await expect(
      key.replace({ reason: 'compromised', confirm: confirmFor(first.fingerprint) }),
    ).rejects.toThrow();
    expect(read()).toEqual(before);
    expect(publicKeyOf(secrets.map.get(ACCOUNT)!)).toBe(first.publicKey);
  });

  it('refuses to replace a key whose history does not verify: a new key would hide it', async () => {
    const { key, first, write } = await installation();
    write({ format: KEY_HISTORY_FORMAT, statements: [introduce([], testSigner(), 'first')] });
    await expect(
      key.replace({ reason: 'compromised', confirm: confirmFor(first.fingerprint) }),
    ).rejects.toMatchObject({
      code: 'installation.history_damaged',
    });
  });
});

describe('where the key lives', () => {
  it('gives each data folder its own key, in the same keychain', async () => {
    const a = mkdtempSync(path.join(dir, 'a-'));
    const b = mkdtempSync(path.join(dir, 'b-'));
    expect(installationAccount(a)).not.toBe(installationAccount(b));
    // The id lives in the folder: the same folder, moved elsewhere, keeps its key.
    expect(installationAccount(a)).toBe(installationAccount(a));
    const moved = path.join(dir, 'moved');
    cpSync(a, moved, { recursive: true });
    expect(installationAccount(moved)).toBe(installationAccount(a));
    const secrets = memorySecrets();
    const keyOf = async (name: string) => {
      const folder = mkdtempSync(path.join(dir, `${name}-`));
      const key = createInstallationKey(secrets, path.join(folder, 'k.json'), installationAccount(folder));
      return (await key.publicInfo()).fingerprint;
    };
    expect(await keyOf('a')).not.toBe(await keyOf('b'));
    expect([...secrets.map.keys()].filter((a) => !a.includes(':key-history'))).toHaveLength(2);
  });

  it('takes over the shared key of an older version only for the folder whose history names it, and carries its unsigned list into sight', async () => {
    const legacySecret = newSecret();
    const legacyKey = publicKeyOf(legacySecret);
    const listed = testSigner().publicKey;
    const folder = mkdtempSync(path.join(dir, 'legacy-'));
    const file = path.join(folder, 'installation-keys.json');
    writeFileSync(
      file,
      JSON.stringify({
        keys: [
          { publicKey: listed, createdAt: 't', retiredAt: 't', reason: 'lost' },
          { publicKey: legacyKey, createdAt: 't', retiredAt: null, reason: null },
        ],
      }),
    );
    const secrets = memorySecrets({ 'installation:transcript-signing-key': legacySecret });
    // Another folder, whose history does not name the key, does not take it.
    const other = createInstallationKey(
      secrets,
      path.join(mkdtempSync(path.join(dir, 'o-')), 'k.json'),
      'installation:other',
    );
    expect((await other.publicInfo()).publicKey).not.toBe(legacyKey);
    const key = createInstallationKey(secrets, file, installationAccount(folder));
    expect((await key.publicInfo()).publicKey).toBe(legacyKey);
    expect(secrets.map.has('installation:transcript-signing-key')).toBe(false);
    expect(await key.whose(fingerprintOfHexKey(legacyKey))).toBe('this-installation');
    expect(await key.whose(fingerprintOfHexKey(listed))).toBe('unattested');
    expect((await key.history()).keys[0]).toMatchObject({ standing: 'listed-unsigned' });
  });
});

describe('a ceremony open when the key is replaced', () => {
  async function journalAcrossReplacement(key: InstallationKey) {
    const file = path.join(mkdtempSync(path.join(dir, 'j-')), 'c.journal.jsonl');
    const journal = await openJournal(file, { signer: () => key.signer() });
    await journal.append('ceremony_started', { ceremony_id: 'c', kind: 'KeyGen' });
    return { file, journal };
  }

  it('can only be abandoned: the key change is on the record, signed by the new key, and reads back', async () => {
    const { key, first } = await installation();
    const { file, journal } = await journalAcrossReplacement(key);
    const next = await key.replace({ reason: 'compromised', confirm: confirmFor(first.fingerprint) });
    await expect(journal.append('checklist_tick', { item: 'x' })).rejects.toMatchObject({
      code: 'journal.signer_changed',
      hint: expect.stringContaining('Abandon it'),
    });
    await journal.append('closure', { outcome: 'abandoned' });
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(reading.problem).toBeNull();
    expect(reading.entries.map((e) => e.kind)).toEqual(['ceremony_started', 'key_replaced', 'closure']);
    expect(reading.signers).toEqual([first.publicKey, next.publicKey]);
  });

  it('after a crash between the key change and the closing, reopens under the new key and closes once', async () => {
    const one = testSigner();
    const two = testSigner();
    const file = path.join(mkdtempSync(path.join(dir, 'crash-')), 'c.journal.jsonl');
    const first = await openJournal(file, { signer: async () => one });
    await first.append('ceremony_started', { ceremony_id: 'c' });
    const start = readFileSync(file, 'utf8').trim();
    const change = keyChangeAfter(start, two);
    writeFileSync(file, `${start}\n${change}\n`);
    const reopened = await openJournal(file, { signer: async () => two });
    expect(reopened.signer()).toBe(two.publicKey);
    await reopened.append('closure', { outcome: 'abandoned' });
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(reading.problem).toBeNull();
    expect(reading.entries.map((e) => e.kind)).toEqual(['ceremony_started', 'key_replaced', 'closure']);
  });

  it('attack: a key change to a key of one’s own, or signed by another key, is refused or named', async () => {
    const { key, first } = await installation();
    const firstSigner = await key.signer();
    const { file, journal } = await journalAcrossReplacement(key);
    await key.replace({ reason: 'compromised', confirm: confirmFor(first.fingerprint) });
    await journal.append('closure', { outcome: 'abandoned' });
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    // The key change re-pointed at a stranger's key: its signature (by the real new key) no longer matches.
    const stranger = testSigner();
    const swapped = lines[1]!.replace(/"signer":"[0-9a-f]{64}"/, `"signer":"${stranger.publicKey}"`);
    const reading = readChain([lines[0], swapped, lines[2]].join('\n') + '\n');
    expect(reading.problem).toMatchObject({ line: 2, kind: 'key_replaced', field: 'sig' });
    // A "change" to the key already signing says nothing true: refused too.
    const same = keyChangeAfter(lines[0]!, firstSigner);
    expect(readChain(`${lines[0]}\n${same}\n`).problem).toMatchObject({ line: 2, field: 'data.signer' });
    const invalid = lines[1]!.replace(/"signer":"[0-9a-f]{64}"/, '"signer":"nope"');
    expect(readChain([lines[0], invalid].join('\n') + '\n').problem).toMatchObject({
      line: 2,
      field: 'data.signer',
    });
  });
});

describe('the verifier follows the key history a transcript carries', () => {
  async function transcriptAfterReplacement(reason: 'compromised' | 'lost') {
    const { key, first, secrets, restart } = await installation();
    const signer = await key.signer();
    const { journalLines } = await import('../../helpers/journal');
    const lines = await journalLines(signer, { kind: 'KeyGen' }, [['closure', { outcome: 'abandoned' }]]);
    let now = key;
    if (reason === 'lost') {
      secrets.map.delete(ACCOUNT);
      now = restart();
    }
    const next = await now.replace({ reason, confirm: confirmFor(first.fingerprint) });
    const text = transcriptText(
      buildTranscript(lines, null, await now.signer(), new Date(), await now.statements()),
    );
    return { text, first, next };
  }
  const read = (text: string) => async () => text;

  it('trusts the new key of a transcript through the old key’s signed introduction', async () => {
    const { text, first, next } = await transcriptAfterReplacement('compromised');
    const result = await runVerifyTranscript(['t.json', '--trust', first.fingerprint], read(text));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Key ${next.fingerprint} is trusted through the key history`);
  });

  it('does not carry trust over a key made after a loss, nor suggest trusting it unasked', async () => {
    const { text, first, next } = await transcriptAfterReplacement('lost');
    const result = await runVerifyTranscript(['t.json', '--trust', first.fingerprint], read(text));
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(
      `But ${next.fingerprint} is not a key you said you trust, and no key you trust signed its introduction. Do not trust a key because this file names it`,
    );
  });

  it('attack: a key history of one’s own does not make a trusted key vouch for it', async () => {
    const { text, first } = await transcriptAfterReplacement('compromised');
    const genuine = (JSON.parse(text) as { key_history: KeyStatement[] }).key_history;
    const attacker = testSigner();
    // The attacker's key introduced after the first, with a signature claimed for the trusted key.
    const claimed = { ...introduce(genuine.slice(0, 1), attacker, 'lost'), reason: 'compromised' as const };
    const forged: KeyStatement = { ...claimed, sig_replaced: genuine[0]!.sig };
    const { journalLines } = await import('../../helpers/journal');
    const lines = await journalLines(attacker, { kind: 'KeyGen' }, [['closure', { outcome: 'abandoned' }]]);
    const forgery = transcriptText(buildTranscript(lines, null, attacker, new Date(), [genuine[0]!, forged]));
    const result = await runVerifyTranscript(['t.json', '--trust', first.fingerprint], read(forgery));
    expect(result.code).toBe(3);
    expect(result.stdout).not.toContain('trusted through the key history');
  });
});
