/**
 * The witnesses' co-signatures (issue #31), as both processes name them: the namespaces a witness
 * signs in, the exact text they sign (the closing head and a newline, as the head file holds it), the
 * plan's allowed signers as OpenSSH's `allowed_signers` file, and the commands that sign and verify
 * with stock OpenSSH.
 */
import type { WitnessSigner } from '../contract';

export const ATTESTATION_NAMESPACE = 'key-ceremony-attestation@cobo';
export const DISSENT_NAMESPACE = 'key-ceremony-dissent@cobo';

/** What a witness signs: the head, as written down, and a newline (the head file's exact bytes). */
export const headText = (head: string): string => `${head}\n`;

/** The plan as an `allowed_signers` file: each key allowed only for the ceremony's two namespaces. */
export const allowedSignersText = (signers: readonly WitnessSigner[]): string =>
  signers
    .map((s) => `${s.principal} namespaces="${ATTESTATION_NAMESPACE},${DISSENT_NAMESPACE}" ${s.key}\n`)
    .join('');

/** The command a witness runs to sign the head with their own key (a dissent: the other namespace). */
export const signCommand = (head: string, dissent = false): string =>
  `printf '%s\\n' '${head}' | ssh-keygen -Y sign -f <your key> -n ${dissent ? DISSENT_NAMESPACE : ATTESTATION_NAMESPACE}`;

/** A principal as a file name part: letters, digits, dot, dash and underscore. */
export const fileSafe = (principal: string): string =>
  principal.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
