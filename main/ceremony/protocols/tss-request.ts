/** Creating a TSS request (KeyGen, KeyGenFromKeyGroup, Recovery): one POST, then its status is followed. */
import { checkSelection, requestBody } from '../../../common/ceremony/rules';
import type { Ceremony } from '../../../common/contract';
import { requestDescription } from '../vault-context';
import type { Protocol } from './protocol';

/** How long before its intent a request may have been created and still be ours (clocks differ). */
const CLOCK_MARGIN_MS = 5 * 60_000;

export const tssRequest: Protocol = {
  holdersApprove: true,
  check: (state, context) =>
    checkSelection(state.kind, state.selection, context.groups, context.vault.root_pubkeys.length > 0),
  body: (state, context) =>
    requestBody(state.kind, state.selection, requestDescription(state), context.nodes),

  async send(client, vaultId, body) {
    const request = await client.createTssRequest(vaultId, body);
    return {
      journal: { tss_request_id: request.tss_request_id, status: String(request.status) },
      apply(state: Ceremony) {
        state.tssRequestId = request.tss_request_id;
        state.statuses.push({ status: String(request.status), at: new Date().toISOString() });
        state.phase = 'tracking';
      },
    };
  },

  async find(state, intent, client) {
    const since = intent ? Date.parse(intent.at) - CLOCK_MARGIN_MS : 0;
    const requests = await client.listAllTssRequests(
      state.selection.vaultId ?? '',
      state.selection.targetGroupId ?? '',
    );
    const candidates = requests.filter(
      (r) =>
        r.type === state.kind &&
        r.target_key_share_holder_group_id === state.selection.targetGroupId &&
        (r.created_timestamp ?? Date.now()) >= since &&
        (r.description === undefined || r.description === requestDescription(state)),
    );
    if (candidates.length !== 1 || !candidates[0]) return null;
    const found = candidates[0];
    return {
      journal: { reconciled: true, tss_request_id: found.tss_request_id, status: String(found.status) },
      apply(s: Ceremony) {
        s.tssRequestId = found.tss_request_id;
        s.phase = 'tracking';
        s.lastError = null;
      },
    };
  },
};
