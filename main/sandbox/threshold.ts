/**
 * Real threshold key material for the sandbox's simulated holders: Shamir secret sharing with Feldman
 * commitments over secp256k1 and ed25519's prime-order group.
 *
 * - Key generation is distributed: every holder deals a random polynomial; a holder's share is the sum
 *   of what it was dealt; the root public key is the sum of the constant-term commitments. Nobody ever
 *   holds the whole secret.
 * - Resharing (KeyGenFromKeyGroup, Recovery) has a threshold of the source holders each deal
 *   λᵢ·sᵢ (their share weighted by its Lagrange coefficient) to the target holders, so the new shares
 *   interpolate to the same secret and the root public key does not change.
 * - Every share is checked against the dealer's commitments before it is accepted.
 *
 * This is rehearsal material: real enough that root keys are real curve points and the arithmetic is
 * checked, not a hardened MPC implementation.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import type { Curve } from '../cobo/schemas';

interface GroupPoint {
  add(other: GroupPoint): GroupPoint;
  multiply(scalar: bigint): GroupPoint;
  equals(other: GroupPoint): boolean;
  toBytes(): Uint8Array;
}

interface CurveOps {
  readonly order: bigint;
  readonly base: GroupPoint;
  readonly zero: GroupPoint;
  fromBytes(bytes: Uint8Array): GroupPoint;
}

const CURVE_OPS: Record<Curve, CurveOps> = {
  SECP256K1: {
    order: secp256k1.Point.Fn.ORDER,
    base: secp256k1.Point.BASE as unknown as GroupPoint,
    zero: secp256k1.Point.ZERO as unknown as GroupPoint,
    fromBytes: (b) => secp256k1.Point.fromBytes(b) as unknown as GroupPoint,
  },
  ED25519: {
    order: ed25519.Point.Fn.ORDER,
    base: ed25519.Point.BASE as unknown as GroupPoint,
    zero: ed25519.Point.ZERO as unknown as GroupPoint,
    fromBytes: (b) => ed25519.Point.fromBytes(b) as unknown as GroupPoint,
  },
};

export const SUPPORTED_CURVES: readonly Curve[] = ['SECP256K1', 'ED25519'];

const mod = (a: bigint, n: bigint) => ((a % n) + n) % n;

/** Map lookup for keys the caller built itself; a miss is a bug, not an input error. */
function must<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`internal: no entry for ${String(key)}`);
  return value;
}

function inverse(a: bigint, n: bigint): bigint {
  let [r0, r1] = [mod(a, n), n];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return mod(s0, n);
}

function randomScalar(n: bigint): bigint {
  for (;;) {
    const x = BigInt('0x' + bytesToHex(randomBytes(48))) % n;
    if (x !== 0n) return x;
  }
}

/** g·k, also for k = 0 (noble refuses 0 as a multiplier). */
function mulBase(ops: CurveOps, k: bigint): GroupPoint {
  const s = mod(k, ops.order);
  return s === 0n ? ops.zero : ops.base.multiply(s);
}

function mulPoint(ops: CurveOps, p: GroupPoint, k: bigint): GroupPoint {
  const s = mod(k, ops.order);
  return s === 0n ? ops.zero : p.multiply(s);
}

export const pointToHex = (p: GroupPoint): string => bytesToHex(p.toBytes());
export const pointFromHex = (curve: Curve, hex: string): GroupPoint =>
  CURVE_OPS[curve].fromBytes(hexToBytes(hex));
export const scalarToHex = (s: bigint): string => s.toString(16).padStart(64, '0');
export const scalarFromHex = (hex: string): bigint => BigInt('0x' + hex);

/** A polynomial of degree t-1 with a given constant term, dealt to participants 1..n. */
export interface Dealing {
  /** Feldman commitments g·a₀ … g·aₜ₋₁. */
  readonly commitments: GroupPoint[];
  /** share for participant index i (1-based) */
  readonly shares: Map<number, bigint>;
}

export function deal(curve: Curve, constant: bigint, threshold: number, indices: readonly number[]): Dealing {
  const ops = CURVE_OPS[curve];
  const coefficients = [
    mod(constant, ops.order),
    ...Array.from({ length: threshold - 1 }, () => randomScalar(ops.order)),
  ];
  const commitments = coefficients.map((a) => mulBase(ops, a));
  const shares = new Map<number, bigint>();
  for (const i of indices) {
    let y = 0n;
    for (const a of [...coefficients].reverse()) y = mod(y * BigInt(i) + a, ops.order);
    shares.set(i, y);
  }
  return { commitments, shares };
}

