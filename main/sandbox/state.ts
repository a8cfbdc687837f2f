/**
 * The sandbox's organisation: its persisted shape (validated when loaded), the seeded organisation a
 * first start creates, and the id formats Cobo uses.
 */
import { randomUUID } from 'node:crypto';
import { randomBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import {
  CURVES,
  GROUP_STATUSES,
  GROUP_TYPES,
  HOLDER_STATUSES,
  HOLDER_TYPES,
  TSS_REQUEST_STATUSES,
  TSS_REQUEST_TYPES,
  VAULT_TYPES,
} from '../cobo/schemas';

export const STATE_FILE = 'sandbox-state.REHEARSAL-ONLY.json';
export const REHEARSAL_NOTICE =
  'REHEARSAL ONLY: this file holds key material made up by the Key Ceremony offline sandbox. It protects nothing real and must never be used for real funds.';

const hex = z.string().regex(/^[0-9a-f]+$/);

export const NodeState = z.object({
  tss_node_id: z.string(),
  /** Who holds the node: a person for Mobile, the organisation for API, Cobo for Cobo. */
  name: z.string(),
  type: z.enum(HOLDER_TYPES),
  online: z.boolean(),
  status: z.enum(HOLDER_STATUSES),
  account_id: z.string(),
  /** Set on the node that replaced this one after a lost phone. */
  replaces: z.string().nullable(),
  /**
   * Restored from backup on a new phone: Cobo Guard freezes the account until an Admin unfreezes it
   * (Cobo's manual, guard/reset). The API does not report it; the Holder phones screen does.
   */
  frozen: z.boolean().default(false),
});
export type NodeState = z.infer<typeof NodeState>;

export const CurveKeys = z.object({
  tss_key_share_group_id: z.string(),
  /** tss_node_id → share (hex scalar); index = position of the holder in the group, from 1. */
  shares: z.record(z.string(), hex),
});

export const GroupState = z.object({
  key_share_holder_group_id: z.string(),
  vault_id: z.string(),
  type: z.enum(GROUP_TYPES),
  status: z.enum(GROUP_STATUSES),
  threshold: z.number().int(),
  participants: z.number().int(),
  holders: z.array(z.object({ tss_node_id: z.string(), signer: z.boolean() })),
  created_timestamp: z.number().int(),
  keys: z.partialRecord(z.enum(CURVES), CurveKeys).nullable(),
});
export type GroupState = z.infer<typeof GroupState>;

export const VaultState = z.object({
  vault_id: z.string(),
  project_id: z.string(),
  name: z.string(),
  type: z.enum(VAULT_TYPES),
  created_timestamp: z.number().int(),
  root: z.partialRecord(z.enum(CURVES), z.object({ chainCode: hex, publicKey: hex })).nullable(),
  /** An advanced MPC vault, which Cobo activates on request: other key shapes than the standard ones. */
  advanced: z.boolean().default(false),
});
export type VaultState = z.infer<typeof VaultState>;

export const RequestState = z.object({
  tss_request_id: z.string(),
  vault_id: z.string(),
  type: z.enum(TSS_REQUEST_TYPES),
  status: z.enum(TSS_REQUEST_STATUSES),
  target_key_share_holder_group_id: z.string(),
  source: z.object({ key_share_holder_group_id: z.string(), tss_node_ids: z.array(z.string()) }).nullable(),
  description: z.string().nullable(),
  created_timestamp: z.number().int(),
  /** The holders who take part (Cobo's own node acts by itself); each acts once, in `approvals`. */
  required: z.array(z.string()),
  approvals: z.record(z.string(), z.enum(['approved', 'rejected'])),
  /** Rehearsed governance: the organisation's Admins still to approve, or done; null when not rehearsed. */
  admins: z.enum(['waiting', 'approved']).nullable().default(null),
  timeline: z.array(z.object({ status: z.enum(TSS_REQUEST_STATUSES), at: z.number() })),
  failure: z.string().nullable(),
});
export type RequestState = z.infer<typeof RequestState>;

/** A request still running: its groups can take no other request, and cannot change or go. */
export const isRunning = (r: RequestState): boolean =>
  r.status === 'PendingKeyHolderConfirmation' || r.status === 'MPCProcessing' || r.status === 'KeyGenerating';

export const SandboxState = z.object({
  notice: z.literal(REHEARSAL_NOTICE),
  version: z.literal(1),
  sequence: z.number().int(),
  apiKeys: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  nodes: z.array(NodeState),
  vaults: z.array(VaultState),
  groups: z.array(GroupState),
  requests: z.array(RequestState),
  /**
   * How the rehearsal is played, kept across restarts: with manual approval on, no simulated phone
   * acts by itself after a restart either.
   */
  rehearsal: z.object({ manualApproval: z.boolean(), adminApproval: z.boolean() }).optional(),
});
export type SandboxState = z.infer<typeof SandboxState>;

/** Nodes of lost phones (status Changed) that no group uses any more are deleted, as after a Recovery. */
export function dropUnusedChangedNodes(state: SandboxState): void {
  const inUse = new Set(state.groups.flatMap((g) => g.holders.map((h) => h.tss_node_id)));
  state.nodes = state.nodes.filter((n) => n.status !== 'Changed' || inUse.has(n.tss_node_id));
  // A new phone whose lost one is gone has finished its move: it replaces nothing any more.
  const left = new Set(state.nodes.map((n) => n.tss_node_id));
  for (const n of state.nodes) if (n.replaces && !left.has(n.replaces)) n.replaces = null;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const randomText = (alphabet: string, length: number) =>
  Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');

/** Cobo's formats: "cobo" + 45 base58 characters for TSS nodes, 20 characters for vaults and key share groups. */
export const newNodeId = () => `cobo${randomText(BASE58, 45)}`;
export const newShortId = () => randomText(BASE62, 20);
export const newGroupId = () => randomUUID();

/** A TSS request id like Cobo's: the UTC time to the second, then a sequence number (32 digits). */
export function newRequestId(now: number, sequence: number): string {
  const t = new Date(now).toISOString().replace(/\D/g, '').slice(0, 14);
  return t + String(sequence).padStart(18, '0');
}

const node = (name: string, type: NodeState['type'], online = true): NodeState => ({
  tss_node_id: newNodeId(),
  name,
  type,
  online,
  status: 'Valid',
  account_id: type === 'Mobile' ? `auth0|cobo|${Math.floor(1e17 + Math.random() * 8e17)}` : '',
  replaces: null,
  frozen: false,
});

/** The organisation's people and machines: Cobo's node, five custodians with Cobo Guard, one Server Signer. */
function organisationNodes() {
  const cobo = node('Cobo', 'Cobo');
  const [alice, bilal, chen, dana, emeka] = [
    'Alice Moreau',
    'Bilal Haddad',
    'Chen Wei',
    'Dana Okafor',
    'Emeka Nwosu',
  ].map((n) => node(n, 'Mobile')) as [NodeState, NodeState, NodeState, NodeState, NodeState];
  const api = node('Treasury Server Signer', 'API');
  return { cobo, alice, bilal, chen, dana, emeka, api };
}

/** A new Org-Controlled vault without root keys. */
export const newVault = (name: string, now: number): VaultState => ({
  vault_id: newShortId(),
  project_id: randomUUID(),
  name,
  type: 'Org-Controlled',
  created_timestamp: now,
  root: null,
  advanced: false,
});

/**
 * Where a real organisation starts: its phones and Server Signer exist (each custodian reads their TSS
 * node ID in Cobo Guard; the Holder phones screen shows them), Cobo lists none of them yet, and there
 * are no groups — and, unless asked for, no vault.
 */
export function freshState(now: number, withVault: boolean): SandboxState {
  const n = organisationNodes();
  return {
    notice: REHEARSAL_NOTICE,
    version: 1,
    sequence: 0,
    apiKeys: [],
    nodes: Object.values(n),
    vaults: withVault ? [newVault('Rehearsal Treasury', now)] : [],
    groups: [],
    requests: [],
  };
}

/**
 * A 2-of-n group waiting for its ceremony, made at `at`. In a Main or Signing Group, Cobo's node and
 * the first of the organisation's are the designated signers; a Recovery Group signs nothing.
 */
function waitingGroup(
  vault: VaultState,
  type: GroupState['type'],
  nodes: NodeState[],
  at: number,
): GroupState {
  const first = nodes.find((n) => n.type !== 'Cobo');
  return {
    key_share_holder_group_id: newGroupId(),
    vault_id: vault.vault_id,
    type,
    status: 'New',
    threshold: 2,
    participants: nodes.length,
    holders: nodes.map((n) => ({
      tss_node_id: n.tss_node_id,
      signer: type !== 'RecoveryGroup' && (n.type === 'Cobo' || n === first),
    })),
    created_timestamp: at,
    keys: null,
  };
}

const organisation = (
  nodes: ReturnType<typeof organisationNodes>,
  vault: VaultState,
  groups: GroupState[],
): SandboxState => ({
  notice: REHEARSAL_NOTICE,
  version: 1,
  sequence: 0,
  apiKeys: [],
  nodes: Object.values(nodes),
  vaults: [vault],
  groups,
  requests: [],
});

/**
 * The organisation a first start creates: one vault without keys, a Cobo node, five custodians with
 * Cobo Guard, one Server Signer, and a Main, a Signing and a Recovery Group waiting for their ceremonies.
 */
export function seedState(now: number): SandboxState {
  const n = organisationNodes();
  const vault = newVault('Rehearsal Treasury', now);
  // A standard vault's keys (Cobo's manual, October 2025): Main and Signing 2/2, Recovery 2/3 with
  // Cobo's share, and each of the organisation's nodes in one key only. Bilal and Emeka hold none yet.
  return organisation(n, vault, [
    waitingGroup(vault, 'MainGroup', [n.cobo, n.alice], now),
    waitingGroup(vault, 'SigningGroup', [n.cobo, n.api], now),
    waitingGroup(vault, 'RecoveryGroup', [n.cobo, n.chen, n.dana], now),
  ]);
}

/**
 * An organisation set up before October 2025 (`--legacy`), whose keys keep the shapes Cobo allowed
 * then: a 2-of-3 Main Group, a 2-of-3 Signing Group sharing Bilal's node with it, and a Recovery Group
 * without Cobo's node. Its groups wait for their ceremonies; new keys follow today's rules.
 */
export function legacyState(): SandboxState {
  const n = organisationNodes();
  const made = Date.parse('2025-09-15T09:00:00Z');
  const vault = newVault('Legacy Treasury', Date.parse('2025-09-01T09:00:00Z'));
  return organisation(n, vault, [
    waitingGroup(vault, 'MainGroup', [n.cobo, n.alice, n.bilal], made),
    waitingGroup(vault, 'SigningGroup', [n.cobo, n.api, n.bilal], made),
    waitingGroup(vault, 'RecoveryGroup', [n.chen, n.dana], made),
  ]);
}
