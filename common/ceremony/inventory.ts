/**
 * A vault's keys as the officer reads them: each key Cobo lists with its type, shape, status and
 * holders by signer type; and, from this installation's records, the keys its ceremonies upgraded,
 * replaced or deleted, with the ceremony that did it. Pure, over what Cobo reports and the records.
 */
import type { Ceremony, GroupView } from '../contract';
import { keyName } from './key-rules';
import { showInvisible } from '../visible-text';

export interface InventoryKey {
  readonly id: string;
  readonly name: string;
  readonly shape: string;
  readonly status: string;
  readonly holders: readonly string[];
}

export interface PastChange {
  readonly id: string;
  readonly what: string;
  readonly at: string;
}

const SIGNER_KINDS: Readonly<Record<string, string>> = {
  Cobo: 'Cobo’s node',
  Mobile: 'Cobo Guard or Portal Mobile',
  API: 'Server Signer',
};

const holderInWords = (h: GroupView['holders'][number]) =>
  `${showInvisible(h.name)} (${SIGNER_KINDS[h.type] ?? h.type}${h.signer ? ', signer' : ''})`;

/** What a ceremony that succeeded did to a key that is no longer as it was; null for the others. */
function change(
  c: Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'createdAt' | 'formerMainGroupId'>,
): PastChange | null {
  const target = c.selection.targetGroupId;
  if (c.outcome !== 'success' || !target) return null;
  // The Main Key replaced, by its ID where the record kept it (records from before it did: by its role).
  const former = c.formerMainGroupId
    ? `the Main Key before it (${c.formerMainGroupId})`
    : 'the Main Key before it';
  if (c.kind === 'GroupRetirement') return { id: target, what: 'deleted by “Delete a key”', at: c.createdAt };
  if (c.kind === 'GroupUpgrade')
    return {
      id: target,
      what: `upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; ${former} was ${c.selection.mainGroupHandling === 'ConvertToSigningGroup' ? 'converted to a Signing Key' : 'invalidated'}`,
      at: c.createdAt,
    };
  if (c.kind === 'Recovery')
    return {
      id: target,
      what: `became the Main Key by a Recovery, replacing ${c.formerMainGroupId ? `the Main Key ${c.formerMainGroupId}, which` : 'the one that'} held the lost phone`,
      at: c.createdAt,
    };
  return null;
}

export function vaultInventory(
  groups: readonly GroupView[],
  records: ReadonlyArray<
    Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'createdAt' | 'formerMainGroupId'>
  >,
): { keys: InventoryKey[]; past: PastChange[] } {
  const order = ['MainGroup', 'SigningGroup', 'RecoveryGroup'];
  const keys = [...groups]
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
    .map((g) => ({
      id: g.key_share_holder_group_id,
      name: keyName(g.type),
      shape: `${g.threshold}-of-${g.participants}`,
      status: g.has_keys ? g.status : `${g.status}, no key shares yet`,
      holders: g.holders.map(holderInWords),
    }));
  const past = records
    .map(change)
    .filter((p): p is PastChange => p !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
  return { keys, past };
}
