/**
 * The recovery drill (issue #30): the holders of a key bring their recovery files one at a time. Each
 * file is checked for every curve's group of the key, against the vault's root keys as Cobo reports
 * them (read once, when the first file comes, and kept with the ceremony: never taken from the files)
 * and against the key's holders as Cobo lists them; its share is opened with the password typed for
 * it and forgotten at once. The journal records each file's outcome, never a share or a password. The
 * conclusion proves, per curve, that a threshold of the shares lies on one polynomial whose constant
 * is the recorded root key.
 */
import type {
  AcceptedShare,
  Ceremony,
  Drill,
  DrillFile,
  GroupView,
  RootKeyView,
} from '../../common/contract';
import type { KitCurve } from '../../common/recovery-kit/extended-key';
import { said, sayEnglish } from '../../common/i18n/translate';
import { joinSaid } from '../../common/i18n/said-list';
import { AppError } from '../app-error';
import type { CoboClient } from '../cobo/client';
import { checkFile, concludeKit, type FileOutcome } from '../recovery-kit/kit-check';
import { groupView, vaultView } from './cobo-views';
import { finish } from './finish';
import { preparing } from './preparation';
import type { Registry } from './registry';

const KIT_CURVES: Record<string, KitCurve> = { SECP256K1: 'secp256k1', ED25519: 'ed25519' };

const ANOTHER_KEY = said('checks.drill.anotherKey');

const notADrill = () =>
  new AppError(
    'ceremony.not_a_drill',
    said('errors.ceremony.notADrill'),
    said('errors.ceremony.notADrillHint'),
  );
const noKey = () =>
  new AppError(
    'ceremony.drill_no_key',
    said('errors.ceremony.drillNoKey'),
    said('errors.ceremony.drillNoKeyHint'),
  );
const noFiles = () =>
  new AppError(
    'ceremony.drill_no_files',
    said('errors.ceremony.drillNoFiles'),
    said('errors.ceremony.drillNoFilesHint'),
  );

/**
 * The outcomes of one curve's group across the files checked, as the kit's conclusion reads them: a
 * holder's failed attempt (a mistyped password) is left out once the same holder's file proved.
 */
function outcomesOf(drill: Drill, curve: string): FileOutcome[] {
  const all = drill.files.flatMap((f) =>
    f.groups
      .filter((g) => g.curve === curve)
      .map((g) => ({
        file: f.file,
        sha256: f.sha256,
        nodeId: f.nodeId,
        shareId: g.shareId,
        passed: g.passed,
        failed: g.failed,
      })),
  );
  const proven = new Set(all.filter((o) => !o.failed && o.nodeId).map((o) => o.nodeId));
  return all.filter((o) => !o.failed || !o.nodeId || !proven.has(o.nodeId));
}

/**
 * One file, for every curve's group of the key: its checks against the files accepted before it and the
 * vault's root key of that curve, and that its participants are the key's holders as Cobo lists them.
 */
async function checkEveryCurve(
  file: { name: string; content: string; password: string },
  drill: Drill,
  key: GroupView,
  roots: readonly RootKeyView[],
) {
  const holders = new Set(key.holders.map((h) => h.tss_node_id));
  const groups: DrillFile['groups'] = [];
  const accepted: Record<string, AcceptedShare> = {};
  let outcome: FileOutcome | null = null;
  for (const root of roots) {
    if (!KIT_CURVES[root.curve]) continue;
    const checked = await checkFile(
      { name: file.name, text: file.content },
      drill.accepted[root.curve] ?? [],
      {
        expectedRoot: root.root_pubkey,
        password: () => file.password,
      },
    );
    outcome = checked.outcome;
    let failed = checked.outcome.failed;
    // The file's participants must be this key's holders: every key of a vault shares its root.
    const participants = checked.group?.group_info.participants.map((p) => p.node_id) ?? [];
    if (checked.group && (participants.length !== holders.size || participants.some((n) => !holders.has(n))))
      failed = {
        check: 'key',
        message: sayEnglish(ANOTHER_KEY),
        said: ANOTHER_KEY,
      };
    else if (checked.group) accepted[root.curve] = checked.group;
    groups.push({
      curve: root.curve,
      groupId: checked.group?.group_info.id ?? null,
      shareId: checked.outcome.shareId,
      passed: failed ? checked.outcome.passed.filter((p) => p !== 'share') : [...checked.outcome.passed],
      failed,
    });
  }
  const nodeId = outcome?.nodeId ?? null;
  const entry: DrillFile = {
    file: file.name,
    sha256: outcome?.sha256 ?? '',
    nodeId,
    holder: nodeId ? (key.holders.find((h) => h.tss_node_id === nodeId)?.name ?? null) : null,
    at: new Date().toISOString(),
    groups,
  };
  return { entry, groups, accepted };
}

