/**
 * A lost phone as Cobo reports it. Cobo learns of a loss only when the holder sets up Cobo Guard on a
 * new phone: the old node's status becomes `Changed` and its group `Unavailable` (spec:
 * KeyShareHolderStatus, KeyShareHolderGroupStatus). Until then there is no new phone to recover to, so a
 * Recovery is built only on a phone Cobo reports as Changed. Pure, so the page and main say the same.
 */
import { everyHolder } from './holders';
import type { GroupView, HolderView } from '../contract';

/** What each holder status means for a phone, in the spec's terms. */
export const HOLDER_STATUS_WORDS: Readonly<Record<string, string>> = {
  Valid: 'configured and activated: Cobo counts it as in use',
  NotConfigured: 'Cobo Guard has not been set up on it',
  NotActivated: 'Cobo Guard is set up on it but not activated',
  Changed:
    'its holder has set up Cobo Guard on a new phone; this phone’s key share waits to be replaced, and Cobo deletes the old node once that is done',
};

/** What each group status means, in the spec's terms. */
export const GROUP_STATUS_WORDS: Readonly<Record<string, string>> = {
  New: 'created, with no key shares yet',
  Valid: 'holds key shares and is in use',
  Unavailable:
    'one of its holders is moving to a new phone, so the group cannot be used until that is finished',
};

export const holderStatusInWords = (status: string): string =>
  HOLDER_STATUS_WORDS[status] ?? `a status this app does not know (${status})`;
export const groupStatusInWords = (status: string): string =>
  GROUP_STATUS_WORDS[status] ?? `a status this app does not know (${status})`;

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
export function recoveryPremiseGone(lostNodeId: string | null, groups: readonly GroupView[]): string | null {
  const { group, phones } = mainGroupPhones(groups);
  if (!group) return null;
  const live = groups.filter(
    (g) => g.type === 'MainGroup' && (g.status === 'Valid' || g.status === 'Unavailable'),
  );
  if (lostNodeId && !live.some((g) => g.holders.some((h) => h.tss_node_id === lostNodeId)))
    return `The phone chosen as lost (TSS node ${lostNodeId}) is no longer a holder of this vault’s Main Key: the Main Key was replaced after this Recovery was prepared, by upgrading a Signing Key or by another Recovery.`;
  if (phones.length === 0)
    return 'This vault’s Main Key has no custodian’s phone (Cobo Guard or Portal Mobile), so none of its phones can be lost.';
  return null;
}

/** What Cobo reports about the phone said to be lost, and whether a Recovery can start from it. */
export function lostPhoneReport(
  lostNodeId: string | null,
  groups: readonly GroupView[],
  nodes: readonly HolderView[] = [],
): LostPhoneReport {
  if (!lostNodeId)
    return { holder: null, group: null, newPhone: null, problem: 'Choose whose phone was lost.' };
  const group =
    groups.find((g) => g.type === 'MainGroup' && g.holders.some((h) => h.tss_node_id === lostNodeId)) ?? null;
  const holder = group?.holders.find((h) => h.tss_node_id === lostNodeId) ?? null;
  if (!group || !holder)
    return {
      holder: null,
      group: null,
      newPhone: null,
      problem:
        'Cobo does not list the chosen phone in this vault’s Main Key; choose the lost phone among the Main Key’s holders.',
    };
  const all = everyHolder(groups, nodes);
  // The valid node that replaces this one: the same test the design and review mark a new phone by.
  const newPhone = all.find((n) => n.status === 'Valid' && replacedPhone(n, [holder]) !== null) ?? null;
  const problem =
    holder.status === 'Changed'
      ? null
      : `Cobo does not report ${holder.name}’s phone as lost: its status is ${holder.status} (${holderStatusInWords(holder.status)}), and the Main Key is ${group.status}. ` +
        `Cobo marks a phone Changed, and its Main Key Unavailable, once its holder sets up Cobo Guard on a new phone. ` +
        `Have ${holder.name} set up Cobo Guard on the new phone first; this step then shows the phone as Changed.`;
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
