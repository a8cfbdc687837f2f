/**
 * The sandbox's organisation at work: groups, TSS requests and their lifecycle, simulated key share
 * holders, and the real threshold key material behind them. No HTTP here (server.ts does that).
 *
 * TSS request lifecycle (the transition table the README documents):
 *
 *   created ─► PendingKeyHolderConfirmation ─(every required holder approves)─► MPCProcessing
 *   PendingKeyHolderConfirmation ─(a holder rejects)─► KeyHolderConfirmationFailed
 *   MPCProcessing ─(stepMs)─► KeyGenerating ─(stepMs, key material made and checked)─► Success
 *   KeyGenerating ─(injected node failure, or a failed check)─► KeyGeneratingFailed
 *   PendingKeyHolderConfirmation | MPCProcessing ─(cancel)─► KeyHolderConfirmationFailed
 *     (the cancel call itself answers the request with status Success, as the spec describes)
 */
import { randomBytes } from 'node:crypto';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeRootKey } from '../cobo/root-keys';
import {
  CreateKeyShareHolderGroupRequest,
  CreateTssRequestRequest,
  type Curve,
  type GroupType,
  type KeyShareHolder,
  type KeyShareHolderGroup,
  type MPCVault,
  type TssRequestStatus,
  type TSSRequest,
} from '../cobo/schemas';
import { invalidParameter, invalidStatus, missingParameter, notFound } from './errors';
import {
  newGroupId,
  newNodeId,
  newRequestId,
  newShortId,
  type GroupState,
  type NodeState,
  type RequestState,
  type SandboxState,
} from './state';
import {
  distributedKeyGen,
  interpolatePublic,
  pointFromHex,
  pointToHex,
  publicShare,
  reshare,
  scalarFromHex,
  scalarToHex,
  SUPPORTED_CURVES,
  type KeyShares,
} from './threshold';
import { describeIssues } from '../../common/describe-issues';

export interface EngineSettings {
  /** How long a simulated Mobile holder takes to approve, when approvals are automatic. */
  autoApproveMs: number;
  /** How long each of MPCProcessing and KeyGenerating lasts. */
  stepMs: number;
  /** When true, Mobile holders approve only when someone plays their part (control API, holder panel). */
  manualApproval: boolean;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  autoApproveMs: 1_500,
  stepMs: 1_000,
  manualApproval: false,
};

const ACTIVE: readonly TssRequestStatus[] = [
  'PendingKeyHolderConfirmation',
  'MPCProcessing',
  'KeyGenerating',
];
const CANCELLABLE: readonly TssRequestStatus[] = ['PendingKeyHolderConfirmation', 'MPCProcessing'];

