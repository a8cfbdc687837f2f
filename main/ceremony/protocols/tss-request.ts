/** Creating a TSS request (KeyGen, KeyGenFromKeyGroup, Recovery): one POST, then its status is followed. */
import { checkSelection, requestBody } from '../../../common/ceremony/rules';
import type { Ceremony } from '../../../common/contract';
import { tssRequestsPath } from '../../cobo/paths';
import { freshContext, requestDescription } from '../vault-context';
import { idFromAnswer, type Protocol } from './protocol';

/** How long before its intent a request may have been created and still be ours (clocks differ). */
const CLOCK_MARGIN_MS = 5 * 60_000;

export const tssRequest: Protocol = {
  holdersApprove: true,
  readyKey: 'checks.ready.groups',
  load: freshContext,
  before: () => ({}),
  check: (state, context, t) =>
    checkSelection(
      state.kind,
      state.selection,
      context.groups,
      (context.vault?.root_pubkeys.length ?? 0) > 0,
      t,
    ),
  call: (state) => ({ method: 'POST', path: tssRequestsPath(state.selection.vaultId ?? '') }),
  body: (state, context) =>
    requestBody(state.kind, state.selection, requestDescription(state), context.nodes, context.cobo),

  async send(client, state, body) {
    const request = await client.createTssRequest(state.selection.vaultId ?? '', body);
    const id = idFromAnswer(client, request.tss_request_id, 'TSS request ID');
    const status = String(request.status ?? 'Unknown');
    return {
      journal: { tss_request_id: id, status },
      apply(state: Ceremony) {
        state.tssRequestId = id;
        state.statuses.push({ status, at: new Date().toISOString() });
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
    const found = candidates[0];
    // Only exactly one candidate decides, and only one whose id can be followed.
    if (candidates.length !== 1 || !found?.tss_request_id) return null;
    const id = found.tss_request_id;
    return {
      journal: { reconciled: true, tss_request_id: id, status: String(found.status ?? 'Unknown') },
      apply(s: Ceremony) {
        s.tssRequestId = id;
        s.phase = 'tracking';
        s.lastError = null;
      },
    };
  },
};