export function createRecoveryDrill({
  registry,
  clientOf,
}: {
  registry: Registry;
  clientOf(state: Ceremony): Promise<CoboClient>;
}) {
  /** The key as Cobo lists it now, and the vault's root keys (recorded with the first file). */
  async function context(state: Ceremony) {
    const { vaultId, targetGroupId } = state.selection;
    if (!vaultId || !targetGroupId) throw noKey();
    const client = await clientOf(state);
    const key = groupView(await client.getKeyShareHolderGroup(vaultId, targetGroupId));
    if (!key.has_keys) throw noKey();
    const roots = state.rootKeysBefore ?? vaultView(await client.getMpcVault(vaultId)).root_pubkeys;
    return { key, roots };
  }

  return {
    async drillFile(id: string, name: string, content: string, password: string) {
      const state = registry.entry(id).state;
      if (state.kind !== 'RecoveryDrill') throw notADrill();
      preparing(state);
      const { key, roots } = await context(state);
      const drill: Drill = state.drill ?? { files: [], accepted: {}, verdicts: null };
      const { entry, groups, accepted } = await checkEveryCurve(
        { name, content, password },
        drill,
        key,
        roots,
      );
      return registry.change(id, async (s, journal) => {
        await journal.append('recovery_file_checked', {
          file: entry.file,
          sha256: entry.sha256,
          node_id: entry.nodeId,
          holder: entry.holder,
          groups: groups.map((g) => ({
            curve: g.curve,
            group_id: g.groupId,
            share_id: g.shareId,
            passed: g.passed,
            failed: g.failed ? g.failed.check : null,
          })),
        });
        const next = s.drill ?? { files: [], accepted: {}, verdicts: null };
        next.files.push(entry);
        // A file counts only when every curve's share in it passed.
        if (groups.every((g) => !g.failed))
          for (const [curve, share] of Object.entries(accepted)) (next.accepted[curve] ??= []).push(share);
        s.drill = next;
        s.rootKeysBefore ??= roots;
      });
    },

    async drillConclude(id: string) {
      const state = registry.entry(id).state;
      if (state.kind !== 'RecoveryDrill') throw notADrill();
      preparing(state);
      const drill = state.drill;
      if (!drill?.files.length || !state.rootKeysBefore) throw noFiles();
      // The day in UTC, said in the page's language ("3 Dec 2026" in English, as the record says it).
      const now = new Date();
      const day = said('verdicts.kit.day', {
        d: String(now.getUTCDate()),
        m: String(now.getUTCMonth() + 1),
        y: String(now.getUTCFullYear()),
      });
      const verdicts = state.rootKeysBefore
        .filter((root) => KIT_CURVES[root.curve])
        .map((root) => {
          const v = concludeKit(
            outcomesOf(drill, root.curve),
            drill.accepted[root.curve] ?? [],
            root.root_pubkey,
            true,
            day,
          );
          return {
            curve: root.curve,
            outcome: v.outcome,
            proven: v.proven,
            threshold: v.threshold,
            participants: v.participants,
            // Dated, as the record says it: "2 of 3 shares proven on 3 Dec 2026; …".
            summary: v.summary,
            said: v.said,
          };
        });
      const proven = verdicts.every((v) => v.outcome === 'proven');
      return registry.change(id, async (s, journal) => {
        await journal.append('recovery_drill_result', {
          proven,
          // The journal holds the English, never message keys.
          verdicts: verdicts.map(({ said: _said, ...v }) => v),
        });
        s.drill = { ...drill, verdicts };
        // Each curve's verdict, as the record has always said the failure: "SECP256K1: … ED25519: …".
        const why = joinSaid(
          verdicts.map((v) => said('records.failure.drillCurve', { curve: v.curve, summary: v.said })),
          'space',
        );
        await finish(s, journal, null, proven ? 'success' : 'failed', typeof why === 'object' ? why : null);
      });
    },
  };
}
