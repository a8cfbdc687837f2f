/**
 * The rules for changing a group that already holds key shares: upgrading a Signing Key to the Main
 * Group, and retiring a Signing or Recovery Key. Pure, so the page shows the verdicts main enforces.
 */
import type { CeremonyKind, GroupView, Selection } from '../contract';
import { keyName } from './key-rules';
import type { Verdict } from './rules';

/** A group by the name Cobo Portal gives its key: Main Key, Signing Key, Recovery Key. */
export const groupName = keyName;

/** What the officer types to confirm which key is deleted: its kind and the start of its ID. */
export const groupLabel = (g: Pick<GroupView, 'type' | 'key_share_holder_group_id'>): string =>
  `${groupName(g.type)} ${g.key_share_holder_group_id.slice(0, 8)}`;

/** What happens to the current Main Key, in words, for each choice Cobo offers. */
export const MAIN_GROUP_HANDLING_WORDS = {
  Invalidate:
    'The current Main Key is invalidated permanently: its holders’ key shares can never be used again.',
  ConvertToSigningGroup:
    'The current Main Key becomes a Signing Key: its holders keep their key shares and can sign, but no longer hold the Main Key’s role.',
} as const;

/**
 * The words for a choice, held to the current Main Key as Cobo reports it: converted while it holds a
 * lost phone (Unavailable), it is a Signing Key that cannot sign, and the words say so.
 */
export function mainGroupHandlingInWords(
  handling: keyof typeof MAIN_GROUP_HANDLING_WORDS,
  current: GroupView | null,
): string {
  const lost = current?.holders.filter((h) => h.type !== 'Cobo' && h.status !== 'Valid') ?? [];
  if (handling !== 'ConvertToSigningGroup' || !current || (current.status === 'Valid' && !lost.length))
    return MAIN_GROUP_HANDLING_WORDS[handling];
  const holding = lost.length ? `, and it holds the lost phone of ${lost.map((h) => h.name).join(', ')}` : '';
  return `The current Main Key becomes a Signing Key that cannot sign: Cobo reports it as ${current.status}${holding}. Its other holders keep their key shares; delete it (“Delete a key”) once the new Main Key works.`;
}

const verdict = (problems: string[]): Verdict => ({ ok: problems.length === 0, problems });
const usable = (g: GroupView) => g.status === 'Valid' && g.has_keys && g.problem === null;

/** Whether the chosen Signing Key can become the Main Key now. */
export function checkUpgrade(selection: Selection, groups: readonly GroupView[]): Verdict {
  const g = groups.find((x) => x.key_share_holder_group_id === selection.targetGroupId);
  if (!g) return verdict(['Choose the Signing Key to upgrade.']);
  const problems: string[] = [];
  if (g.type !== 'SigningGroup') problems.push('Only a Signing Key can be upgraded to the Main Key.');
  if (!usable(g))
    problems.push(`The Signing Key is ${g.status}; only an active group with key shares can be upgraded.`);
  const inactive = g.holders.filter((h) => h.status !== 'Valid');
  if (inactive.length)
    problems.push(
      `This Signing Key holds a lost or inactive phone (${inactive.map((h) => h.name).join(', ')}); choose one whose holders are all active.`,
    );
  if (!selection.mainGroupHandling) problems.push('Choose what becomes of the current Main Key.');
  return verdict(problems);
}

/** Whether retiring this group leaves the vault without a usable Recovery Key. */
export const leavesNoRecoveryGroup = (g: GroupView, groups: readonly GroupView[]): boolean =>
  g.type === 'RecoveryGroup' && !groups.some((x) => x !== g && x.type === 'RecoveryGroup' && usable(x));

/** The Signing Keys that could become the Main Key after a loss: usable, with every holder active. */
const activeSigningKeys = (groups: readonly GroupView[]) =>
  groups.filter(
    (g) => g.type === 'SigningGroup' && usable(g) && g.holders.every((h) => h.status === 'Valid'),
  );

