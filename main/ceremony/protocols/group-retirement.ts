/**
 * Retiring a Signing or Recovery Key (delete_key_share_holder_group_by_id): one POST, which Cobo
 * answers with `submitted`; the group goes after that, so the ceremony looks until it is gone and
 * records it — and if it is still listed, says so and lets the officer check again.
 */
import { checkRetirement } from '../../../common/ceremony/group-life';
import type { Ceremony } from '../../../common/contract';
import { said } from '../../../common/i18n/translate';
import { AppError } from '../../app-error';
import type { CoboClient } from '../../cobo/client';
import { isRecordNotFound } from '../../cobo/errors';
import { groupPath } from '../../cobo/paths';
import { freshContext } from '../vault-context';
import type { Outcome, Protocol } from './protocol';

const LOOKS = 5;
const PAUSE_MS = 400;

/** Whether Cobo no longer has the group (it answers "not found"). */
async function gone(client: CoboClient, vaultId: string, groupId: string): Promise<boolean> {
  try {
    await client.getKeyShareHolderGroup(vaultId, groupId);
    return false;
  } catch (error) {
    if (isRecordNotFound(error)) return true;
    throw error;
  }
}

const retired = (journal: Outcome['journal']): Outcome => ({
  journal,
  apply: () => undefined,
  finishes: true,
});

const stillListed = (): Outcome => ({
  journal: { submitted: true, gone: false },
  apply(state: Ceremony) {
    state.phase = 'undecided';
    state.lastError = {
      code: 'ceremony.retirement_pending',
      message: 'Cobo accepted the deletion but still lists the group.',
      hint: 'Choose “Check again” in a minute: the app records when the group is gone. Nothing is sent again.',
    };
  },
});

export const groupRetirement: Protocol = {
  holdersApprove: false,
  readyKey: 'checks.ready.retirement',
  load: freshContext,
  before: () => ({}),
  check: (state, context, t) => checkRetirement(state.selection, context.groups, t),
  call: (state) => ({
    method: 'POST',
    path: `${groupPath(state.selection.vaultId ?? '', state.selection.targetGroupId ?? '')}/delete`,
  }),
  body: () => ({}),

  async send(client, state) {
    const vaultId = state.selection.vaultId ?? '';
    const groupId = state.selection.targetGroupId ?? '';
    const answer = await client.deleteKeyShareHolderGroup(vaultId, groupId);
    if (!answer.submitted)
      throw new AppError(
        'ceremony.retirement_refused',
        said('errors.ceremony.retirementRefused'),
        said('errors.ceremony.retirementRefusedHint'),
      );
    for (let look = 0; look < LOOKS; look++) {
      if (await gone(client, vaultId, groupId)) return retired({ submitted: true, gone: true });
      await new Promise((r) => setTimeout(r, PAUSE_MS));
    }
    return stillListed();
  },

  async find(state, _intent, client) {
    const isGone = await gone(client, state.selection.vaultId ?? '', state.selection.targetGroupId ?? '');
    return isGone ? retired({ reconciled: true, gone: true }) : null;
  },
};
