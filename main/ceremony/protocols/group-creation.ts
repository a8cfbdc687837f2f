/** Creating a key share holder group: one POST, answered by the new group; nothing to follow. */
import { checkDesign, requestBody } from '../../../common/ceremony/rules';
import type { Ceremony } from '../../../common/contract';
import { groupView } from '../cobo-views';
import { requestDescription } from '../vault-context';
import type { Outcome, Protocol } from './protocol';

const created = (groupId: string, journal: Outcome['journal']): Outcome => ({
  journal,
  apply(state: Ceremony) {
    state.createdGroupId = groupId;
    state.phase = 'finished';
    state.outcome = 'success';
  },
});

export const groupCreation: Protocol = {
  holdersApprove: false,
  check: (state, context) => checkDesign(state.selection, context.nodes),
  body: (state, context) =>
    requestBody(state.kind, state.selection, requestDescription(state), context.nodes),

  async send(client, vaultId, body) {
    const group = await client.createKeyShareHolderGroup(vaultId, body);
    return created(group.key_share_holder_group_id, {
      key_share_holder_group_id: group.key_share_holder_group_id,
      status: String(group.status),
    });
  },

  async find(state, intent, client) {
    const design = state.selection.design;
    const wanted = new Set((design?.holders ?? []).map((h) => h.tss_node_id));
    const groups = (
      await client.listAllKeyShareHolderGroups(state.selection.vaultId ?? '', design?.type)
    ).map(groupView);
    // What existed before the send: after an unknown outcome, only something new can be ours.
    const before = new Set(Array.isArray(intent?.data.groups_before) ? intent.data.groups_before : []);
    const found = groups.filter(
      (g) =>
        !before.has(g.key_share_holder_group_id) &&
        g.status === 'New' &&
        g.holders.length === wanted.size &&
        g.holders.every((h) => wanted.has(h.tss_node_id)),
    );
    if (found.length !== 1 || !found[0]) return null;
    const id = found[0].key_share_holder_group_id;
    return created(id, { reconciled: true, key_share_holder_group_id: id });
  },
};
