/**
 * The key material behind a successful request: real distributed key generation for KeyGen, real
 * resharing (checked against the root key) for KeyGenFromKeyGroup and Recovery.
 */
import { randomBytes } from 'node:crypto';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Curve } from '../../cobo/schemas';
import type { GroupState, RequestState } from '../state';
import {
  distributedKeyGen,
  interpolatePublic,
  pointFromHex,
  pointToHex,
  publicShare,
  reshare,
  scalarFromHex,
  scalarToHex,
  SUPPORTED_CURVES,
  type KeyShares,
} from '../threshold';
import { dropUnusedChangedNodes, newShortId } from '../state';
import type { EngineContext } from './context';

const storeShares = (g: GroupState, curve: Curve, keys: KeyShares) => {
  g.keys ??= {};
  g.keys[curve] = {
    tss_key_share_group_id: newShortId(),
    shares: Object.fromEntries(
      g.holders.map((h, k) => [h.tss_node_id, scalarToHex(keys.shares.get(k + 1) ?? 0n)]),
    ),
  };
};

export function keyGen(ctx: EngineContext, r: RequestState) {
  const v = ctx.vault(r.vault_id);
  const target = ctx.group(r.vault_id, r.target_key_share_holder_group_id);
  const root: NonNullable<typeof v.root> = {};
  for (const curve of SUPPORTED_CURVES) {
    const keys = distributedKeyGen(curve, target.threshold, target.participants);
    storeShares(target, curve, keys);
    // The chain code is joint randomness of the holders; simulated here by fresh random bytes.
    root[curve] = { chainCode: bytesToHex(randomBytes(32)), publicKey: pointToHex(keys.publicKey) };
  }
  v.root = root;
  target.status = 'Valid';
}

export function reshareInto(ctx: EngineContext, r: RequestState) {
  const v = ctx.vault(r.vault_id);
  if (!v.root || !r.source) throw new Error('the vault has no root keys to reshare');
  const source = ctx.group(r.vault_id, r.source.key_share_holder_group_id);
  const target = ctx.group(r.vault_id, r.target_key_share_holder_group_id);
  const selected = r.source.tss_node_ids;
  for (const curve of SUPPORTED_CURVES) {
    const keys = source.keys?.[curve];
    const rootKey = v.root[curve];
    if (!keys || !rootKey) throw new Error(`the source group has no ${curve} key shares`);
    const sourceShares = new Map<number, bigint>();
    for (const id of selected) {
      const share = keys.shares[id];
      if (share === undefined) throw new Error(`TSS node ${id} holds no ${curve} share`);
      sourceShares.set(source.holders.findIndex((h) => h.tss_node_id === id) + 1, scalarFromHex(share));
    }
    const result = reshare(curve, sourceShares, target.threshold, target.participants);
    // Resharing must keep the root key: interpolate a threshold of the new public shares and compare.
    const publicShares = new Map(
      [...result.shares].slice(0, target.threshold).map(([i, s]) => [i, publicShare(curve, s)] as const),
    );
    if (!interpolatePublic(curve, publicShares).equals(pointFromHex(curve, rootKey.publicKey))) {
      throw new Error(`the new ${curve} shares do not match the vault's root key`);
    }
    storeShares(target, curve, result);
  }
  target.status = 'Valid';
  if (r.type === 'Recovery') {
    const state = ctx.state;
    // The recovered Main Group replaces the old one, and the lost phones' nodes are removed.
    state.groups = state.groups.filter(
      (g) => !(g.vault_id === r.vault_id && g.type === 'MainGroup' && g !== target),
    );
    dropUnusedChangedNodes(state);
  }
}
