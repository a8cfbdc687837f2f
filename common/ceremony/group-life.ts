/**
 * The rules for changing a group that already holds key shares: upgrading a Signing Key to the Main
 * Group, and retiring a Signing or Recovery Key. Pure, so the page shows the verdicts main enforces.
 */
import type { CeremonyKind, GroupView, Selection } from '../contract';
import { keyName } from './key-rules';
import type { Verdict } from './rules';
import { EN, type MessageKey, type Translate } from '../i18n/translate';

/** A group by the name Cobo Portal gives its key: Main Key, Signing Key, Recovery Key. */
export const groupName = keyName;

/**
 * What the officer types to confirm which key is deleted: its kind and the start of its ID. English in
 * every language: main compares what was typed with it, so it is a code to copy, not words.
 */
export const groupLabel = (g: Pick<GroupView, 'type' | 'key_share_holder_group_id'>): string =>
  groupLabelIn(g, EN);

/** The same name for reading, in the language of `t` (not for typing: main compares the English). */
export const groupLabelIn = (
  g: Pick<GroupView, 'type' | 'key_share_holder_group_id'>,
  t: Translate,
): string => `${groupName(g.type, t)} ${g.key_share_holder_group_id.slice(0, 8)}`;

/** What happens to the current Main Key, in words, for each choice Cobo offers. */
export const MAIN_GROUP_HANDLING_WORDS: Readonly<Record<'Invalidate' | 'ConvertToSigningGroup', MessageKey>> =
  {
    Invalidate: 'words.handling.invalidate',
    ConvertToSigningGroup: 'words.handling.convert',
  };

/**
 * The words for a choice, held to the current Main Key as Cobo reports it: converted while it holds a
 * lost phone (Unavailable), it is a Signing Key that cannot sign, and the words say so.
 */
export function mainGroupHandlingInWords(
  handling: keyof typeof MAIN_GROUP_HANDLING_WORDS,
  current: GroupView | null,
  t: Translate,
): string {
  const lost = current?.holders.filter((h) => h.type !== 'Cobo' && h.status !== 'Valid') ?? [];
  if (handling !== 'ConvertToSigningGroup' || !current || (current.status === 'Valid' && !lost.length))
    return t(MAIN_GROUP_HANDLING_WORDS[handling]);
  const names = lost.map((h) => h.name).join(t('words.listSeparator'));
  return lost.length
    ? t('words.handling.convertCannotSignLost', { status: current.status, names })
    : t('words.handling.convertCannotSign', { status: current.status });
}

const verdict = (problems: string[]): Verdict => ({ ok: problems.length === 0, problems });
const usable = (g: GroupView) => g.status === 'Valid' && g.has_keys && g.problem === null;

/** Whether the chosen Signing Key can become the Main Key now. */
export function checkUpgrade(selection: Selection, groups: readonly GroupView[], t: Translate): Verdict {
  const g = groups.find((x) => x.key_share_holder_group_id === selection.targetGroupId);
  if (!g) return verdict([t('words.upgrade.choose')]);
  const problems: string[] = [];
  if (g.type !== 'SigningGroup') problems.push(t('words.upgrade.onlySigning'));
  if (!usable(g)) problems.push(t('words.upgrade.notUsable', { status: g.status }));
  const inactive = g.holders.filter((h) => h.status !== 'Valid');
  if (inactive.length)
    problems.push(
      t('words.upgrade.inactive', { names: inactive.map((h) => h.name).join(t('words.listSeparator')) }),
    );
  if (!selection.mainGroupHandling) problems.push(t('words.upgrade.chooseHandling'));
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
export function withoutRecoveryKey(g: GroupView, groups: readonly GroupView[], t: Translate): string {
  return activeSigningKeys(groups).some((x) => x !== g)
    ? t('words.retire.withoutRecoveryUpgrade')
    : t('words.retire.withoutRecoveryNothing');
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
export function checkRetirement(selection: Selection, groups: readonly GroupView[], t: Translate): Verdict {
  const g = groups.find((x) => x.key_share_holder_group_id === selection.targetGroupId);
  if (!g) return verdict([t('words.retire.choose')]);
  const problems: string[] = [];
  if (g.type === 'MainGroup') problems.push(t('words.retire.notMain'));
  if (leavesNoRecoveryGroup(g, groups) && !selection.retireWithoutRecovery)
    problems.push(t('words.retire.confirmNoRecovery', { consequence: withoutRecoveryKey(g, groups, t) }));
  if (leavesNoSigningKey(g, groups) && !selection.retireWithoutReplacement)
    problems.push(t('words.retire.confirmNoSigning'));
  if ((selection.retireConfirmation ?? '').trim() !== groupLabel(g))
    problems.push(t('words.retire.typeName', { label: groupLabel(g) }));
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

export function waysBack(groups: readonly GroupView[], t: Translate) {
  const recovery = groups.find((g) => g.type === 'RecoveryGroup' && usable(g));
  const newMain = groups.find((g) => g.type === 'MainGroup' && g.status === 'New');
  const signing = activeSigningKeys(groups);
  return {
    recovery: {
      possible: Boolean(recovery && newMain),
      why: !recovery
        ? t('words.waysBack.noRecoveryKey')
        : newMain
          ? t('words.waysBack.recoveryPossible')
          : t('words.waysBack.newMainFirst'),
    },
    upgrade: {
      possible: signing.length > 0,
      why: signing.length
        ? t('words.waysBack.upgradePossible', {
            holders: signing
              .map((g) => g.holders.map((h) => h.name).join(t('words.listSeparator')))
              .join(t('words.waysBack.keySeparator')),
          })
        : t('words.waysBack.noUpgrade'),
    },
  };
}
