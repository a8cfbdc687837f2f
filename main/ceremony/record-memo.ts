/**
 * What the registry verified before, so that start-up and listings check only what is new. For each
 * closed or abandoned ceremony whose record verified, the memo keeps the SHA-256 of its journal's and
 * its state file's exact bytes, and the memo as a whole is signed with the installation key. A record
 * whose files still hash to the memo's figures is the very one verified: its lines' signatures need
 * not be checked again (their form, chain, signer and agreement with the state still are).
 *
 * The memo lives in the data folder beside the records, so it is trusted only when its signature
 * verifies against the installation key held in the keychain: anyone who can write the folder cannot
 * sign. Without that key, or with any doubt about the memo, every record is loaded at start and
 * verified in full.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../journal/json-text';
import { verifierFor, type Signer } from '../journal/ed25519';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const MemoRecord = z.strictObject({ journal: hex64, state: hex64, createdAt: z.string().max(40) });
const MemoBody = z.strictObject({
  version: z.literal(1),
  /** The installation key that signed the memo (public, hex): for a reader; the check uses the keychain's. */
  key: hex64,
  records: z.record(z.string().max(200), MemoRecord),
});
const MemoFile = MemoBody.extend({ sig: z.string().regex(/^[0-9a-f]{128}$/) });
type MemoBody = z.infer<typeof MemoBody>;

/** The fingerprint of a file's exact bytes. */
export const bytesHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export interface RecordHashes {
  readonly journal: string;
  readonly state: string;
}

export interface RecordMemo {
  /**
   * The closed or abandoned ceremonies the memo lists, with when each was created; empty unless the
   * memo's signature verifies, so an edited memo cannot keep an open ceremony from loading at start.
   */
  readonly over: ReadonlyMap<string, string>;
  /** True when these are the very bytes verified before, by a memo this installation's key signed. */
  matches(id: string, hashes: RecordHashes): boolean;
}

const parseMemo = (text: string | null) => {
  try {
    const parsed = MemoFile.safeParse(JSON.parse(text ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** Reads the memo; `currentKey` says which key may have signed it (the keychain's, or null when out of reach). */
export async function readMemo(file: string, currentKey: () => Promise<string | null>): Promise<RecordMemo> {
  const found = parseMemo(await readTextIfExists(file));
  // Verified with the key the keychain holds, whatever key the memo names.
  const key = found ? await currentKey().catch(() => null) : null;
  const { sig = '', ...body } = found ?? {};
  const memo = found && key && verifierFor(key)?.(canonicalJson(body), sig) ? found : null;
  return {
    over: new Map(Object.entries(memo?.records ?? {}).map(([id, r]) => [id, r.createdAt])),
    matches(id, hashes) {
      const record = memo?.records[id];
      return !!record && record.journal === hashes.journal && record.state === hashes.state;
    },
  };
}

/** Writes the memo of the records verified, signed with the installation key. */
export async function writeMemo(
  file: string,
  records: ReadonlyMap<string, RecordHashes & { readonly createdAt: string }>,
  signer: Signer,
): Promise<void> {
  const body: MemoBody = {
    version: 1,
    key: signer.publicKey,
    records: Object.fromEntries(
      [...records].map(([id, r]) => [id, { journal: r.journal, state: r.state, createdAt: r.createdAt }]),
    ),
  };
  await writeFileAtomic(file, JSON.stringify({ ...body, sig: signer.sign(canonicalJson(body)) }));
}
