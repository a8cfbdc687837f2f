/**
 * The ceremony as a witnessed script, in the ceremony state (issue #31): each version of the run sheet
 * printed (its SHA-256; a sheet printed again after the plan changed is a new version), the exceptions
 * recorded against its steps during the run, the witnesses' SSH keys fixed in the plan before it
 * starts, and the co-signatures (or dissents) they give the closing head afterwards.
 */
import { z } from 'zod';

/** One numbered step of the run sheet, as printed. */
export const ScriptStep = z.strictObject({
  no: z.number().int().min(1).max(999),
  who: z.string().max(200),
  what: z.string().max(500),
  /** The value the step should show, printed in advance; null when none is known before. */
  expected: z.string().max(1000).nullable(),
  /** A value read aloud and written in the observed box. */
  observe: z.boolean(),
  /** After this step the request is sent: it cannot be taken back. */
  pointOfNoReturn: z.boolean(),
  /** The wizard step it belongs to, so the app can show its number there. */
  wizard: z.string().max(40),
});
export type ScriptStep = z.infer<typeof ScriptStep>;

export const ScriptAct = z.strictObject({ title: z.string().max(100), steps: z.array(ScriptStep).max(200) });
export type ScriptAct = z.infer<typeof ScriptAct>;

export const ScriptPrint = z.strictObject({
  version: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  /** Its acts and steps as printed, for the report's annotated script (records before them: none). */
  acts: z.array(ScriptAct).max(10).default([]),
});
export type ScriptPrint = z.infer<typeof ScriptPrint>;

const line = (max: number) => z.string().trim().min(1).max(max);

export const ScriptException = z.strictObject({
  /** The script's step number it is recorded against. */
  step: z.number().int().min(1).max(999),
  expected: line(500),
  happened: line(1000),
  decided: line(1000),
  /** Who agreed, by name or initials. */
  agreed: line(300),
  at: z.string(),
});
export type ScriptException = z.infer<typeof ScriptException>;

/** One allowed signer fixed in the plan: an `allowed_signers` line's principal and key, and its fingerprint. */
export const WitnessSigner = z.strictObject({
  principal: z.string().min(1).max(200),
  /** The key as `allowed_signers` writes it: its type, a space, its base64. */
  key: z.string().max(2000),
  /** As `ssh-keygen -l` prints it: SHA256:… */
  fingerprint: z.string().max(100),
});
export type WitnessSigner = z.infer<typeof WitnessSigner>;

/** A witness's co-signature of the closing head (or a dissent), as checked and journalled. */
export const Attestation = z.strictObject({
  principal: z.string().max(200),
  dissent: z.boolean(),
  /** The closing head signed, as written down. */
  head: z.string().max(100),
  /** The armoured SSHSIG, as the witness gave it. */
  signature: z.string().max(8000),
  at: z.string(),
});
export type Attestation = z.infer<typeof Attestation>;

/** What a record's co-signatures prove against its plan: who attested, who dissented, what was refused and why. */
export const WitnessesView = z.strictObject({
  /** The closing head they sign. */
  head: z.string(),
  /** The plan's keys as "principal type SHA256:…": an auditor compares each with the key its witness gave. */
  keys: z.array(z.string()),
  attested: z.array(z.string()),
  dissented: z.array(z.string()),
  refused: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
});
export type WitnessesView = z.infer<typeof WitnessesView>;

/** The script's part of a ceremony's state. */
export const SCRIPT_FIELDS = {
  /** The run sheet's printed versions, and the exceptions recorded against its steps. */
  scripts: z.array(ScriptPrint).default([]),
  exceptions: z.array(ScriptException).default([]),
  /** The witnesses' keys, fixed before the ceremony starts, and their co-signatures after its close. */
  witnessSigners: z.array(WitnessSigner).max(10).default([]),
  attestations: z.array(Attestation).max(20).default([]),
};
