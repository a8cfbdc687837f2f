/**
 * Witnesses' own signatures over a ceremony's journal head (issue #31): each witness signs the head as
 * written down at the ceremony — the text `<head>\n`, as the head file next to an exported transcript
 * holds it — with `ssh-keygen -Y sign -n key-ceremony-attestation@cobo`, or signs a dissent in the
 * namespace `key-ceremony-dissent@cobo`. Only the allowed signers named in advance count. The head is
 * the closing entry's: co-signatures journalled after the close do not move it.
 */
import {
  attestedBy,
  readAllowedSigners,
  readSignature,
  sshFingerprint,
  SshSigError,
  type AllowedSigner,
} from './sshsig';
import {
  allowedSignersText,
  ATTESTATION_NAMESPACE,
  DISSENT_NAMESPACE,
  headText,
} from '../../common/ceremony/witness-plan';
import { Attestation, WitnessSigner, type WitnessesView } from '../../common/contract';
import { journalHeadFingerprint } from '../../common/fingerprint';
import { closingPoint, closureIndex, type JournalEntry } from './chain';
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';

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
  const closed = closingPoint(entries);
  const closingHead = !closed ? null : closed.head ? journalHeadFingerprint(closed.head) : head;
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
    keys: signerFingerprints(inJournal.plan),
    attested: [...report.attested],
    dissented: [...report.dissented],
    refused: [...report.refused],
  };
}

/**
 * What is wrong with the co-signatures a journal carries, at the first entry that is wrong; null when
 * each is what the app writes: after the closing entry, in its form, over the closing head, verified
 * against the plan, naming its own signer and stance, one per witness. The app checks each before
 * journalling it, so any other is the work of someone holding the installation key, or damage.
 */
export function attestationProblem(
  entries: readonly JournalEntry[],
  head: string,
): {
  readonly problem: string;
  /** The same as message keys (issue #32). */
  readonly problemSaid: Said;
  readonly entry: { line: number; kind: string; field: string };
} | null {
  const attestations = entries.filter((e) => e.kind === 'attestation');
  if (!attestations.length) return null;
  const at = closureIndex(entries);
  const { plan, closingHead } = journalWitnesses(entries, head);
  let allowed: AllowedSigner[] | null;
  try {
    allowed = plan ? readAllowedSigners(plan) : null;
  } catch (e) {
    if (!(e instanceof SshSigError)) throw e;
    const planEntry = entries.findLast((x) => x.kind === 'witness_signers');
    const line = planEntry?.seq ?? 0;
    return problemAt(
      { line, kind: 'witness_signers', field: 'signers' },
      said('verdicts.witness.planUnreadable', { reason: e.said }),
    );
  }
  const seen = new Set<string>();
  for (const e of attestations) {
    const wrong = (problem: Said) =>
      problemAt({ line: e.seq, kind: 'attestation', field: 'signature' }, problem);
    if (at < 0 || !closingHead || e.seq - 1 < at) return wrong(said('verdicts.witness.beforeClose'));
    if (!allowed) return wrong(said('verdicts.witness.noPlan'));
    const data = Attestation.safeParse(e.data);
    if (!data.success) return wrong(said('verdicts.witness.notForm'));
    if (data.data.head !== closingHead)
      return wrong(said('verdicts.witness.otherHead', { head: data.data.head, closing: closingHead }));
    let witness;
    try {
      witness = witnessOf(closingHead, allowed, data.data.signature);
    } catch (err) {
      if (!(err instanceof SshSigError)) throw err;
      return wrong(said('verdicts.witness.notVerified', { reason: err.said }));
    }
    if (witness.principal !== data.data.principal || witness.dissent !== data.data.dissent)
      return wrong(said('verdicts.witness.otherWitness'));
    if (seen.has(witness.principal))
      return wrong(said('verdicts.witness.twice', { principal: witness.principal }));
    seen.add(witness.principal);
  }
  return null;
}

/** A problem at a journal entry: in English, and as message keys for the page. */
function problemAt(entry: { line: number; kind: string; field: string }, problem: Said) {
  const problemSaid = said('verdicts.witness.at', { line: String(entry.line), kind: entry.kind, problem });
  return { problem: sayEnglish(problemSaid), problemSaid, entry };
}

/** Each allowed signer as "principal SHA256:…", the fingerprint as `ssh-keygen -l` prints it. */
export function signerFingerprints(allowedSigners: string): string[] {
  return readAllowedSigners(allowedSigners).map(
    (a) => `${a.principals.join(',')} ${a.publicKey.type} ${sshFingerprint(a.publicKey)}`,
  );
}
