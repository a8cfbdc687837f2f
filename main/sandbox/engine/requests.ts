/** TSS requests: creating one as Cobo's rules allow, listing, reading and cancelling. */
import {
  CreateTssRequestRequest,
  TSS_REQUEST_TYPES,
  type GroupType,
  type TssRequestStatus,
} from '../../cobo/schemas';
import { invalidParameter, invalidStatus, missingParameter } from '../errors';
import { isRunning, newRequestId, type GroupState, type RequestState } from '../state';
import type { EngineContext } from './context';
import type { Lifecycle } from './lifecycle';
import { parseWith, requireFields } from './validation';
import { toTss } from './views';

const CANCELLABLE: readonly TssRequestStatus[] = ['PendingKeyHolderConfirmation', 'MPCProcessing'];

type Body = ReturnType<typeof CreateTssRequestRequest.parse>;

/** The target must be free, its holders active, and of the type the request's kind needs. */
function checkTarget(ctx: EngineContext, vaultId: string, body: Body): GroupState {
  const target = ctx.group(vaultId, body.target_key_share_holder_group_id);
  const busy = ctx.state.requests.some(
    (r) => r.target_key_share_holder_group_id === target.key_share_holder_group_id && isRunning(r),
  );
  if (busy) throw invalidStatus('a TSS request for this target group is already in progress');
  for (const h of target.holders) {
    const n = ctx.node(h.tss_node_id);
    if (n.status !== 'Valid') throw invalidStatus(`target holder ${n.name} is ${n.status}`);
  }
  if (body.type === 'KeyGen') {
    if (target.type !== 'MainGroup') throw invalidParameter('KeyGen targets a Main Group');
    if (target.status !== 'New' || target.keys) throw invalidStatus('the Main Group already has key shares');
    if (ctx.vault(vaultId).root)
      throw invalidStatus('the vault already has root keys; KeyGen is done once per vault');
  }
  return target;
}

/** The source group and its participating nodes, for KeyGenFromKeyGroup and Recovery. */
function checkSource(
  ctx: EngineContext,
  vaultId: string,
  body: Body,
  target: GroupState,
): RequestState['source'] {
  const requested = body.source_key_share_holder_group;
  if (!requested) throw missingParameter('source_key_share_holder_group');
  const wanted: GroupType = body.type === 'Recovery' ? 'RecoveryGroup' : 'MainGroup';
  const s = ctx.group(vaultId, requested.key_share_holder_group_id);
  if (s.type !== wanted) throw invalidParameter(`the source of ${body.type} must be a ${wanted}`);
  if (s.status !== 'Valid' || !s.keys) throw invalidStatus(`the source group is ${s.status}, not Valid`);
  if (body.type === 'KeyGenFromKeyGroup' && target.type === 'MainGroup')
    throw invalidParameter('KeyGenFromKeyGroup targets a Signing or Recovery Group');
  if (body.type === 'Recovery' && target.type !== 'MainGroup')
    throw invalidParameter('Recovery targets a new Main Group');
  if (target.status !== 'New' || target.keys) throw invalidStatus('the target group already has key shares');
  const members = new Set(s.holders.map((h) => h.tss_node_id));
  const ids = requested.tss_node_ids ?? s.holders.map((h) => h.tss_node_id);
  for (const id of ids) {
    if (!members.has(id)) throw invalidParameter(`tss_node_ids: ${id} is not in the source group`);
    const n = ctx.node(id);
    if (n.status !== 'Valid') throw invalidStatus(`source holder ${n.name} is ${n.status}`);
  }
  const cobo = s.holders.map((h) => ctx.nodeById(h.tss_node_id)).find((n) => n?.type === 'Cobo');
  if (cobo && !ids.includes(cobo.tss_node_id))
    throw invalidParameter('tss_node_ids must include the Cobo TSS node');
  if (ids.length < s.threshold) {
    throw invalidParameter(
      `tss_node_ids: ${ids.length} node(s) cannot meet the source group's threshold of ${s.threshold}`,
    );
  }
  return { key_share_holder_group_id: s.key_share_holder_group_id, tss_node_ids: ids };
}

export function createRequestsApi(ctx: EngineContext, lifecycle: Lifecycle) {
  return {
    async createTss(vaultId: string, rawBody: unknown) {
      ctx.vault(vaultId);
      const fields = requireFields(rawBody, ['type', 'target_key_share_holder_group_id']);
      // A type the spec does not define is a wrong value (2006), whatever else the body lacks.
      if (!(TSS_REQUEST_TYPES as readonly unknown[]).includes(fields.type))
        throw invalidParameter(`type: must be one of ${TSS_REQUEST_TYPES.join(', ')}`);
      if (
        fields.type !== 'KeyGen' &&
        (fields.source_key_share_holder_group === undefined || fields.source_key_share_holder_group === null)
      ) {
        throw missingParameter(`source_key_share_holder_group (required for ${String(fields.type)})`);
      }
      const body = parseWith(CreateTssRequestRequest, rawBody);
      const target = checkTarget(ctx, vaultId, body);
      const source = body.type === 'KeyGen' ? null : checkSource(ctx, vaultId, body, target);
      const involved = new Set([
        ...target.holders.map((h) => h.tss_node_id),
        ...(source?.tss_node_ids ?? []),
      ]);
      const r: RequestState = {
        tss_request_id: newRequestId(ctx.now(), ++ctx.state.sequence),
        vault_id: vaultId,
        type: body.type,
        status: 'PendingKeyHolderConfirmation',
        target_key_share_holder_group_id: target.key_share_holder_group_id,
        source,
        description: body.description ?? null,
        created_timestamp: ctx.now(),
        required: [...involved].filter((id) => ctx.nodeById(id)?.type !== 'Cobo'),
        approvals: {},
        admins: ctx.settings.adminApproval && body.type !== 'KeyGen' ? 'waiting' : null,
        timeline: [{ status: 'PendingKeyHolderConfirmation', at: ctx.now() }],
        failure: null,
      };
      ctx.state.requests.push(r);
      await ctx.persist();
      ctx.announce(r);
      lifecycle.scheduleApprovals(r);
      return toTss(r);
    },

    listTss(vaultId: string, groupId: string) {
      ctx.group(vaultId, groupId);
      return ctx.state.requests
        .filter(
          (r) =>
            r.vault_id === vaultId &&
            (r.target_key_share_holder_group_id === groupId ||
              r.source?.key_share_holder_group_id === groupId),
        )
        .map((r) => toTss(r));
    },
    getTss: (vaultId: string, requestId: string) => toTss(ctx.request(vaultId, requestId)),

    async cancelTss(vaultId: string, requestId: string) {
      const r = ctx.request(vaultId, requestId);
      if (!CANCELLABLE.includes(r.status))
        throw invalidStatus(`a request in ${r.status} cannot be cancelled`);
      ctx.setStatus(r, 'KeyHolderConfirmationFailed', 'cancelled');
      await ctx.persist();
      return toTss(r, 'Success');
    },

    requestDetail(requestId: string) {
      const r = ctx.anyRequest(requestId);
      return {
        ...toTss(r),
        required: r.required,
        approvals: r.approvals,
        timeline: r.timeline,
        failure: r.failure,
      };
    },
  };
}
