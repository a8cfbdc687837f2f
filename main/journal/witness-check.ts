/**
 * Witnesses' own signatures over a ceremony's journal head (issue #31): each witness signs the head as
 * written down at the ceremony — the text `<head>\n`, as the head file next to an exported transcript
 * holds it — with `ssh-keygen -Y sign -n key-ceremony-attestation@cobo`, or signs a dissent in the
 * namespace `key-ceremony-dissent@cobo`. Only the allowed signers named in advance count. The head is
 * the closing entry's: co-signatures journalled after the close do not move it.
 */
import { attestedBy, readAllowedSigners, readSignature, SshSigError, type AllowedSigner } from './sshsig';
import {
  allowedSignersText,
  ATTESTATION_NAMESPACE,
  DISSENT_NAMESPACE,
  headText,
} from '../../common/ceremony/witness-plan';
import { WitnessSigner, type WitnessesView } from '../../common/contract';
import { journalHeadFingerprint } from '../../common/fingerprint';
import { closureIndex, type JournalEntry } from './chain';

export { ATTESTATION_NAMESPACE, DISSENT_NAMESPACE, headText };

/** Who signed one co-signature of `head`, and whether it dissents; throws SshSigError with why not. */
export function witnessOf(
  head: string,
  allowed: readonly AllowedSigner[],
  text: string,
): { principal: string; dissent: boolean } {
  // Read once: its namespace says whether it attests or dissents.
  const signature = readSignature(text);
  const dissent = signature.namespace === DISSENT_NAMESPACE;
  const signer = attestedBy(
    signature,
    Buffer.from(headText(head), 'utf8'),
    dissent ? DISSENT_NAMESPACE : ATTESTATION_NAMESPACE,
    allowed,
  );
  return { principal: signer.principals.join(','), dissent };
}

export interface WitnessReport {
  readonly attested: readonly string[];
  readonly dissented: readonly string[];
  readonly refused: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export function checkWitnesses(
  head: string,
  allowedSigners: string,
  signatures: ReadonlyArray<{ file: string; text: string }>,
): WitnessReport {
  const allowed = readAllowedSigners(allowedSigners);
  const attested: string[] = [];
  const dissented: string[] = [];
  const refused: Array<{ file: string; reason: string }> = [];
  for (const { file, text } of signatures) {
    try {
      const { principal: who, dissent } = witnessOf(head, allowed, text);
      // One voice per witness: a second signature by the same key adds nothing.
      if (attested.includes(who) || dissented.includes(who)) continue;
      (dissent ? dissented : attested).push(who);
    } catch (e) {
      if (!(e instanceof SshSigError)) throw e;
      refused.push({ file, reason: e.message });
    }
  }
  return { attested, dissented, refused };
}

/**
 * What a verified journal holds for its witnesses: the head they sign (the closing entry's: their
 * co-signatures follow it), the plan's allowed signers (its last witness_signers entry) as an
 * `allowed_signers` text, and each co-signature journalled after the close.
 */
export function journalWitnesses(
  entries: readonly JournalEntry[],
  head: string,
): {
  closingHead: string | null;
  plan: string | null;
  signatures: Array<{ file: string; text: string }>;
} {
  const at = closureIndex(entries);
  const next = at < 0 ? undefined : entries[at + 1];
  const closingHead = at < 0 ? null : next ? journalHeadFingerprint(next.prev) : head;
  const fixed = WitnessSigner.array().safeParse(
    entries.findLast((e) => e.kind === 'witness_signers')?.data.signers,
  );
  const signatures = entries
    .filter((e) => e.kind === 'attestation')
    .map((e) => ({ file: `journal entry ${e.seq}`, text: String(e.data.signature ?? '') }));
  return {
    closingHead,
    plan: fixed.success && fixed.data.length ? allowedSignersText(fixed.data) : null,
    signatures,
  };
}

/** What a verified journal's own co-signatures prove, against its own plan; null when the plan named no keys. */
export function journalledWitnesses(entries: readonly JournalEntry[], head: string): WitnessesView | null {
  const inJournal = journalWitnesses(entries, head);
  if (!inJournal.plan || !inJournal.closingHead) return null;
  const report = checkWitnesses(inJournal.closingHead, inJournal.plan, inJournal.signatures);
  return {
    head: inJournal.closingHead,
    attested: [...report.attested],
    dissented: [...report.dissented],
    refused: [...report.refused],
  };
}
