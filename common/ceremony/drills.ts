/**
 * What a vault's recovery drills say now (issue #30): when each key's recovery files were last proven,
 * and whose files are outdated — proven for a key Cobo no longer lists as it was (reshared into another
 * key, replaced by a Recovery or an upgrade, deleted). Such files still rebuild the same root key, so
 * they must be destroyed, not kept. Pure, over what Cobo reports and this installation's records.
 */
import type { Ceremony, GroupView } from '../contract';
import { keyName } from './key-rules';
import type { Translate } from '../i18n/translate';

/** A record as the standing has it: the drill and its date only where the caller has them. */
type DrillRecord = Pick<Ceremony, 'kind' | 'outcome' | 'selection'> &
  Partial<Pick<Ceremony, 'drill' | 'updatedAt'>>;

export interface DrillStanding {
  /** The keys Cobo lists whose files a drill proved, with the date of the last one. */
  readonly proven: ReadonlyArray<{ readonly keyId: string; readonly key: string; readonly at: string }>;
  /** Holders whose proven files belong to a key that is no longer as it was: to be destroyed. */
  readonly outdated: readonly string[];
}

export function drillStanding(
  groups: readonly GroupView[],
  records: readonly DrillRecord[],
  t: Translate,
): DrillStanding {
  const drills = records
    .filter((r) => r.kind === 'RecoveryDrill' && r.outcome === 'success' && r.selection.targetGroupId)
    .sort((a, b) => (a.updatedAt ?? '').localeCompare(b.updatedAt ?? ''));
  const last = new Map<string, string>();
  const outdated = new Set<string>();
  for (const d of drills) {
    const id = d.selection.targetGroupId ?? '';
    const key = groups.find((g) => g.key_share_holder_group_id === id);
    const holders = (d.drill?.files ?? []).filter((f) => f.groups.every((g) => !g.failed));
    // Still the key its files were made for: the same holders, still holding shares.
    const same =
      key?.has_keys === true &&
      holders.every((f) => key.holders.some((h) => h.tss_node_id === f.nodeId)) &&
      key.status === 'Valid';
    if (same) last.set(id, d.updatedAt ?? '');
    else for (const f of holders) outdated.add(f.holder ?? f.nodeId ?? f.file);
  }
  return {
    proven: [...last].map(([keyId, at]) => ({
      keyId,
      key: keyName(groups.find((g) => g.key_share_holder_group_id === keyId)?.type ?? '', t),
      at,
    })),
    outdated: [...outdated],
  };
}

/** A later ceremony as History has it: enough to tell whether it replaced or deleted a drilled key. */
type LaterRecord = Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'createdAt' | 'formerMainGroupId'>;

/**
 * Whether the key a drill proved was since replaced or deleted by a ceremony on this installation, and
 * how: the files it proved still rebuild the same root key, so their holders must destroy them. Null
 * while the records show no such ceremony (Cobo's own list may still say otherwise: the standing asks it).
 */
export function drillSupersededBy(
  drill: Pick<Ceremony, 'kind' | 'outcome' | 'selection' | 'createdAt'>,
  records: readonly LaterRecord[],
  t: Translate,
): { readonly what: string; readonly at: string } | null {
  const key = drill.selection.targetGroupId;
  if (drill.kind !== 'RecoveryDrill' || drill.outcome !== 'success' || !key) return null;
  const later = records
    .filter(
      (r) =>
        r.outcome === 'success' &&
        r.createdAt > drill.createdAt &&
        r.selection.vaultId === drill.selection.vaultId,
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const r of later) {
    if (r.kind === 'GroupRetirement' && r.selection.targetGroupId === key)
      return { what: t('wordsMore.past.deleted'), at: r.createdAt };
    // An upgrade that converted the former Main Key to a Signing Key left its shares in use.
    const kept = r.kind === 'GroupUpgrade' && r.selection.mainGroupHandling === 'ConvertToSigningGroup';
    if (r.formerMainGroupId === key && !kept && (r.kind === 'Recovery' || r.kind === 'GroupUpgrade'))
      return {
        what:
          r.kind === 'Recovery'
            ? t('wordsMore.drill.replacedByRecovery')
            : t('wordsMore.drill.replacedByUpgrade'),
        at: r.createdAt,
      };
  }
  return null;
}
