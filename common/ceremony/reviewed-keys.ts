/**
 * The keys a reviewed request acts on, kept with the ceremony: Cobo's IDs say nothing of what a key
 * was, and a replaced Main Key is gone from Cobo's list afterwards, so the record keeps each key's type
 * and the Main Key an upgrade or a Recovery replaces as they stood at the review.
 */
import type { Ceremony, GroupView } from '../contract';
import { mainGroupPhones } from './lost-phone';

export function reviewedKeys(
  c: Pick<Ceremony, 'kind' | 'selection'>,
  groups: readonly GroupView[],
): Pick<Ceremony, 'keyTypes' | 'formerMainGroupId'> {
  const replaces = c.kind === 'GroupUpgrade' || c.kind === 'Recovery';
  const former = replaces ? mainGroupPhones(groups).group : null;
  const formerMainGroupId =
    former && former.key_share_holder_group_id !== c.selection.targetGroupId
      ? former.key_share_holder_group_id
      : null;
  const ids = [c.selection.targetGroupId, c.selection.sourceGroupId, formerMainGroupId];
  const keyTypes: Record<string, string> = {};
  for (const g of groups)
    if (ids.includes(g.key_share_holder_group_id)) keyTypes[g.key_share_holder_group_id] = g.type;
  return { keyTypes, formerMainGroupId };
}
