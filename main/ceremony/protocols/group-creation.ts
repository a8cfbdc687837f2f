/** Creating a key share holder group: one POST, answered by the new group; nothing to follow. */
import { checkDesign, requestBody } from '../../../common/ceremony/rules';
import type { Ceremony, GroupView } from '../../../common/contract';
import { groupsPath } from '../../cobo/paths';
import { groupView } from '../cobo-views';
import { freshContext, requestDescription } from '../vault-context';
import { idFromAnswer, type Outcome, type Protocol } from './protocol';

const created = (groupId: string, journal: Outcome['journal']): Outcome => ({
  journal,
  apply(state: Ceremony) {
    state.createdGroupId = groupId;
  },
  finishes: true,
});

/** The group's own holders are exactly the design's (Cobo's node, which Cobo adds, aside). */
const sameHolders = (g: GroupView, wanted: ReadonlySet<string>) => {
  const own = g.holders.filter((h) => h.type !== 'Cobo');
  return own.length === wanted.size && own.every((h) => wanted.has(h.tss_node_id));
};

export const groupCreation: Protocol = {
  holdersApprove: false,
  readyKey: 'checks.ready.groups',
  load: freshContext,
  before: (context) => ({ groups_before: context.groups.map((g) => g.key_share_holder_group_id) }),
  check: (state, context, t) => checkDesign(state.selection, context.nodes, context.cobo, context.groups, t),
  call: (state) => ({ method: 'POST', path: groupsPath(state.selection.vaultId ?? '') }),
  body: (state, context) =>
    requestBody(state.kind, state.selection, requestDescription(state), context.nodes, context.cobo),

  async send(client, state, body) {
    const group = await client.createKeyShareHolderGroup(state.selection.vaultId ?? '', body);
    const id = idFromAnswer(client, group.key_share_holder_group_id, 'key share holder group ID');
    return created(id, { key_share_holder_group_id: id, status: String(group.status ?? 'Unknown') });
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
        g.key_share_holder_group_id !== '' &&
        !before.has(g.key_share_holder_group_id) &&
        g.status === 'New' &&
        sameHolders(g, wanted),
    );
    if (found.length !== 1 || !found[0]) return null;
    const id = found[0].key_share_holder_group_id;
    return created(id, { reconciled: true, key_share_holder_group_id: id });
  },
};
