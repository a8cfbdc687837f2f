/**
 * The contract's calls for the offline sandbox's rehearsal (part of the one channel table in
 * ./channels.ts): the simulated holders, played by the team, and Cobo's side of what they do.
 */
import { z } from 'zod';
import { noInput, SandboxHolder, tssId } from './model';

export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const sandboxChannels = {
  /** The offline sandbox's simulated key share holders, so a rehearsing team can play their part. */
  'sandbox.holders': call(
    noInput,
    z.strictObject({
      holders: z.array(SandboxHolder),
      manualApproval: z.boolean(),
      /** Rehearsed governance (an assumption): governed requests wait for the Admins first. */
      adminApproval: z.boolean(),
      awaitingAdmins: z.array(z.strictObject({ tss_request_id: z.string(), type: z.string() })),
      /** Each vault, standard or advanced (Cobo activates an advanced MPC vault on request). */
      vaults: z.array(z.strictObject({ vault_id: z.string(), name: z.string(), advanced: z.boolean() })),
    }),
  ),
  /** Rehearsal only: play Cobo activating (or not) an advanced MPC vault. */
  'sandbox.setVaultAdvanced': call(
    z.strictObject({ vaultId: tssId, advanced: z.boolean() }),
    z.strictObject({ vault_id: z.string(), advanced: z.boolean() }),
  ),
  /** Rehearsal only: rehearse the Admins' approval (governance) of governed requests, or not. */
  'sandbox.setAdminApproval': call(z.strictObject({ on: z.boolean() }), z.strictObject({ on: z.boolean() })),
  /** Rehearsal only: the organisation's Admins approve a governed request. */
  'sandbox.approveAsAdmins': call(
    z.strictObject({ tssRequestId: tssId }),
    z.strictObject({ status: z.string() }),
  ),
  'sandbox.decide': call(
    z.strictObject({ tssNodeId: tssId, tssRequestId: tssId, decision: z.enum(['approve', 'reject']) }),
    z.strictObject({ status: z.string() }),
  ),
  'sandbox.setOnline': call(
    z.strictObject({ tssNodeId: tssId, online: z.boolean() }),
    z.strictObject({ online: z.boolean() }),
  ),
  'sandbox.losePhone': call(
    z.strictObject({ tssNodeId: tssId }),
    z.strictObject({ lost: z.string(), replacement: z.string() }),
  ),
  /** Rehearsal only: the holder restored the key share from backup on a new phone (same TSS node ID). */
  'sandbox.restoreFromBackup': call(
    z.strictObject({ tssNodeId: tssId }),
    z.strictObject({ frozen: z.boolean() }),
  ),
  /** Rehearsal only: an Admin unfreezes the account after a restore from backup. */
  'sandbox.unfreeze': call(z.strictObject({ tssNodeId: tssId }), z.strictObject({ frozen: z.boolean() })),
  'sandbox.setManualApproval': call(
    z.strictObject({ manual: z.boolean() }),
    z.strictObject({ manual: z.boolean() }),
  ),
  /** Rehearsal only: start over from a fresh organisation (no groups; a vault only if asked), or a legacy one. */
  'sandbox.startFresh': call(
    // `legacy`: an organisation set up before Cobo's October 2025 rules (its vault and groups made then).
    z.strictObject({ withVault: z.boolean(), legacy: z.boolean().default(false) }),
    z.strictObject({ fresh: z.literal(true) }),
  ),
  /** Rehearsal only: what each simulated holder has done about a request (Cobo's API does not say). */
  'sandbox.requestActions': call(
    z.strictObject({ tssRequestId: tssId }),
    z.strictObject({
      holders: z.array(
        z.strictObject({
          tss_node_id: z.string(),
          name: z.string(),
          approval: z.enum(['approved', 'rejected']).nullable(),
        }),
      ),
    }),
  ),
  /**
   * Rehearsal only: a holder exports their recovery file (Cobo's TSS recovery group format), encrypted
   * with the password they choose; main saves it in the exports folder and says where.
   */
  'sandbox.exportRecoveryFile': call(
    z.strictObject({
      tssNodeId: tssId,
      password: z.string().min(8).max(200),
      version: z.union([z.literal(2), z.literal(3)]),
    }),
    z.strictObject({ path: z.string(), groups: z.array(z.string()) }),
  ),
};
