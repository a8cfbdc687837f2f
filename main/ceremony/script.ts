/**
 * The ceremony as a witnessed script (issue #31), in main: each printed run sheet's SHA-256 journalled
 * with its version (the same sheet printed again keeps its version; a changed plan's sheet is a new
 * one, saying which it supersedes); exceptions recorded against the script's steps while the
 * ceremony is open; the witnesses' SSH keys fixed in the plan before anything is sent; and, after the
 * close, each witness's co-signature of the closing head, checked against that plan and journalled.
 */
import { z } from 'zod';
import { ScriptAct, WitnessSigner, type ScriptException } from '../../common/contract';
import { journalHeadFingerprint } from '../../common/fingerprint';
import { AppError } from '../app-error';
import { closingPoint, sha256Hex } from '../journal/chain';
import { allowedSignersText } from '../../common/ceremony/witness-plan';
import type { Journal } from '../journal/journal';
import { canonicalJson } from '../journal/json-text';
import { readAllowedSigners, sshFingerprint, SshSigError } from '../journal/sshsig';
import { witnessOf } from '../journal/witness-check';
import type { Registry } from './registry';

const over = () =>
  new AppError(
    'ceremony.over',
    'This ceremony is over: nothing more can be recorded in it.',
    'Record it in a note for the auditors, or in a new ceremony.',
  );

type JournalHeads = Pick<Journal, 'entries' | 'checkpoint'>;

/** The head at the closing entry (co-signatures come after it), with the entries up to it; null while open. */
function closingHead(journal: JournalHeads): { entries: number; fingerprint: string } | null {
  const closed = closingPoint(journal.entries());
  return closed
    ? {
        entries: closed.entries,
        fingerprint: journalHeadFingerprint(closed.head ?? journal.checkpoint().head),
      }
    : null;
}

/** The head to write down: once closed, the closing entry's; before, the journal's last. */
export function headToWriteDown(journal: JournalHeads): { entries: number; fingerprint: string } {
  const now = journal.checkpoint();
  return closingHead(journal) ?? { entries: now.entries, fingerprint: journalHeadFingerprint(now.head) };
}

/** The plan's allowed signers from an `allowed_signers` text, each with its fingerprint as ssh-keygen prints it. */
function planOf(text: string): WitnessSigner[] {
  let lines;
  try {
    lines = readAllowedSigners(text);
  } catch (e) {
    if (!(e instanceof SshSigError)) throw e;
    throw new AppError(
      'witness.signers_invalid',
      `The witnesses’ keys could not be read: ${e.message}.`,
      'Paste each witness’s line as “principal key-type key”, for example “alice@example.com ssh-ed25519 AAAA…” (their public key file with their name in front).',
    );
  }
  const signers = lines.map((l) => ({
    principal: l.principals.join(','),
    key: l.keyText,
    fingerprint: sshFingerprint(l.publicKey),
  }));
  const twice = signers.find(
    (s, i) => signers.findIndex((o) => o.key === s.key || o.principal === s.principal) !== i,
  );
  if (twice)
    throw new AppError(
      'witness.signers_invalid',
      `The witnesses’ keys name ${twice.principal} or their key twice.`,
      'Give each witness one line with their own key.',
    );
  if (signers.length > 10)
    throw new AppError(
      'witness.signers_invalid',
      'More than 10 witnesses’ keys were given.',
      'Name at most 10 witnesses’ keys.',
    );
  // What the record can hold: a principal of 1–200 characters, a key of at most 2,000.
  const unfit = signers.find((s) => !WitnessSigner.safeParse(s).success || !s.principal);
  if (unfit)
    throw new AppError(
      'witness.signers_invalid',
      `A witness’s line names no principal, or its principal or key is too long (${unfit.principal.slice(0, 40) || 'no principal'}).`,
      'Give each witness a name or email of at most 200 characters, and a key of at most 2,000 characters (an Ed25519 or ECDSA key fits; a very large RSA key does not).',
    );
  return signers;
}