/** Feldman check: g·share == Σ Cⱼ·iʲ. */
export function verifyShare(
  curve: Curve,
  index: number,
  share: bigint,
  commitments: readonly GroupPoint[],
): boolean {
  const ops = CURVE_OPS[curve];
  let expected = ops.zero;
  let power = 1n;
  for (const c of commitments) {
    expected = expected.add(mulPoint(ops, c, power));
    power = mod(power * BigInt(index), ops.order);
  }
  return mulBase(ops, share).equals(expected);
}

/** Lagrange coefficient at x = 0 for `index` among `indices`. */
export function lagrangeAtZero(curve: Curve, index: number, indices: readonly number[]): bigint {
  const n = CURVE_OPS[curve].order;
  let num = 1n;
  let den = 1n;
  for (const j of indices) {
    if (j === index) continue;
    num = mod(num * BigInt(-j), n);
    den = mod(den * BigInt(index - j), n);
  }
  return mod(num * inverse(den, n), n);
}

/** Interpolates the secret from shares {index: value}. Only in tests: the sandbox never rebuilds keys. */
export function reconstructSecret(curve: Curve, shares: ReadonlyMap<number, bigint>): bigint {
  const n = CURVE_OPS[curve].order;
  const indices = [...shares.keys()];
  let s = 0n;
  for (const [i, y] of shares) s = mod(s + y * lagrangeAtZero(curve, i, indices), n);
  return s;
}

/** Interpolates the public key in the exponent from public shares g·sᵢ: the check that keys are unchanged. */
export function interpolatePublic(curve: Curve, publicShares: ReadonlyMap<number, GroupPoint>): GroupPoint {
  const ops = CURVE_OPS[curve];
  const indices = [...publicShares.keys()];
  let acc = ops.zero;
  for (const [i, p] of publicShares) acc = acc.add(mulPoint(ops, p, lagrangeAtZero(curve, i, indices)));
  return acc;
}

export const publicShare = (curve: Curve, share: bigint): GroupPoint => mulBase(CURVE_OPS[curve], share);

export interface KeyShares {
  readonly curve: Curve;
  readonly threshold: number;
  /** participant index (1-based, by position in the group) → secret share */
  readonly shares: Map<number, bigint>;
  readonly publicKey: GroupPoint;
}

function combine(
  curve: Curve,
  threshold: number,
  indices: readonly number[],
  dealings: readonly Dealing[],
): KeyShares {
  const ops = CURVE_OPS[curve];
  const shares = new Map<number, bigint>();
  for (const i of indices) {
    let sum = 0n;
    for (const d of dealings) {
      const s = must(d.shares, i);
      if (!verifyShare(curve, i, s, d.commitments))
        throw new Error(`share for participant ${i} fails its commitments`);
      sum = mod(sum + s, ops.order);
    }
    shares.set(i, sum);
  }
  const publicKey = dealings.reduce((acc, d) => acc.add(d.commitments[0] ?? ops.zero), ops.zero);
  return { curve, threshold, shares, publicKey };
}

/** Distributed key generation among participants 1..n: every participant deals, nobody learns the key. */
export function distributedKeyGen(curve: Curve, threshold: number, participants: number): KeyShares {
  const ops = CURVE_OPS[curve];
  const indices = Array.from({ length: participants }, (_, k) => k + 1);
  const dealings = indices.map(() => deal(curve, randomScalar(ops.order), threshold, indices));
  return combine(curve, threshold, indices, dealings);
}

/**
 * Reshares from at least `threshold` source shares (index → share, indices in the source group) to a
 * new group of `participants` with `newThreshold`. The result has the same public key.
 */
export function reshare(
  curve: Curve,
  sourceShares: ReadonlyMap<number, bigint>,
  newThreshold: number,
  participants: number,
): KeyShares {
  const sourceIndices = [...sourceShares.keys()];
  const targetIndices = Array.from({ length: participants }, (_, k) => k + 1);
  const dealings = sourceIndices.map((i) =>
    deal(curve, must(sourceShares, i) * lagrangeAtZero(curve, i, sourceIndices), newThreshold, targetIndices),
  );
  return combine(curve, newThreshold, targetIndices, dealings);
}
