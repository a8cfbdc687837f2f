/**
 * Upgrading a Signing Key to the Main Key (update_key_share_holder_group_by_id with
 * UpgradeToMainGroup): one PUT, answered by the upgraded group; the root keys must be unchanged after.
 */
import { checkUpgrade } from '../../../common/ceremony/group-life';
import type { Ceremony } from '../../../common/contract';
import { groupPath } from '../../cobo/paths';
import { freshContext } from '../vault-context';
import { idFromAnswer, type Outcome, type Protocol } from './protocol';

const upgraded = (groupId: string, journal: Outcome['journal']): Outcome => ({
  journal,
  apply(state: Ceremony) {
    state.createdGroupId = groupId;
  },
  finishes: true,
});

export const groupUpgrade: Protocol = {
  holdersApprove: false,
  readyKey: 'checks.ready.upgrade',
  load: freshContext,
  before: () => ({}),
  check: (state, context, t) => checkUpgrade(state.selection, context.groups, t),
  call: (state) => ({
    method: 'PUT',
    path: groupPath(state.selection.vaultId ?? '', state.selection.targetGroupId ?? ''),
  }),
  body: (state) => ({
    update_key_share_holder_group_action: 'UpgradeToMainGroup',
    original_main_group_handling: state.selection.mainGroupHandling ?? 'Invalidate',
  }),

  async send(client, state, body) {
    const { vaultId, targetGroupId } = state.selection;
    const g = await client.updateKeyShareHolderGroup(vaultId ?? '', targetGroupId ?? '', body);
    const id = idFromAnswer(client, g.key_share_holder_group_id, 'key share holder group ID');
    return upgraded(id, { key_share_holder_group_id: id, type: String(g.type ?? 'Unknown') });
  },

  async find(state, _intent, client) {
    const g = await client.getKeyShareHolderGroup(
      state.selection.vaultId ?? '',
      state.selection.targetGroupId ?? '',
    );
    if (g.type !== 'MainGroup' || !g.key_share_holder_group_id) return null;
    return upgraded(g.key_share_holder_group_id, {
      reconciled: true,
      key_share_holder_group_id: g.key_share_holder_group_id,
    });
  },
};