export function createScript({ registry }: { registry: Registry }) {
  return {
    /** Fixes the witnesses' keys in the plan: only before anything is sent; a change is journalled. */
    setWitnessSigners: (id: string, allowedSigners: string) =>
      registry.change(id, async (state, journal) => {
        // Fixed once anything is sent, or a drill's first file is checked (a drill stays "preparing").
        const started = journal
          .entries()
          .some((e) => e.kind === 'request_intent' || e.kind === 'recovery_file_checked');
        if (state.phase !== 'preparing' || started)
          throw new AppError(
            'witness.plan_fixed',
            'The witnesses’ keys are fixed: this ceremony has started.',
            'A witness whose key is not in the plan can still sign the printed report by hand; record it as an exception.',
          );
        const signers = planOf(allowedSigners);
        if (canonicalJson(signers) === canonicalJson(state.witnessSigners)) return;
        await journal.append('witness_signers', { signers });
        state.witnessSigners = signers;
      }),

    /** A witness's co-signature (or dissent) of the closing head, checked against the plan, then journalled. */
    attest: (id: string, signature: string) =>
      registry.change(id, async (state, journal) => {
        const head = closingHead(journal)?.fingerprint;
        if (!head)
          throw new AppError(
            'witness.not_closed',
            'Witnesses co-sign the journal head once the ceremony is closed, and it is not closed yet.',
            'Close the ceremony first, then have each witness sign the head the report prints.',
          );
        if (!state.witnessSigners.length)
          throw new AppError(
            'witness.no_plan',
            'This ceremony’s plan names no witnesses’ keys, so no co-signature can be checked against them.',
            'The witnesses can sign the printed report by hand. Next time, add their keys at the check-in, before the ceremony starts.',
          );
        let witness;
        try {
          witness = witnessOf(head, readAllowedSigners(allowedSignersText(state.witnessSigners)), signature);
        } catch (e) {
          if (!(e instanceof SshSigError)) throw e;
          throw new AppError(
            'witness.signature_refused',
            `The co-signature is refused: ${e.message}.`,
            `Have the witness sign the head ${head} again with the key named in the plan, exactly as the report prints it, and paste the whole signature from BEGIN to END.`,
          );
        }
        if (state.attestations.some((a) => a.principal === witness.principal))
          throw new AppError(
            'witness.already_signed',
            `${witness.principal} has already co-signed this ceremony.`,
            'Each witness signs once; nothing was added.',
          );
        const attestation = { ...witness, head, signature: signature.trim(), at: new Date().toISOString() };
        await journal.append('attestation', attestation);
        state.attestations.push(attestation);
      }),

    async scriptPrinted(id: string, sheet: Record<string, unknown>) {
      const sha256 = sha256Hex(canonicalJson(sheet));
      // Its steps are kept with it, so the report can annotate the very script printed.
      const read = z.array(ScriptAct).max(10).safeParse(sheet.acts);
      if (!read.success)
        throw new AppError(
          'script.unreadable',
          'The run sheet could not be recorded: its steps are not in the form the app prints.',
          'Open the run sheet again from the ceremony; if it happens again, report it with the app’s log.',
        );
      const acts = read.data;
      let answer = { sha256, version: 1, supersedes: null as string | null };
      await registry.change(id, async (state, journal) => {
        if (state.phase === 'closed' || state.phase === 'abandoned') throw over();
        const last = state.scripts.at(-1);
        if (last?.sha256 === sha256) {
          answer = { sha256, version: last.version, supersedes: null };
          return;
        }
        answer = { sha256, version: (last?.version ?? 0) + 1, supersedes: last?.sha256 ?? null };
        const at = new Date().toISOString();
        await journal.append('script_printed', {
          sha256,
          version: answer.version,
          supersedes: answer.supersedes,
          at,
          acts,
        });
        state.scripts.push({ version: answer.version, sha256, at, acts });
      });
      return answer;
    },

    recordException: (id: string, exception: Omit<ScriptException, 'at'>) =>
      registry.change(id, async (state, journal) => {
        if (state.phase === 'closed' || state.phase === 'abandoned') throw over();
        const at = new Date().toISOString();
        await journal.append('exception', { ...exception, at });
        state.exceptions.push({ ...exception, at });
      }),
  };
}
