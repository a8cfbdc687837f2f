/**
 * A lost phone as Cobo reports it. Cobo learns of a loss only when the holder sets up Cobo Guard on a
 * new phone: the old node's status becomes `Changed` and its group `Unavailable` (spec:
 * KeyShareHolderStatus, KeyShareHolderGroupStatus). Until then there is no new phone to recover to, so a
 * Recovery is built only on a phone Cobo reports as Changed. Pure, so the page and main say the same.
 */
import { everyHolder } from './holders';
import type { GroupView, HolderView } from '../contract';
import type { MessageKey, Translate } from '../i18n/translate';

/** What each holder status means for a phone, in the spec's terms. */
export const HOLDER_STATUS_WORDS: Readonly<Record<string, MessageKey>> = {
  Valid: 'words.holderStatus.valid',
  NotConfigured: 'words.holderStatus.notConfigured',
  NotActivated: 'words.holderStatus.notActivated',
  Changed: 'words.holderStatus.changed',
};

/** What each group status means, in the spec's terms. */
export const GROUP_STATUS_WORDS: Readonly<Record<string, MessageKey>> = {
  New: 'words.groupStatus.new',
  Valid: 'words.groupStatus.valid',
  Unavailable: 'words.groupStatus.unavailable',
};

const statusInWords = (words: Readonly<Record<string, MessageKey>>, status: string, t: Translate): string => {
  const key = words[status];
  return key ? t(key) : t('words.status.notKnown', { status });
};
export const holderStatusInWords = (status: string, t: Translate): string =>
  statusInWords(HOLDER_STATUS_WORDS, status, t);
export const groupStatusInWords = (status: string, t: Translate): string =>
  statusInWords(GROUP_STATUS_WORDS, status, t);

export interface LostPhoneReport {
  /** The lost phone's holder as Cobo lists it, in its Main Key; null when Cobo does not list it. */
  readonly holder: HolderView | null;
  /** The Main Key it belongs to. */
  readonly group: GroupView | null;
  /** The new phone of a holder whose phone Cobo reports as Changed: a valid node of the same name and type. */
  readonly newPhone: HolderView | null;
  /** Why a Recovery cannot be built on this choice yet, and what to do; null when it can. */
  readonly problem: string | null;
}

/** The Main Key's Cobo Guard phones, the ones that can be lost: of the Unavailable group first. */
export function mainGroupPhones(groups: readonly GroupView[]): {
  group: GroupView | null;
  phones: HolderView[];
} {
  const group =
    groups.find((g) => g.type === 'MainGroup' && g.status === 'Unavailable') ??
    groups.find((g) => g.type === 'MainGroup' && g.status === 'Valid') ??
    null;
  return { group, phones: group?.holders.filter((h) => h.type === 'Mobile') ?? [] };
}

/**
 * Why a Recovery resumed later has nothing left to do, or null while it has: the phone chosen as lost
 * is no longer in the vault's Main Key (that key was replaced meanwhile, by an upgrade or another
 * Recovery), or the Main Key has no phone that could be lost.
 */
export function recoveryPremiseGone(
  lostNodeId: string | null,
  groups: readonly GroupView[],
  t: Translate,
): string | null {
  const { group, phones } = mainGroupPhones(groups);
  if (!group) return null;
  const live = groups.filter(
    (g) => g.type === 'MainGroup' && (g.status === 'Valid' || g.status === 'Unavailable'),
  );
  if (lostNodeId && !live.some((g) => g.holders.some((h) => h.tss_node_id === lostNodeId)))
    return t('words.lostPhone.premiseReplaced', { node: lostNodeId });
  if (phones.length === 0) return t('words.lostPhone.noPhones');
  return null;
}

/** What Cobo reports about the phone said to be lost, and whether a Recovery can start from it. */
export function lostPhoneReport(
  lostNodeId: string | null,
  groups: readonly GroupView[],
  nodes: readonly HolderView[],
  t: Translate,
): LostPhoneReport {
  if (!lostNodeId) return { holder: null, group: null, newPhone: null, problem: t('words.lostPhone.choose') };
  const group =
    groups.find((g) => g.type === 'MainGroup' && g.holders.some((h) => h.tss_node_id === lostNodeId)) ?? null;
  const holder = group?.holders.find((h) => h.tss_node_id === lostNodeId) ?? null;
  if (!group || !holder)
    return {
      holder: null,
      group: null,
      newPhone: null,
      problem: t('words.lostPhone.notListed'),
    };
  const all = everyHolder(groups, nodes);
  // The valid node that replaces this one: the same test the design and review mark a new phone by.
  const newPhone = all.find((n) => n.status === 'Valid' && replacedPhone(n, [holder]) !== null) ?? null;
  const problem =
    holder.status === 'Changed'
      ? null
      : t('words.lostPhone.notLost', {
          name: holder.name,
          status: holder.status,
          meaning: holderStatusInWords(holder.status, t),
          groupStatus: group.status,
          changed: 'Changed',
          unavailable: 'Unavailable',
        });
  return { holder, group, newPhone, problem };
}

/** The lost phone a holder's node replaces: a Changed node of the same name (and type, when known). */
export function replacedPhone(
  h: { tss_node_id: string; name?: string | undefined; type?: string | undefined },
  known: readonly HolderView[],
): HolderView | null {
  return (
    known.find(
      (n) =>
        n.status === 'Changed' &&
        n.name === h.name &&
        n.tss_node_id !== h.tss_node_id &&
        (h.type === undefined || n.type === h.type),
    ) ?? null
  );
}
