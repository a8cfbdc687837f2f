/**
 * A holder exports their recovery file, as a TSS Node's `export-share` or a Cobo Guard backup would:
 * one TSS recovery group per key share they hold (each curve of each key), their share encrypted with
 * the password they chose. Cobo's participants are numbered here by their place in the group (the
 * sandbox's x-coordinates); Cobo's own are 256-bit numbers, which the drill reads just the same.
 */
import { writeExtendedKey, type KitCurve } from '../../../common/recovery-kit/extended-key';
import { invalidParameter } from '../errors';
import { recoveryGroup } from '../recovery-files';
import { pointToHex, publicShare, scalarFromHex, SUPPORTED_CURVES } from '../threshold';
import type { EngineContext } from './context';

const KIT_CURVE = { SECP256K1: 'secp256k1', ED25519: 'ed25519' } as const satisfies Record<string, KitCurve>;

export function createRecoveryExportApi(ctx: EngineContext) {
  return {
    /** The holder's recovery file (JSON text), and the recovery groups in it. */
    exportRecoveryFile(nodeId: string, password: string, version: 2 | 3) {
      const node = ctx.node(nodeId);
      const groups = ctx.state.groups.filter(
        (g) => g.keys && g.holders.some((h) => h.tss_node_id === nodeId),
      );
      const recovery = groups.flatMap((g) => {
        const root = ctx.vault(g.vault_id).root;
        return SUPPORTED_CURVES.flatMap((curve) => {
          const keys = g.keys?.[curve];
          const own = keys?.shares[nodeId];
          const rootKey = root?.[curve];
          if (!keys || !own || !rootKey) return [];
          const kit = KIT_CURVE[curve];
          // Cobo writes an ED25519 point behind a 0x00 byte.
          const encode = (hex: string) => (kit === 'ed25519' ? `00${hex}` : hex);
          return [
            recoveryGroup({
              version,
              groupId: keys.tss_key_share_group_id,
              createdTime: new Date(g.created_timestamp).toISOString(),
              curve: kit,
              rootExtendedPublicKey: writeExtendedKey(kit, {
                point: rootKey.publicKey,
                chainCode: rootKey.chainCode,
              }),
              chainCode: rootKey.chainCode,
              threshold: g.threshold,
              participants: g.holders.map((h, k) => ({
                nodeId: h.tss_node_id,
                shareId: BigInt(k + 1),
                sharePublicKey: encode(
                  pointToHex(publicShare(curve, scalarFromHex(keys.shares[h.tss_node_id] ?? '0'))),
                ),
              })),
              holder: { nodeId, share: Uint8Array.from(Buffer.from(own.padStart(64, '0'), 'hex')) },
              password,
            }),
          ];
        });
      });
      if (!recovery.length)
        throw invalidParameter(`${node.name} holds no key share yet: there is nothing to export`);
      return {
        fileName: `recovery-secrets-cobo-${nodeId}.json`,
        content: `${JSON.stringify({ recovery_groups: recovery }, null, 2)}\n`,
        groups: recovery.map((r) => r.group_info.id),
      };
    },
  };
}
