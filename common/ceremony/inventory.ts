/**
 * A vault's keys as the officer reads them: each key Cobo lists with its type, shape, status and
 * holders by signer type; and, from this installation's records, the keys its ceremonies upgraded,
 * replaced or deleted, with the ceremony that did it. Pure, over what Cobo reports and the records.
 */
import type { Ceremony, GroupView } from '../contract';
import { keyName } from './key-rules';
import { showInvisible } from '../visible-text';
import type { MessageKey, Translate } from '../i18n/translate';

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

const SIGNER_KINDS: Readonly<Record<string, MessageKey>> = {
  Cobo: 'wordsMore.inventory.signer.cobo',
  Mobile: 'wordsMore.inventory.signer.mobile',
  API: 'wordsMore.inventory.signer.api',
};

const holderInWords = (h: GroupView['holders'][number], t: Translate) => {
  const kind = SIGNER_KINDS[h.type];
  const values = { name: showInvisible(h.name), kind: kind ? t(kind) : h.type };
  return h.signer ? t('wordsMore.inventory.holderSigner', values) : t('wordsMore.inventory.holder', values);
};

/** What a ceremony that succeeded did to a key that is no longer as it was; null for the others. */
function change(
  c: Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'createdAt' | 'formerMainGroupId'>,
  t: Translate,
): PastChange | null {
  const target = c.selection.targetGroupId;
  if (c.outcome !== 'success' || !target) return null;
  // The Main Key replaced, by its ID where the record kept it (records from before it did: by its role).
  const id = c.formerMainGroupId;
  if (c.kind === 'GroupRetirement') return { id: target, what: t('wordsMore.past.deleted'), at: c.createdAt };
  if (c.kind === 'GroupUpgrade') {
    const converted = c.selection.mainGroupHandling === 'ConvertToSigningGroup';
    const what = id
      ? converted
        ? t('wordsMore.past.upgradedConvertedId', { id })
        : t('wordsMore.past.upgradedInvalidatedId', { id })
      : converted
        ? t('wordsMore.past.upgradedConverted')
        : t('wordsMore.past.upgradedInvalidated');
    return { id: target, what, at: c.createdAt };
  }
  if (c.kind === 'Recovery')
    return {
      id: target,
      what: id ? t('wordsMore.past.recoveredId', { id }) : t('wordsMore.past.recovered'),
      at: c.createdAt,
    };
  return null;
}

export function vaultInventory(
  groups: readonly GroupView[],
  records: ReadonlyArray<
    Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'createdAt' | 'formerMainGroupId'>
  >,
  t: Translate,
): { keys: InventoryKey[]; past: PastChange[] } {
  const order = ['MainGroup', 'SigningGroup', 'RecoveryGroup'];
  const keys = [...groups]
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
    .map((g) => ({
      id: g.key_share_holder_group_id,
      name: keyName(g.type, t),
      shape: t('wordsMore.inventory.shape', { threshold: g.threshold, participants: g.participants }),
      status: g.has_keys ? g.status : t('wordsMore.inventory.noShares', { status: g.status }),
      holders: g.holders.map((h) => holderInWords(h, t)),
    }));
  const past = records
    .map((c) => change(c, t))
    .filter((p): p is PastChange => p !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
  return { keys, past };
}
