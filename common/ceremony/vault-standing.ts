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

const count = (n: number, one: string) => `${n === 0 ? 'no' : n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The keys of one type, as one part of the line: those holding key shares, and those set up and
 * waiting for them, so a new key is never counted as "no" key beside "a key is set up".
 */
function keysInWords(type: 'SigningGroup' | 'RecoveryGroup', usable: number, waiting: number): string {
  const name = groupName(type);
  const held =
    type === 'SigningGroup'
      ? count(usable, name)
      : usable
        ? `${usable === 1 ? 'a' : usable} ${name}${usable === 1 ? '' : 's'}`
        : `no ${name}`;
  if (!waiting) return held;
  const set = `${waiting === 1 ? 'a' : waiting} ${name}${waiting === 1 ? '' : 's'} set up, waiting for key shares`;
  if (!usable) return set;
  return `${held}, and ${waiting === 1 ? 'one' : waiting} more set up, waiting for key shares`;
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
  > = [],
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

  const parts = [hasKeys ? 'root keys made' : 'no root keys yet'];
  parts.push(main ? `Main Key ${main.status} (${main.threshold}-of-${main.participants})` : 'no Main Key');
  if (lost.length) parts.push(`lost phone: ${lost.join(', ')}`);
  if (hasKeys) {
    for (const type of ['SigningGroup', 'RecoveryGroup'] as const)
      parts.push(keysInWords(type, usable(type).length, waiting.filter((g) => g.type === type).length));
    const backups = backupStanding(groups, records);
    if (backups.outstanding.length) parts.push(`backups not confirmed: ${backups.outstanding.join(', ')}`);
    if (backups.outdated.length)
      parts.push(`backups outdated (made for an earlier key): ${backups.outdated.join(', ')}`);
    const drills = drillStanding(groups, records);
    for (const p of drills.proven) parts.push(`${p.key}’s recovery files proven ${p.at.slice(0, 10)}`);
    if (drills.outdated.length)
      parts.push(
        `recovery files outdated (proven for a key since replaced; destroy them, they still rebuild the root key): ${drills.outdated.join(', ')}`,
      );
  }
  const line = parts.join('; ');

  const next = ((): NextCeremony | null => {
    if (hasKeys && main && (lost.length || main.status === 'Unavailable'))
      return {
        kind: 'Recovery',
        label: 'Start the way back: Recovery',
        why: `The Main Key is ${main.status}${lost.length ? ` after ${lost.join(', ')}’s lost phone` : ''}: the Recovery’s first step says whether a Recovery or a Signing Key upgrade brings it back.`,
      };
    if (!hasKeys)
      return mains.some((g) => g.status === 'New')
        ? {
            kind: 'KeyGen',
            label: 'Create the root keys: KeyGen',
            why: 'The Main Key is set up and waits for its key shares.',
          }
        : {
            kind: 'GroupSetup',
            label: 'Set up the Main Key',
            why: 'KeyGen needs a Main Key first.',
            groupType: 'MainGroup',
          };
    const group = waiting[0];
    if (group)
      return {
        kind: 'KeyGenFromKeyGroup',
        label: `Give the new ${groupName(group.type)} its key shares`,
        why: `A ${groupName(group.type)} is set up (status New) and holds no key shares yet.`,
        targetGroupId: group.key_share_holder_group_id,
      };
    if (!usable('RecoveryGroup').length)
      return {
        kind: 'GroupSetup',
        label: 'Set up a Recovery Key',
        why: usable('SigningGroup').length
          ? 'Without one, a lost Main Key phone without a backup can only be answered by upgrading a Signing Key to Main.'
          : 'Without one, and with no active Signing Key, a lost Main Key phone without a backup would have no way back.',
        groupType: 'RecoveryGroup',
      };
    return null;
  })();
  return { line, next };
}
