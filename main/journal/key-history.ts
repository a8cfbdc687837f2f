/**
 * Which transcript keys are this installation's, proven by signatures rather than by a list anyone
 * who can write the data folder could edit. The history is a chain of statements, one per key:
 *
 *   { seq, at, key, replaces, reason, earlier_unsigned, prev } + sig (by `key`) + sig_replaced
 *
 * Each statement names the hash of the one before (`prev`) and is signed by the key it introduces, so
 * the last one, signed by the key the keychain holds, vouches for the whole history: nobody without
 * that key can add, remove or change a statement. A key that replaced a key still present is also
 * signed for by that key (`sig_replaced`): an auditor who trusts the old key can follow the
 * introduction to the new one. A key made because the old one was lost has no such signature: it is
 * recorded as unattested, with its reason, and trust does not pass through it.
 */
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish, type MessageKey } from '../../common/i18n/translate';
import { z } from 'zod';
import { fingerprintOfHexKey, normalFingerprint } from '../../common/fingerprint';
import { verifierFor, type Signer } from './ed25519';
import { GENESIS, sha256Hex } from './chain';
import { canonicalJson } from './json-text';

export const KEY_HISTORY_FORMAT = 'key-ceremony.key-history.v1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const hex128 = z.string().regex(/^[0-9a-f]{128}$/);

/** Why a key became the current one. */
export const KeyReason = z.enum(['first', 'lost', 'compromised']);
export type KeyReason = z.infer<typeof KeyReason>;

const StatementBody = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string().max(40),
  key: hex64,
  replaces: hex64.nullable(),
  reason: KeyReason,
  /** Keys an unsigned list from before this history named as previous: kept in sight, never trusted. */
  earlier_unsigned: z.array(hex64).max(100),
  prev: hex64,
});
type StatementBody = z.infer<typeof StatementBody>;

export const KeyStatement = StatementBody.extend({
  /** By `key`, over the canonical JSON of the body: the key exists and states its place. */
  sig: hex128,
  /** By `replaces`, over the same bytes, when the key it replaces was still present to sign. */
  sig_replaced: hex128.nullable(),
});
export type KeyStatement = z.infer<typeof KeyStatement>;

export const KeyHistoryFile = z.strictObject({
  format: z.literal(KEY_HISTORY_FORMAT),
  statements: z.array(KeyStatement).min(1).max(1000),
});
export type KeyHistoryFile = z.infer<typeof KeyHistoryFile>;

/** How a key is known to be this installation's. */
export type KeyStanding =
  /** Its introduction is signed all the way back from the first key: trust passes through. */
  | 'attested'
  /** Made after a loss (or follows one): only this installation's own record says so. */
  | 'unattested'
  /** Named by the unsigned list of an older version of the app: in sight, never trusted. */
  | 'listed-unsigned';

export interface KnownKey {
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly standing: KeyStanding;
  /** When it became the current key (null for a key only listed), and when it stopped being it. */
  readonly since: string | null;
  readonly until: string | null;
  readonly reason: KeyReason | null;
  /** How it is known, in a sentence an officer or an auditor reads (English), and as message keys. */
  readonly how: string;
  readonly howSaid: Said;
}

/** The keys, or why the history does not verify: in English for the logs, and as message keys (issue #32). */
export type HistoryReading =
  | { keys: KnownKey[]; problem: null; problemSaid: null }
  | { keys: KnownKey[]; problem: string; problemSaid: Said };

/** A history that does not verify: no key of it is known. */
export const brokenHistory = (problem: Said): HistoryReading => ({
  keys: [],
  problem: sayEnglish(problem),
  problemSaid: problem,
});

const statementHash = (s: KeyStatement): string => sha256Hex(canonicalJson(s));

/** The hash of a history's last statement: what the keychain remembers of it. */
export const historyHead = (statements: readonly KeyStatement[]): string | null => {
  const last = statements.at(-1);
  return last ? statementHash(last) : null;
};
const bodyOf = ({ sig: _s, sig_replaced: _r, ...body }: KeyStatement): StatementBody => body;

/** The statement that introduces `signer`'s key after `previous` (the history so far; empty for the first). */
export function introduce(
  previous: readonly KeyStatement[],
  signer: Signer,
  reason: KeyReason,
  options: { replacedSigner?: Signer; earlierUnsigned?: string[]; at?: Date } = {},
): KeyStatement {
  const last = previous[previous.length - 1];
  const body: StatementBody = {
    seq: previous.length + 1,
    at: (options.at ?? new Date()).toISOString(),
    key: signer.publicKey,
    replaces: last?.key ?? null,
    reason,
    earlier_unsigned: options.earlierUnsigned ?? [],
    prev: last ? statementHash(last) : GENESIS,
  };
  if (options.replacedSigner && options.replacedSigner.publicKey !== body.replaces)
    throw new Error('the key that signs for a replacement must be the key it replaces');
  const bytes = canonicalJson(body);
  return { ...body, sig: signer.sign(bytes), sig_replaced: options.replacedSigner?.sign(bytes) ?? null };
}