export interface EngineOptions {
  readonly state: SandboxState;
  readonly save: (state: SandboxState) => Promise<void>;
  readonly settings?: Partial<EngineSettings>;
  readonly now?: () => number;
  /** Observes every status change (benchmarks record when it happened). */
  readonly onStatus?: (request: RequestState) => void;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createEngine(options: EngineOptions) {
  let state = options.state;
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const now = options.now ?? Date.now;
  const timers = new Set<NodeJS.Timeout>();
  let keygenFailures = 0;
  let closed = false;

  const later = (ms: number, run: () => void) => {
    if (closed) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) run();
    }, ms);
    timers.add(timer);
  };
  const persist = () => options.save(state);
  const persistQuietly = () => void persist().catch(() => undefined);

  // ---- lookups -------------------------------------------------------------------------------

  const vault = (vaultId: string) => {
    const v = state.vaults.find((x) => x.vault_id === vaultId);
    if (!v) throw notFound(`MPC vault ${vaultId}`);
    return v;
  };
  const group = (vaultId: string, groupId: string) => {
    vault(vaultId);
    const g = state.groups.find((x) => x.vault_id === vaultId && x.key_share_holder_group_id === groupId);
    if (!g) throw notFound(`Key share holder group ${groupId}`);
    return g;
  };
  const nodeById = (id: string) => state.nodes.find((n) => n.tss_node_id === id);
  const node = (id: string) => {
    const n = nodeById(id);
    if (!n) throw notFound(`TSS node ${id}`);
    return n;
  };
  const request = (vaultId: string, requestId: string) => {
    vault(vaultId);
    const r = state.requests.find((x) => x.vault_id === vaultId && x.tss_request_id === requestId);
    if (!r) throw notFound(`TSS request ${requestId}`);
    return r;
  };

  // ---- wire views ----------------------------------------------------------------------------

  const rootPubkeys = (vaultId: string) => {
    const v = vault(vaultId);
    return SUPPORTED_CURVES.flatMap((curve) => {
      const key = v.root?.[curve];
      return key ? [{ curve, root_pubkey: encodeRootKey(curve, key) }] : [];
    });
  };

  const toVault = (v: SandboxState['vaults'][number]): MPCVault => ({
    vault_id: v.vault_id,
    project_id: v.project_id,
    name: v.name,
    type: v.type,
    root_pubkeys: rootPubkeys(v.vault_id),
    created_timestamp: v.created_timestamp,
  });

  const toHolder = (n: NodeState, signer: boolean): KeyShareHolder => ({
    name: n.name,
    type: n.type,
    tss_node_id: n.tss_node_id,
    online: n.online,
    signer,
    status: n.status,
    account_id: n.account_id,
  });

  const toGroup = (g: GroupState): KeyShareHolderGroup => {
    const roots = new Map(rootPubkeys(g.vault_id).map((r) => [r.curve, r.root_pubkey]));
    const view: KeyShareHolderGroup = {
      key_share_holder_group_id: g.key_share_holder_group_id,
      type: g.type,
      key_share_holders: g.holders.flatMap((h) => {
        const n = nodeById(h.tss_node_id);
        return n ? [toHolder(n, h.signer)] : [];
      }),
      participants: g.participants,
      threshold: g.threshold,
      status: g.status,
      created_timestamp: g.created_timestamp,
      tss_key_share_groups: undefined,
    };
    if (g.keys) {
      view.tss_key_share_groups = SUPPORTED_CURVES.flatMap((curve) => {
        const k = g.keys?.[curve];
        return k
          ? [{ tss_key_share_group_id: k.tss_key_share_group_id, curve, root_pubkey: roots.get(curve) }]
          : [];
      });
    }
    return view;
  };

  const toTss = (r: RequestState, status: TssRequestStatus = r.status): TSSRequest => ({
    tss_request_id: r.tss_request_id,
    type: r.type,
    status,
    target_key_share_holder_group_id: r.target_key_share_holder_group_id,
    source_key_share_holder_group: r.source ?? undefined,
    description: r.description ?? undefined,
    created_timestamp: r.created_timestamp,
  });

  // ---- lifecycle -----------------------------------------------------------------------------

  function setStatus(r: RequestState, status: TssRequestStatus, failure: string | null = null) {
    r.status = status;
    r.failure = failure;
    r.timeline.push({ status, at: now() });
    options.onStatus?.(r);
  }

  function scheduleApprovals(r: RequestState) {
    if (r.status !== 'PendingKeyHolderConfirmation') return;
    for (const id of r.required) {
      if (r.approvals[id]) continue;
      const n = nodeById(id);
      if (!n || !n.online || n.status !== 'Valid') continue;
      if (n.type === 'API')
        later(Math.min(200, settings.autoApproveMs), () => decideInternal(r, id, 'approve'));
      else if (n.type === 'Mobile' && !settings.manualApproval)
        later(settings.autoApproveMs, () => decideInternal(r, id, 'approve'));
    }
  }

  function advance(r: RequestState) {
    if (r.status === 'MPCProcessing') {
      later(settings.stepMs, () => {
        if (r.status !== 'MPCProcessing') return;
        setStatus(r, 'KeyGenerating');
        persistQuietly();
        advance(r);
      });
    } else if (r.status === 'KeyGenerating') {
      later(settings.stepMs, () => {
        if (r.status !== 'KeyGenerating') return;
        finish(r);
        persistQuietly();
      });
    }
  }

  function decideInternal(r: RequestState, nodeId: string, decision: 'approve' | 'reject') {
    if (r.status !== 'PendingKeyHolderConfirmation' || r.approvals[nodeId]) return;
    r.approvals[nodeId] = decision === 'approve' ? 'approved' : 'rejected';
    if (decision === 'reject') {
      setStatus(r, 'KeyHolderConfirmationFailed', `${nodeById(nodeId)?.name ?? nodeId} rejected the request`);
    } else if (r.required.every((id) => r.approvals[id] === 'approved')) {
      setStatus(r, 'MPCProcessing');
      advance(r);
    }
    persistQuietly();
  }

  function finish(r: RequestState) {
    if (keygenFailures > 0) {
      keygenFailures--;
      const target = state.groups.find(
        (g) => g.key_share_holder_group_id === r.target_key_share_holder_group_id,
      );
      const victim = target?.holders.map((h) => nodeById(h.tss_node_id)).find((n) => n && n.type !== 'Cobo');
      setStatus(
        r,
        'KeyGeneratingFailed',
        `Injected fault: TSS node of ${victim?.name ?? 'a holder'} stopped during key generation`,
      );
      return;
    }
    try {
      if (r.type === 'KeyGen') keyGen(r);
      else reshareInto(r);
      setStatus(r, 'Success');
    } catch (error) {
      setStatus(r, 'KeyGeneratingFailed', error instanceof Error ? error.message : 'key generation failed');
    }
  }

  const storeShares = (g: GroupState, curve: Curve, keys: KeyShares) => {
    g.keys ??= {};
    g.keys[curve] = {
      tss_key_share_group_id: newShortId(),
      shares: Object.fromEntries(
        g.holders.map((h, k) => [h.tss_node_id, scalarToHex(keys.shares.get(k + 1) ?? 0n)]),
      ),
    };
  };

  function keyGen(r: RequestState) {
    const v = vault(r.vault_id);
    const target = group(r.vault_id, r.target_key_share_holder_group_id);
    const root: NonNullable<typeof v.root> = {};
    for (const curve of SUPPORTED_CURVES) {
      const keys = distributedKeyGen(curve, target.threshold, target.participants);
      storeShares(target, curve, keys);
      // The chain code is joint randomness of the holders; simulated here by fresh random bytes.
      root[curve] = { chainCode: bytesToHex(randomBytes(32)), publicKey: pointToHex(keys.publicKey) };
    }
    v.root = root;
    target.status = 'Valid';
  }

  function reshareInto(r: RequestState) {
    const v = vault(r.vault_id);
    if (!v.root || !r.source) throw new Error('the vault has no root keys to reshare');
    const source = group(r.vault_id, r.source.key_share_holder_group_id);
    const target = group(r.vault_id, r.target_key_share_holder_group_id);
    const selected = r.source.tss_node_ids;
    for (const curve of SUPPORTED_CURVES) {
      const keys = source.keys?.[curve];
      const rootKey = v.root[curve];
      if (!keys || !rootKey) throw new Error(`the source group has no ${curve} key shares`);
      const sourceShares = new Map<number, bigint>();
      for (const id of selected) {
        const share = keys.shares[id];
        if (share === undefined) throw new Error(`TSS node ${id} holds no ${curve} share`);
        sourceShares.set(source.holders.findIndex((h) => h.tss_node_id === id) + 1, scalarFromHex(share));
      }
      const result = reshare(curve, sourceShares, target.threshold, target.participants);
      // Resharing must keep the root key: interpolate a threshold of the new public shares and compare.
      const publicShares = new Map(
        [...result.shares].slice(0, target.threshold).map(([i, s]) => [i, publicShare(curve, s)] as const),
      );
      if (!interpolatePublic(curve, publicShares).equals(pointFromHex(curve, rootKey.publicKey))) {
        throw new Error(`the new ${curve} shares do not match the vault's root key`);
      }
      storeShares(target, curve, result);
    }
    target.status = 'Valid';
    if (r.type === 'Recovery') {
      // The recovered Main Group replaces the old one, and the lost phones' nodes are removed.
      state.groups = state.groups.filter(
        (g) => !(g.vault_id === r.vault_id && g.type === 'MainGroup' && g !== target),
      );
      const inUse = new Set(state.groups.flatMap((g) => g.holders.map((h) => h.tss_node_id)));
      state.nodes = state.nodes.filter((n) => n.status !== 'Changed' || inUse.has(n.tss_node_id));
    }
  }

  // ---- validation of create bodies -----------------------------------------------------------

  function requireFields(body: unknown, fields: string[]): Record<string, unknown> {
    if (!isObject(body)) throw invalidParameter('the request body must be a JSON object');
    for (const f of fields) if (body[f] === undefined || body[f] === null) throw missingParameter(f);
    return body;
  }

  function parseWith<T>(
    schema: {
      safeParse(
        v: unknown,
      ):
        | { success: true; data: T }
        | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
    },
    body: unknown,
  ): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw invalidParameter(describeIssues(parsed.error, 'body'));
    }
    return parsed.data;
  }

  // ---- the API -------------------------------------------------------------------------------

  const api = {
    settings,
    get state() {
      return state;
    },

    listVaults(vaultType: string, projectId: string | undefined) {
      return state.vaults
        .filter((v) => v.type === vaultType && (!projectId || v.project_id === projectId))
        .map(toVault);
    },
    getVault: (vaultId: string) => toVault(vault(vaultId)),
    coboNodes: () => state.nodes.filter((n) => n.type === 'Cobo').map((n) => toHolder(n, true)),

    listGroups(vaultId: string, type: string | undefined) {
      vault(vaultId);
      return state.groups.filter((g) => g.vault_id === vaultId && (!type || g.type === type)).map(toGroup);
    },
    getGroup: (vaultId: string, groupId: string) => toGroup(group(vaultId, groupId)),

    listHolders(vaultId: string, groupIds: string[] | undefined) {
      vault(vaultId);
      const groups = state.groups.filter(
        (g) => g.vault_id === vaultId && (!groupIds || groupIds.includes(g.key_share_holder_group_id)),
      );
      if (groupIds) for (const id of groupIds) group(vaultId, id);
      const seen = new Map<string, KeyShareHolder>();
      for (const g of groups) {
        for (const h of g.holders) {
          const n = nodeById(h.tss_node_id);
          if (n && !seen.has(n.tss_node_id)) seen.set(n.tss_node_id, toHolder(n, h.signer));
        }
      }
      if (!groupIds) {
        // Without a filter: every node of the organisation, so a new group can be put together.
        for (const n of state.nodes)
          if (!seen.has(n.tss_node_id)) seen.set(n.tss_node_id, toHolder(n, false));
      }
      return [...seen.values()];
    },

    async createGroup(vaultId: string, rawBody: unknown) {
      vault(vaultId);
      requireFields(rawBody, [
        'key_share_holder_group_type',
        'participants',
        'threshold',
        'key_share_holders',
      ]);
      // The request schema refuses shapes Cobo does not offer (2006) along with every other field.
      const body = parseWith(CreateKeyShareHolderGroupRequest, rawBody);
      const members = body.key_share_holders.map((h) => ({ holder: h, node: node(h.tss_node_id) }));
      for (const { holder, node: n } of members) {
        if (n.type !== holder.type)
          throw invalidParameter(
            `key_share_holders: ${n.tss_node_id} is a ${n.type} node, not ${holder.type}`,
          );
        if (n.status !== 'Valid') throw invalidStatus(`TSS node ${n.tss_node_id} (${n.name}) is ${n.status}`);
      }
      const type = body.key_share_holder_group_type as GroupType;
      const hasCobo = members.some((m) => m.node.type === 'Cobo');
      if (type !== 'RecoveryGroup' && !hasCobo)
        throw invalidParameter(`a ${type} must include the Cobo key share holder`);
      if (type !== 'RecoveryGroup' && !members.some((m) => m.node.type !== 'Cobo' && m.holder.signer)) {
        throw invalidParameter(`a ${type} needs a designated signer besides Cobo`);
      }
      if (
        type === 'MainGroup' &&
        state.groups.some(
          (g) => g.vault_id === vaultId && g.type === 'MainGroup' && g.status !== 'Unavailable',
        )
      ) {
        throw invalidStatus(
          'the vault already has a Main Group in use; a new one can only replace an Unavailable Main Group',
        );
      }
      const g: GroupState = {
        key_share_holder_group_id: newGroupId(),
        vault_id: vaultId,
        type,
        status: 'New',
        threshold: body.threshold,
        participants: body.participants,
        holders: body.key_share_holders.map((h) => ({ tss_node_id: h.tss_node_id, signer: h.signer })),
        created_timestamp: now(),
        keys: null,
      };
      state.groups.push(g);
      await persist();
      return toGroup(g);
    },

    async createTss(vaultId: string, rawBody: unknown) {
      const v = vault(vaultId);
      const fields = requireFields(rawBody, ['type', 'target_key_share_holder_group_id']);
      if (
        fields.type !== 'KeyGen' &&
        (fields.source_key_share_holder_group === undefined || fields.source_key_share_holder_group === null)
      ) {
        throw missingParameter(`source_key_share_holder_group (required for ${String(fields.type)})`);
      }
      const body = parseWith(CreateTssRequestRequest, rawBody);
      const target = group(vaultId, body.target_key_share_holder_group_id);
      if (
        state.requests.some(
          (r) =>
            r.target_key_share_holder_group_id === target.key_share_holder_group_id &&
            ACTIVE.includes(r.status),
        )
      ) {
        throw invalidStatus('a TSS request for this target group is already in progress');
      }
      for (const h of target.holders) {
        const n = node(h.tss_node_id);
        if (n.status !== 'Valid') throw invalidStatus(`target holder ${n.name} is ${n.status}`);
      }
      let source: RequestState['source'] = null;
      if (body.type === 'KeyGen') {
        if (target.type !== 'MainGroup') throw invalidParameter('KeyGen targets a Main Group');
        if (target.status !== 'New' || target.keys)
          throw invalidStatus('the Main Group already has key shares');
        if (v.root)
          throw invalidStatus('the vault already has root keys; KeyGen is done once per organisation');
      } else {
        const requested = body.source_key_share_holder_group;
        if (!requested) throw missingParameter('source_key_share_holder_group');
        const wanted: GroupType = body.type === 'Recovery' ? 'RecoveryGroup' : 'MainGroup';
        const s = group(vaultId, requested.key_share_holder_group_id);
        if (s.type !== wanted) throw invalidParameter(`the source of ${body.type} must be a ${wanted}`);
        if (s.status !== 'Valid' || !s.keys)
          throw invalidStatus(`the source group is ${s.status}, not Valid`);
        if (body.type === 'KeyGenFromKeyGroup' && target.type === 'MainGroup')
          throw invalidParameter('KeyGenFromKeyGroup targets a Signing or Recovery Group');
        if (body.type === 'Recovery' && target.type !== 'MainGroup')
          throw invalidParameter('Recovery targets a new Main Group');
        if (target.status !== 'New' || target.keys)
          throw invalidStatus('the target group already has key shares');
        const members = new Set(s.holders.map((h) => h.tss_node_id));
        const ids = requested.tss_node_ids ?? s.holders.map((h) => h.tss_node_id);
        for (const id of ids) {
          if (!members.has(id)) throw invalidParameter(`tss_node_ids: ${id} is not in the source group`);
          const n = node(id);
          if (n.status !== 'Valid') throw invalidStatus(`source holder ${n.name} is ${n.status}`);
        }
        const cobo = s.holders.map((h) => nodeById(h.tss_node_id)).find((n) => n?.type === 'Cobo');
        if (cobo && !ids.includes(cobo.tss_node_id))
          throw invalidParameter('tss_node_ids must include the Cobo TSS node');
        if (ids.length < s.threshold) {
          throw invalidParameter(
            `tss_node_ids: ${ids.length} node(s) cannot meet the source group's threshold of ${s.threshold}`,
          );
        }
        source = { key_share_holder_group_id: s.key_share_holder_group_id, tss_node_ids: ids };
      }
      const involved = new Set([
        ...target.holders.map((h) => h.tss_node_id),
        ...(source?.tss_node_ids ?? []),
      ]);
      const r: RequestState = {
        tss_request_id: newRequestId(now(), ++state.sequence),
        vault_id: vaultId,
        type: body.type,
        status: 'PendingKeyHolderConfirmation',
        target_key_share_holder_group_id: target.key_share_holder_group_id,
        source,
        description: body.description ?? null,
        created_timestamp: now(),
        required: [...involved].filter((id) => nodeById(id)?.type !== 'Cobo'),
        approvals: {},
        timeline: [{ status: 'PendingKeyHolderConfirmation', at: now() }],
        cancelled: false,
        failure: null,
      };
      state.requests.push(r);
      await persist();
      options.onStatus?.(r);
      scheduleApprovals(r);
      return toTss(r);
    },

    listTss(vaultId: string, groupId: string) {
      group(vaultId, groupId);
      return state.requests
        .filter(
          (r) =>
            r.vault_id === vaultId &&
            (r.target_key_share_holder_group_id === groupId ||
              r.source?.key_share_holder_group_id === groupId),
        )
        .map((r) => toTss(r));
    },
    getTss: (vaultId: string, requestId: string) => toTss(request(vaultId, requestId)),

    async cancelTss(vaultId: string, requestId: string) {
      const r = request(vaultId, requestId);
      if (!CANCELLABLE.includes(r.status))
        throw invalidStatus(`a request in ${r.status} cannot be cancelled`);
      r.cancelled = true;
      setStatus(r, 'KeyHolderConfirmationFailed', 'cancelled');
      await persist();
      return toTss(r, 'Success');
    },

    // ---- control: playing the holders' part, and faults ----

    registerApiKey: async (apiKey: string) => {
      if (!state.apiKeys.includes(apiKey)) {
        state.apiKeys.push(apiKey);
        await persist();
      }
    },
    isKnownApiKey: (apiKey: string) => state.apiKeys.includes(apiKey),

    async decide(nodeId: string, requestId: string, decision: 'approve' | 'reject') {
      const n = node(nodeId);
      const r = state.requests.find((x) => x.tss_request_id === requestId);
      if (!r) throw notFound(`TSS request ${requestId}`);
      if (!r.required.includes(nodeId))
        throw invalidParameter(`${n.name} is not asked to approve this request`);
      if (r.status !== 'PendingKeyHolderConfirmation') throw invalidStatus(`the request is ${r.status}`);
      if (!n.online || n.status !== 'Valid')
        throw invalidStatus(`${n.name}'s Cobo Guard is offline or no longer valid`);
      decideInternal(r, nodeId, decision);
      await persist();
      return toTss(r);
    },

    async setOnline(nodeId: string, online: boolean) {
      const n = node(nodeId);
      if (n.status === 'Changed')
        throw invalidStatus(`${n.name}'s old phone is lost and cannot come back online`);
      n.online = online;
      await persist();
      if (online) for (const r of state.requests) if (r.required.includes(nodeId)) scheduleApprovals(r);
      return toHolder(n, false);
    },

    /** The holder's phone is lost: its shares are gone, its groups unusable; a new phone is set up. */
    async losePhone(nodeId: string) {
      const lost = node(nodeId);
      if (lost.type !== 'Mobile')
        throw invalidParameter('only a Mobile holder (Cobo Guard) can lose a phone');
      if (lost.status === 'Changed') throw invalidStatus(`${lost.name}'s phone is already lost`);
      lost.status = 'Changed';
      lost.online = false;
      for (const g of state.groups) {
        if (!g.holders.some((h) => h.tss_node_id === nodeId)) continue;
        for (const curve of SUPPORTED_CURVES) delete g.keys?.[curve]?.shares[nodeId];
        if (g.keys) g.status = 'Unavailable';
      }
      const replacement: NodeState = {
        ...lost,
        tss_node_id: newNodeId(),
        status: 'Valid',
        online: true,
        replaces: nodeId,
      };
      state.nodes.push(replacement);
      await persist();
      return { lost: toHolder(lost, false), replacement: toHolder(replacement, false) };
    },

    failNextKeyGenerations(count: number) {
      keygenFailures = Math.max(0, Math.floor(count));
    },

    /** Pending approvals and holder states, for the holder panel and the control API. */
    holderView() {
      return state.nodes.map((n) => ({
        tss_node_id: n.tss_node_id,
        name: n.name,
        type: n.type,
        online: n.online,
        status: n.status,
        replaces: n.replaces,
        pending: state.requests
          .filter(
            (r) =>
              r.status === 'PendingKeyHolderConfirmation' &&
              r.required.includes(n.tss_node_id) &&
              !r.approvals[n.tss_node_id],
          )
          .map((r) => ({ tss_request_id: r.tss_request_id, vault_id: r.vault_id, type: r.type })),
      }));
    },

    requestDetail(requestId: string) {
      const r = state.requests.find((x) => x.tss_request_id === requestId);
      if (!r) throw notFound(`TSS request ${requestId}`);
      return {
        ...toTss(r),
        required: r.required,
        approvals: r.approvals,
        timeline: r.timeline,
        failure: r.failure,
      };
    },

    /** Resumes timers for requests a restart interrupted. */
    resume() {
      for (const r of state.requests) {
        if (r.status === 'PendingKeyHolderConfirmation') scheduleApprovals(r);
        else advance(r);
      }
    },

    async replaceState(next: SandboxState) {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      state = next;
      await persist();
    },

    close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
  return api;
}

export type Engine = ReturnType<typeof createEngine>;
