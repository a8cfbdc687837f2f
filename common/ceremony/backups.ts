/**
 * Backups after every key generation (Cobo's manual: guard/generate-and-back-up-key-shares,
 * portal-mobile/generate-and-back-up-key-shares, ocw/tss-node-deployment): which holders must back up
 * their new key share after a ceremony, and how each kind of signer does it. A backup made before a
 * reshare or recovery holds a share that no longer exists: it is outdated.
 */
import type { Ceremony, GroupView, HolderView } from '../contract';
import { isLiveKey } from './key-rules';
import type { Translate } from '../i18n/translate';

/** The ceremonies that give holders new key shares: KeyGen, KeyGenFromKeyGroup and Recovery. */
export const makesKeyShares = (kind: Ceremony['kind']): boolean =>
  kind === 'KeyGen' || kind === 'KeyGenFromKeyGroup' || kind === 'Recovery';

/** Whether this ceremony asks for backups: one that made key shares, and succeeded. */
export const asksForBackups = (c: Pick<Ceremony, 'kind' | 'outcome'>): boolean =>
  makesKeyShares(c.kind) && c.outcome === 'success';

/** The holders with a new key share: the target group's, Cobo's own node aside (Cobo keeps its share). */
export function holdersToBackUp(c: Pick<Ceremony, 'selection'>, groups: readonly GroupView[]): HolderView[] {
  const target = groups.find((g) => g.key_share_holder_group_id === c.selection.targetGroupId);
  return (target?.holders ?? []).filter((h) => h.type !== 'Cobo');
}

/** How a holder of this kind backs up a key share, step by step, in the manual's words. */
export function backupSteps(type: string, t: Translate): string[] {
  if (type === 'API')
    return [
      t('wordsMore.backup.server', { file: 'db/secrets.db' }),
      t('wordsMore.backup.serverExport', {
        command: './tss-node.sh export-share --group-ids',
        id: t('wordsMore.backup.groupId'),
      }),
    ];
  return [
    t('wordsMore.backup.guard', { prefix: 'recovery-secrets-cobo' }),
    t('wordsMore.backup.portalMobile'),
    t('wordsMore.backup.passphrase'),
  ];
}

type Record_ = Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'backups'>;

/**
 * Whose backups of the vault's current key shares the records show as missing: outstanding (no
 * backup confirmed for the key the holder holds now) or outdated (confirmed only for a key that has
 * since been replaced, so the backup holds a share that no longer exists). Only keys whose shares a
 * ceremony on these records made are judged: of others nothing is known.
 */
export function backupStanding(
  groups: readonly GroupView[],
  records: readonly Record_[],
): { outstanding: string[]; outdated: string[] } {
  const made = records.filter(asksForBackups);
  // A key still in use: a backup made for it is current, even if the holder holds another key too.
  const live = new Set(groups.filter(isLiveKey).map((g) => g.key_share_holder_group_id));
  const outstanding: string[] = [];
  const outdated: string[] = [];
  for (const g of groups) {
    if (g.status !== 'Valid' || !g.has_keys) continue;
    const id = g.key_share_holder_group_id;
    if (!made.some((c) => c.selection.targetGroupId === id)) continue;
    for (const h of g.holders) {
      if (h.type === 'Cobo') continue;
      const confirmed = made.filter((c) => c.backups[h.tss_node_id]);
      if (confirmed.some((c) => c.selection.targetGroupId === id)) continue;
      // Outdated: the only backups on record are of keys since replaced; else none was made for this key.
      const replaced = confirmed.some((c) => !live.has(c.selection.targetGroupId ?? ''));
      (replaced ? outdated : outstanding).push(h.name);
    }
  }
  return { outstanding: [...new Set(outstanding)], outdated: [...new Set(outdated)] };
}
