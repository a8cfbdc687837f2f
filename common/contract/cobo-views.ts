/** Cobo data the page shows while choosing: what the client parsed, enums kept open. */
import { z } from 'zod';
import { SaidSchema } from '../i18n/said';

export const RootKeyView = z.strictObject({ curve: z.string(), root_pubkey: z.string() });
export type RootKeyView = z.infer<typeof RootKeyView>;

/**
 * The name as a message key when Cobo gave neither a name nor an id (`name` is then main's English for
 * it, for the logs): the page says it in its language. Absent when Cobo named it.
 */
const NameSaid = SaidSchema.optional();

export const VaultView = z.strictObject({
  vault_id: z.string(),
  name: z.string(),
  nameSaid: NameSaid,
  type: z.string(),
  root_pubkeys: z.array(RootKeyView),
  /** What Cobo left out that a ceremony needs (the item cannot be chosen); null when complete. */
  problem: z.string().nullable(),
  problemSaid: SaidSchema.optional(),
});
export type VaultView = z.infer<typeof VaultView>;

export const HolderView = z.strictObject({
  tss_node_id: z.string(),
  name: z.string(),
  nameSaid: NameSaid,
  type: z.string(),
  online: z.boolean(),
  signer: z.boolean(),
  status: z.string(),
  /** What Cobo left out that a ceremony needs (the holder cannot be chosen); null when complete. */
  problem: z.string().nullable(),
  problemSaid: SaidSchema.optional(),
});
export type HolderView = z.infer<typeof HolderView>;

export const GroupView = z.strictObject({
  key_share_holder_group_id: z.string(),
  type: z.string(),
  status: z.string(),
  threshold: z.number(),
  participants: z.number(),
  holders: z.array(HolderView),
  has_keys: z.boolean(),
  /** Cobo made the group before its October 2025 rules (by its created_timestamp): it keeps its shape. */
  earlier_rules: z.boolean().optional(),
  /** What Cobo left out that a ceremony needs (the group cannot be chosen); null when complete. */
  problem: z.string().nullable(),
  problemSaid: SaidSchema.optional(),
});
export type GroupView = z.infer<typeof GroupView>;
