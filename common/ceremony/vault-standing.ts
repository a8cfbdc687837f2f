/**
 * Where a vault stands, in one line, and the ceremony that sensibly comes next: the order of Cobo's
 * manuals (Main Key → KeyGen → Signing and Recovery Keys with KeyGenFromKeyGroup), and the way back
 * first when a Main Key holder lost a phone. Pure, over what Cobo reports.
 */
import type { Ceremony, CeremonyKind, GroupView, VaultView } from '../contract';
import { backupStanding } from './backups';
import { drillStanding } from './drills';
import { groupName } from './group-life';
import { mainGroupPhones } from './lost-phone';
import type { Translate } from '../i18n/translate';

export interface NextCeremony {
  readonly kind: CeremonyKind;
  /** The button's words. */
  readonly label: string;
  /** Why this one, in a sentence. */
  readonly why: string;
  /** For a group set-up: the type of group to design. */
  readonly groupType?: 'MainGroup' | 'RecoveryGroup';
  /** For key shares to give: the key that waits for them. */
  readonly targetGroupId?: string;
}

export interface VaultStanding {
  /** The vault's state in one line. */
  readonly line: string;
  /** The next sensible ceremony; null when nothing is waiting. */
  readonly next: NextCeremony | null;
}

/**
 * The keys of one type, as one part of the line: those holding key shares, and those set up and
 * waiting for them, so a new key is never counted as "no" key beside "a key is set up".
 */
function keysInWords(
  type: 'SigningGroup' | 'RecoveryGroup',
  usable: number,
  waiting: number,
  t: Translate,
): string {
  const signing = type === 'SigningGroup';
  const held =
    usable === 0
      ? signing
        ? t('wordsMore.standing.noSigning')
        : t('wordsMore.standing.noRecovery')
      : signing
        ? t('wordsMore.standing.signingHeld', { count: usable })
        : t('wordsMore.standing.recoveryHeld', { count: usable });
  if (!waiting) return held;
  if (!usable)
    return signing
      ? t('wordsMore.standing.signingSet', { count: waiting })
      : t('wordsMore.standing.recoverySet', { count: waiting });
  return t('wordsMore.standing.moreSet', { held, count: waiting });
}

/**
 * `records`: this installation's ceremonies of the vault, for whose backups of the current key shares
 * are outstanding or outdated (left out, nothing is said of backups).
 */
export function vaultStanding(
  vault: VaultView,
  groups: readonly GroupView[],
  records: ReadonlyArray<
    Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'backups'> &
      Partial<Pick<Ceremony, 'drill' | 'updatedAt'>>
  >,
  t: Translate,
): VaultStanding {
  const hasKeys = vault.root_pubkeys.length > 0 || groups.some((g) => g.has_keys);
  const mains = groups.filter((g) => g.type === 'MainGroup');
  // The Main Key that holds the keys, as the Recovery reads it; else one being set up.
  const keyed = mainGroupPhones(groups);
  const main = keyed.group ?? mains[0];
  const lost = keyed.phones.filter((h) => h.status === 'Changed').map((h) => h.name);
  const usable = (type: string) =>
    groups.filter((g) => g.type === type && g.status === 'Valid' && g.has_keys);
  const waiting = groups.filter((g) => g.type !== 'MainGroup' && g.status === 'New');

  const list = (names: readonly string[]) => names.join(t('wordsMore.listSeparator'));
  const parts = [hasKeys ? t('wordsMore.standing.rootKeys') : t('wordsMore.standing.noRootKeys')];
  parts.push(
    main
      ? t('wordsMore.standing.main', {
          status: main.status,
          threshold: main.threshold,
          participants: main.participants,
        })
      : t('wordsMore.standing.noMain'),
  );
  if (lost.length) parts.push(t('wordsMore.standing.lostPhone', { names: list(lost) }));
  if (hasKeys) {
    for (const type of ['SigningGroup', 'RecoveryGroup'] as const)
      parts.push(keysInWords(type, usable(type).length, waiting.filter((g) => g.type === type).length, t));
    const backups = backupStanding(groups, records);
    if (backups.outstanding.length)
      parts.push(t('wordsMore.standing.backupsOutstanding', { names: list(backups.outstanding) }));
    if (backups.outdated.length)
      parts.push(t('wordsMore.standing.backupsOutdated', { names: list(backups.outdated) }));
    const drills = drillStanding(groups, records, t);
    for (const p of drills.proven)
      parts.push(t('wordsMore.standing.drillProven', { key: p.key, date: p.at.slice(0, 10) }));
    if (drills.outdated.length)
      parts.push(t('wordsMore.standing.drillOutdated', { names: list(drills.outdated) }));
  }
  const line = parts.join(t('wordsMore.standing.separator'));

  const next = ((): NextCeremony | null => {
    if (hasKeys && main && (lost.length || main.status === 'Unavailable'))
      return {
        kind: 'Recovery',
        label: t('wordsMore.next.recovery'),
        why: lost.length
          ? t('wordsMore.next.recoveryWhyLost', { status: main.status, names: list(lost) })
          : t('wordsMore.next.recoveryWhy', { status: main.status }),
      };
    if (!hasKeys)
      return mains.some((g) => g.status === 'New')
        ? {
            kind: 'KeyGen',
            label: t('wordsMore.next.keyGen'),
            why: t('wordsMore.next.keyGenWhy'),
          }
        : {
            kind: 'GroupSetup',
            label: t('wordsMore.next.main'),
            why: t('wordsMore.next.mainWhy'),
            groupType: 'MainGroup',
          };
    const group = waiting[0];
    if (group)
      return {
        kind: 'KeyGenFromKeyGroup',
        label: t('wordsMore.next.shares', { key: groupName(group.type, t) }),
        why: t('wordsMore.next.sharesWhy', { key: groupName(group.type, t), status: 'New' }),
        targetGroupId: group.key_share_holder_group_id,
      };
    if (!usable('RecoveryGroup').length)
      return {
        kind: 'GroupSetup',
        label: t('wordsMore.next.recoveryKey'),
        why: usable('SigningGroup').length
          ? t('wordsMore.next.recoveryKeyWhyUpgrade')
          : t('wordsMore.next.recoveryKeyWhyNothing'),
        groupType: 'RecoveryGroup',
      };
    return null;
  })();
  return { line, next };
}
