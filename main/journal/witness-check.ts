/**
 * Witnesses' own signatures over a ceremony's journal head (issue #31): each witness signs the head as
 * written down at the ceremony — the text `<head>\n`, as the head file next to an exported transcript
 * holds it — with `ssh-keygen -Y sign -n key-ceremony-attestation@cobo`, or signs a dissent in the
 * namespace `key-ceremony-dissent@cobo`. Only the allowed signers named in advance count.
 */
import { attestedBy, readAllowedSigners, readSignature, SshSigError } from './sshsig';

export const ATTESTATION_NAMESPACE = 'key-ceremony-attestation@cobo';
export const DISSENT_NAMESPACE = 'key-ceremony-dissent@cobo';

/** What a witness signs: the head, as written down, and a newline (the head file's exact bytes). */
export const headText = (head: string): string => `${head}\n`;

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
      // Read once: its namespace says whether it attests or dissents.
      const signature = readSignature(text);
      const dissent = signature.namespace === DISSENT_NAMESPACE;
      const signer = attestedBy(
        signature,
        Buffer.from(headText(head), 'utf8'),
        dissent ? DISSENT_NAMESPACE : ATTESTATION_NAMESPACE,
        allowed,
      );
      const who = signer.principals.join(', ');
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
