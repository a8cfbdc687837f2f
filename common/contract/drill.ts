/**
 * A recovery drill's record in the ceremony state (issue #30): each recovery file checked (its hash,
 * its holder, what each of its groups passed), the public facts of every accepted share (from which
 * the conclusion is computed), and the verdict per curve. Never a share, never a password.
 */
import { z } from 'zod';
import { SaidSchema } from '../i18n/said';
import { GroupInfo } from '../recovery-kit/group-schema';

export const DrillGroupOutcome = z.strictObject({
  curve: z.string(),
  groupId: z.string().nullable(),
  shareId: z.string().nullable(),
  passed: z.array(z.string()),
  /** `said`: the message as message keys, for the page to say in its language (issue #32). */
  failed: z.strictObject({ check: z.string(), message: z.string(), said: SaidSchema.optional() }).nullable(),
});

export const DrillFile = z.strictObject({
  file: z.string(),
  sha256: z.string(),
  nodeId: z.string().nullable(),
  holder: z.string().nullable(),
  at: z.string(),
  groups: z.array(DrillGroupOutcome),
});
export type DrillFile = z.infer<typeof DrillFile>;

/** An accepted share's public facts: its group as the file describes it, and its own participant entry. */
export const AcceptedShare = z.strictObject({
  version: z.number(),
  group_info: GroupInfo,
  share_info: z.strictObject({ node_id: z.string(), share_id: z.string(), share_public_key: z.string() }),
});
export type AcceptedShare = z.infer<typeof AcceptedShare>;

export const DrillVerdict = z.strictObject({
  curve: z.string(),
  outcome: z.enum(['proven', 'failed', 'unanchored', 'too-few']),
  proven: z.number().int(),
  threshold: z.number().int().nullable(),
  participants: z.number().int().nullable(),
  summary: z.string(),
  /** The summary as message keys, for the page to say in its language (issue #32). */
  said: SaidSchema.optional(),
});
export type DrillVerdict = z.infer<typeof DrillVerdict>;

export const Drill = z.strictObject({
  files: z.array(DrillFile),
  /** By curve: the shares proven so far. */
  accepted: z.record(z.string(), z.array(AcceptedShare)),
  verdicts: z.array(DrillVerdict).nullable(),
});
export type Drill = z.infer<typeof Drill>;