/** The first problem with one statement in its place, or null. */
function statementProblem(s: KeyStatement, i: number, previous: KeyStatement | undefined): Said | null {
  const at = (key: MessageKey, values: Readonly<Record<string, string>> = {}) =>
    said(key, { statement: String(i + 1), ...values });
  if (s.seq !== i + 1) return at('records.keyHistory.numbered', { seq: String(s.seq) });
  if (s.prev !== (previous ? statementHash(previous) : GENESIS)) return at('records.keyHistory.unchained');
  if (s.replaces !== (previous?.key ?? null)) return at('records.keyHistory.replacesOther');
  if ((s.reason === 'first') !== (i === 0))
    return at('records.keyHistory.reasonOutOfPlace', { reason: s.reason });
  if (i > 0 && s.earlier_unsigned.length) return at('records.keyHistory.earlierKeys');
  const bytes = canonicalJson(bodyOf(s));
  if (!verifierFor(s.key)?.(bytes, s.sig)) return at('records.keyHistory.notSigned');
  if (s.sig_replaced !== null && !verifierFor(s.replaces ?? '')?.(bytes, s.sig_replaced))
    return at('records.keyHistory.replacedSignature');
  if (s.reason === 'lost' && s.sig_replaced !== null) return at('records.keyHistory.lostYetSigned');
  if (s.reason === 'compromised' && s.sig_replaced === null)
    return at('records.keyHistory.compromisedUnsigned');
  return null;
}

/** A key's description, in English and as keys. */
const howOf = (words: Said) => ({ how: sayEnglish(words), howSaid: words });

const REASON: Readonly<Record<KeyReason, MessageKey>> = {
  first: 'profiles.keyHow.reason.first',
  lost: 'profiles.keyHow.reason.lost',
  compromised: 'profiles.keyHow.reason.compromised',
};

const INTRO: Readonly<Record<KeyReason, MessageKey>> = {
  first: 'profiles.keyHow.first',
  lost: 'profiles.keyHow.lost',
  compromised: 'profiles.keyHow.compromised',
};

const describe = (standing: KeyStanding, s: KeyStatement | null, next: KeyStatement | undefined): Said => {
  if (!s) return said('profiles.keyHow.listedUnsigned');
  const since = s.at.slice(0, 10);
  return said('profiles.keyHow.sentence', {
    intro: said(INTRO[s.reason], { since }),
    chain: standing === 'unattested' && s.reason !== 'lost' ? said('profiles.keyHow.afterLoss') : '',
    then: next
      ? said('profiles.keyHow.replaced', { on: next.at.slice(0, 10), reason: said(REASON[next.reason]) })
      : '',
  });
};

/**
 * Reads a key history. `anchor` is the public key the keychain holds (null when it cannot be read):
 * the history must end with it, or it is not this installation's current history.
 */
export function readKeyHistory(file: unknown, anchor: string | null): HistoryReading {
  const parsed = KeyHistoryFile.safeParse(file);
  if (!parsed.success) return brokenHistory(said('records.keyHistory.unreadable'));
  const { statements } = parsed.data;
  const [first] = statements;
  const last = statements.at(-1);
  if (!first || !last) return brokenHistory(said('records.keyHistory.empty'));
  for (const [i, s] of statements.entries()) {
    const problem = statementProblem(s, i, statements[i - 1]);
    if (problem) return brokenHistory(problem);
  }
  if (anchor !== null && last.key !== anchor)
    return brokenHistory(
      said('records.keyHistory.otherKey', {
        last: fingerprintOfHexKey(last.key),
        anchor: fingerprintOfHexKey(anchor),
      }),
    );
  const keys: KnownKey[] = first.earlier_unsigned.map((publicKey) => ({
    publicKey,
    fingerprint: fingerprintOfHexKey(publicKey),
    standing: 'listed-unsigned',
    since: null,
    until: first.at,
    reason: null,
    ...howOf(describe('listed-unsigned', null, undefined)),
  }));
  let attested = true;
  for (const [i, s] of statements.entries()) {
    attested &&= s.reason === 'first' || s.sig_replaced !== null;
    const standing: KeyStanding = attested ? 'attested' : 'unattested';
    const next = statements[i + 1];
    keys.push({
      publicKey: s.key,
      fingerprint: fingerprintOfHexKey(s.key),
      standing,
      since: s.at,
      until: next?.at ?? null,
      reason: s.reason,
      ...howOf(describe(standing, s, next)),
    });
  }
  return { keys, problem: null, problemSaid: null };
}

/**
 * What an auditor who trusts some fingerprints may conclude from a history carried in a transcript:
 * the keys trust reaches by signed introductions from a trusted key. A lost key's successor is not
 * reached: its fingerprint must come from the installation's owner again.
 */
export function keysTrustedThrough(
  statements: readonly KeyStatement[],
  trusted: readonly string[],
): Set<string> {
  const reached = new Set<string>();
  const trustedSet = new Set(trusted.map(normalFingerprint));
  for (const s of statements) {
    const fp = normalFingerprint(fingerprintOfHexKey(s.key));
    const viaPrevious = s.replaces !== null && reached.has(s.replaces) && s.sig_replaced !== null;
    if (trustedSet.has(fp) || viaPrevious) reached.add(s.key);
  }
  return reached;
}
