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
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { closingPoint, sha256Hex } from '../journal/chain';
import { allowedSignersText } from '../../common/ceremony/witness-plan';
import type { Journal } from '../journal/journal';
import { canonicalJson } from '../journal/json-text';
import { readAllowedSigners, sshFingerprint, SshSigError } from '../journal/sshsig';
import { witnessOf } from '../journal/witness-check';
import type { Registry } from './registry';

const over = () =>
  new AppError('ceremony.over', said('errors.ceremony.over'), said('errors.ceremony.overHint'));

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
      said('errors.witness.unreadable', { reason: e.said }),
      said('errors.witness.unreadableHint'),
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
      said('errors.witness.twice', { principal: twice.principal }),
      said('errors.witness.twiceHint'),
    );
  if (signers.length > 10)
    throw new AppError(
      'witness.signers_invalid',
      said('errors.witness.tooMany'),
      said('errors.witness.tooManyHint'),
    );
  // What the record can hold: a principal of 1–200 characters, a key of at most 2,000.
  const unfit = signers.find((s) => !WitnessSigner.safeParse(s).success || !s.principal);
  if (unfit)
    throw new AppError(
      'witness.signers_invalid',
      said('errors.witness.unfit', {
        principal: unfit.principal.slice(0, 40) || said('errors.witness.noPrincipal'),
      }),
      said('errors.witness.unfitHint'),
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
            said('errors.witness.planFixed'),
            said('errors.witness.planFixedHint'),
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
            said('errors.witness.notClosed'),
            said('errors.witness.notClosedHint'),
          );
        if (!state.witnessSigners.length)
          throw new AppError(
            'witness.no_plan',
            said('errors.witness.noPlan'),
            said('errors.witness.noPlanHint'),
          );
        let witness;
        try {
          witness = witnessOf(head, readAllowedSigners(allowedSignersText(state.witnessSigners)), signature);
        } catch (e) {
          if (!(e instanceof SshSigError)) throw e;
          throw new AppError(
            'witness.signature_refused',
            said('errors.witness.signatureRefused', { reason: e.said }),
            said('errors.witness.signatureRefusedHint', { head }),
          );
        }
        if (state.attestations.some((a) => a.principal === witness.principal))
          throw new AppError(
            'witness.already_signed',
            said('errors.witness.alreadySigned', { principal: witness.principal }),
            said('errors.witness.alreadySignedHint'),
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
          said('errors.script.unreadable'),
          said('errors.script.unreadableHint'),
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
