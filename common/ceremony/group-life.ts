/**
 * The rules for changing a group that already holds key shares: upgrading a Signing Group to the Main
 * Group, and retiring a Signing or Recovery Group. Pure, so the page shows the verdicts main enforces.
 */
import type { GroupView, Selection } from '../contract';
import type { Verdict } from './rules';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  MainGroup: 'Main Group',
  SigningGroup: 'Signing Group',
  RecoveryGroup: 'Recovery Group',
};
export const groupName = (type: string): string => TYPE_NAMES[type] ?? type;

/** What the officer types to confirm which group is retired: its kind and the start of its ID. */
export const groupLabel = (g: Pick<GroupView, 'type' | 'key_share_holder_group_id'>): string =>
  `${groupName(g.type)} ${g.key_share_holder_group_id.slice(0, 8)}`;

/** What happens to the current Main Group, in words, for each choice Cobo offers. */
export const MAIN_GROUP_HANDLING_WORDS = {
  Invalidate:
    'The current Main Group is invalidated permanently: its holders’ key shares can never be used again.',
  ConvertToSigningGroup:
    'The current Main Group becomes a Signing Group: its holders keep their key shares and can sign, but no longer hold the Main Group’s role.',
} as const;

const verdict = (problems: string[]): Verdict => ({ ok: problems.length === 0, problems });
const usable = (g: GroupView) => g.status === 'Valid' && g.has_keys && g.problem === null;

/** Whether the chosen Signing Group can become the Main Group now. */
export function checkUpgrade(selection: Selection, groups: readonly GroupView[]): Verdict {
  const g = groups.find((x) => x.key_share_holder_group_id === selection.targetGroupId);
  if (!g) return verdict(['Choose the Signing Group to upgrade.']);
  const problems: string[] = [];
  if (g.type !== 'SigningGroup') problems.push('Only a Signing Group can be upgraded to the Main Group.');
  if (!usable(g))
    problems.push(`The Signing Group is ${g.status}; only an active group with key shares can be upgraded.`);
  const inactive = g.holders.filter((h) => h.status !== 'Valid');
  if (inactive.length)
    problems.push(
      `This Signing Group holds a lost or inactive phone (${inactive.map((h) => h.name).join(', ')}); choose one whose holders are all active.`,
    );
  if (!selection.mainGroupHandling) problems.push('Choose what becomes of the current Main Group.');
  return verdict(problems);
}

/** Whether retiring this group leaves the vault without a usable Recovery Group. */
export const leavesNoRecoveryGroup = (g: GroupView, groups: readonly GroupView[]): boolean =>
  g.type === 'RecoveryGroup' && !groups.some((x) => x !== g && x.type === 'RecoveryGroup' && usable(x));

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
  if (!g) return verdict(['Choose the group to retire.']);
  const problems: string[] = [];
  if (g.type === 'MainGroup')
    problems.push(
      'The Main Group is not retired: it is replaced by upgrading a Signing Group or by a Recovery.',
    );
  if (leavesNoRecoveryGroup(g, groups) && !selection.retireWithoutRecovery)
    problems.push(
      'Retiring it leaves the vault without a usable Recovery Group: after a lost phone only a Signing Group upgrade could help. Confirm that too.',
    );
  if (leavesNoSigningKey(g, groups) && !selection.retireWithoutReplacement)
    problems.push(
      'No other Signing Key is active: if its holder is leaving, set up the new Signing Key and give it its key shares first, then retire this one (Cobo’s key share transfer order). To retire it anyway, confirm that too.',
    );
  if ((selection.retireConfirmation ?? '').trim() !== groupLabel(g))
    problems.push(`Type the group’s name, “${groupLabel(g)}”, to confirm which group is retired.`);
  return verdict(problems);
}

/** After a lost phone: which ways back are open now, each with the reason it is or is not. */
export function waysBack(groups: readonly GroupView[]) {
  const recovery = groups.find((g) => g.type === 'RecoveryGroup' && usable(g));
  const newMain = groups.find((g) => g.type === 'MainGroup' && g.status === 'New');
  const signing = groups.filter(
    (g) => g.type === 'SigningGroup' && usable(g) && g.holders.every((h) => h.status === 'Valid'),
  );
  return {
    recovery: {
      possible: Boolean(recovery && newMain),
      why: !recovery
        ? 'No usable Recovery Group: Recovery is not possible.'
        : newMain
          ? 'A usable Recovery Group and a new Main Group exist: Recovery is possible now.'
          : 'A usable Recovery Group exists, but the new Main Group (with the new phone) must be set up first.',
    },
    upgrade: {
      possible: signing.length > 0,
      why: signing.length
        ? `An active Signing Group without the lost phone exists (${signing.map((g) => g.holders.map((h) => h.name).join(', ')).join('; ')}): upgrading it is the quicker way back.`
        : 'No Signing Group is active with all its holders: an upgrade is not possible.',
    },
  };
}
