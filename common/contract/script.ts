/**
 * The ceremony as a witnessed script, in the ceremony state (issue #31): each version of the run sheet
 * printed (its SHA-256; a sheet printed again after the plan changed is a new version), and the
 * exceptions recorded against its steps during the run.
 */
import { z } from 'zod';

export const ScriptPrint = z.strictObject({
  version: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
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