/**
 * What deleting the last usable Recovery Key leaves after a lost Main Key phone, as it is: an upgrade
 * of an active Signing Key where one exists, otherwise no ceremony at all (a restore from backup needs
 * none, and stays possible either way).
 */
export function withoutRecoveryKey(g: GroupView, groups: readonly GroupView[]): string {
  return activeSigningKeys(groups).some((x) => x !== g)
    ? 'the vault keeps no usable Recovery Key: after a lost Main Key phone without a backup, only upgrading a Signing Key could bring the Main Key back'
    : 'the vault keeps no usable Recovery Key and has no active Signing Key: after a lost Main Key phone without a backup, no way back would remain (neither a Recovery nor an upgrade)';
}

/**
 * Whether retiring this Signing Key leaves the vault without another active one. Cobo's manual
 * (ocw/key-share-transfer): when a key's holder leaves, set up the new key and give it its shares
 * first, and delete the old one only after that.
 */
export const leavesNoSigningKey = (g: GroupView, groups: readonly GroupView[]): boolean =>
  g.type === 'SigningGroup' &&
  usable(g) &&
  !groups.some((x) => x !== g && x.type === 'SigningGroup' && usable(x));

/** Whether the chosen group can be retired now, and whether the officer accepted what is lost. */
export function checkRetirement(selection: Selection, groups: readonly GroupView[]): Verdict {
  const g = groups.find((x) => x.key_share_holder_group_id === selection.targetGroupId);
  if (!g) return verdict(['Choose the key to delete.']);
  const problems: string[] = [];
  if (g.type === 'MainGroup')
    problems.push('The Main Key is not deleted: it is replaced by upgrading a Signing Key or by a Recovery.');
  if (leavesNoRecoveryGroup(g, groups) && !selection.retireWithoutRecovery)
    problems.push(`After deleting it, ${withoutRecoveryKey(g, groups)}. Confirm that too.`);
  if (leavesNoSigningKey(g, groups) && !selection.retireWithoutReplacement)
    problems.push(
      'No other Signing Key is active: if its holder is leaving, set up the new Signing Key (on nodes of no other key of this vault: a node holds one key only) and give it its key shares first, then delete this one (Cobo’s key share transfer order). To delete it anyway, confirm that too.',
    );
  if ((selection.retireConfirmation ?? '').trim() !== groupLabel(g))
    problems.push(`Type the key’s name, “${groupLabel(g)}”, to confirm which key is deleted.`);
  return verdict(problems);
}

/** After a lost phone: which ways back are open now, each with the reason it is or is not. */
/**
 * The two ways back after a lost Main Key phone (Recovery through the Recovery Key, or upgrading a
 * Signing Key to Main): choosing one abandons the other on the record.
 */
export function otherWayBack(kind: CeremonyKind): CeremonyKind | null {
  if (kind === 'Recovery') return 'GroupUpgrade';
  if (kind === 'GroupUpgrade') return 'Recovery';
  return null;
}

export function waysBack(groups: readonly GroupView[]) {
  const recovery = groups.find((g) => g.type === 'RecoveryGroup' && usable(g));
  const newMain = groups.find((g) => g.type === 'MainGroup' && g.status === 'New');
  const signing = activeSigningKeys(groups);
  return {
    recovery: {
      possible: Boolean(recovery && newMain),
      why: !recovery
        ? 'No usable Recovery Key: Recovery is not possible.'
        : newMain
          ? 'A usable Recovery Key and a new Main Key exist: Recovery is possible now.'
          : 'A usable Recovery Key exists, but the new Main Key (with the new phone) must be set up first.',
    },
    upgrade: {
      possible: signing.length > 0,
      why: signing.length
        ? `An active Signing Key without the lost phone exists (${signing.map((g) => g.holders.map((h) => h.name).join(', ')).join('; ')}): upgrading it is the quicker way back.`
        : 'No Signing Key is active with all its holders: an upgrade is not possible.',
    },
  };
}
