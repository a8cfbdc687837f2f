/**
 * Lagrange interpolation in the exponent: from the share public keys alone (xᵢ = the share's id,
 * Pᵢ = sᵢ·G), the public key of the polynomial's constant term, Σ λᵢ·Pᵢ with
 * λᵢ = Π_{j≠i} xⱼ / (xⱼ − xᵢ) mod the group order. Every threshold subset of the shares must give the
 * same point, the root key: then all of them lie on one polynomial of degree t−1 whose constant term is
 * the root's secret, and no secret is ever needed to know it.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { mulAddUnsafe } from '@noble/curves/abstract/curve.js';
import type { KitCurve } from './extended-key';

interface Point {
  add(other: Point): Point;
  multiply(scalar: bigint): Point;
  /** Variable-time: only for public values (public keys, Lagrange coefficients), never a secret. */
  multiplyUnsafe(scalar: bigint): Point;
  equals(other: Point): boolean;
  toBytes(compressed?: boolean): Uint8Array;
}

interface CurveOps {
  /** The point constructor, for the combined multiplication of public values. */
  readonly cons: Parameters<typeof mulAddUnsafe>[0];
  readonly order: bigint;
  readonly zero: Point;
  readonly base: Point;
  fromBytes(bytes: Uint8Array): Point;
  toHex(p: Point): string;
}

export const CURVES: Record<KitCurve, CurveOps> = {
  secp256k1: {
    cons: secp256k1.Point as unknown as CurveOps['cons'],
    order: secp256k1.Point.Fn.ORDER,
    zero: secp256k1.Point.ZERO as unknown as Point,
    base: secp256k1.Point.BASE as unknown as Point,
    fromBytes: (b) => secp256k1.Point.fromBytes(b) as unknown as Point,
    toHex: (p) => bytesToHex(p.toBytes(true)),
  },
  ed25519: {
    cons: ed25519.Point as unknown as CurveOps['cons'],
    order: ed25519.Point.Fn.ORDER,
    zero: ed25519.Point.ZERO as unknown as Point,
    base: ed25519.Point.BASE as unknown as Point,
    // Cobo writes 0x00 before the 32-byte point; the kit drops that byte.
    fromBytes: (b) => ed25519.Point.fromBytes(b.length === 33 ? b.subarray(1) : b) as unknown as Point,
    toHex: (p) => bytesToHex(p.toBytes()),
  },
};

const mod = (a: bigint, n: bigint) => ((a % n) + n) % n;

function inverse(a: bigint, n: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(a, n), n, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('two shares have the same x-coordinate');
  return mod(s0, n);
}

/** k·P, also for k = 0 (noble refuses 0 as a multiplier). */
export function multiply(curve: KitCurve, p: Point, k: bigint): Point {
  const ops = CURVES[curve];
  const s = mod(k, ops.order);
  return s === 0n ? ops.zero : p.multiply(s);
}

export interface PublicShare {
  readonly x: bigint;
  /** The share's public key as the file writes it (hex, without 0x). */
  readonly point: string;
}

/** The constant term's public key from exactly these shares, as hex of the curve's usual encoding. */
export function interpolateAtZero(curve: KitCurve, shares: readonly PublicShare[]): string {
  return CURVES[curve].toHex(interpolate(curve, shares, 0n, new Map()));
}

/** The polynomial through these shares (in the exponent), evaluated at `at`. */
function interpolate(
  curve: KitCurve,
  shares: readonly PublicShare[],
  at: bigint,
  points: Map<string, Point>,
): Point {
  const ops = CURVES[curve];
  const terms: Point[] = [];
  const lambdas: bigint[] = [];
  for (const [i, share] of shares.entries()) {
    let lambda = 1n;
    for (const [j, other] of shares.entries()) {
      if (j === i) continue;
      lambda = mod(lambda * (other.x - at) * inverse(other.x - share.x, ops.order), ops.order);
    }
    let point = points.get(share.point);
    if (!point) {
      point = ops.fromBytes(hexToBytes(share.point));
      points.set(share.point, point);
    }
    terms.push(point);
    lambdas.push(lambda);
  }
  // Public keys and public coefficients: one combined, variable-time multiplication (Strauss–Shamir),
  // the drill's main cost after the files' key derivations.
  return mulAddUnsafe(ops.cons, terms as never, lambdas) as unknown as Point;
}

/**
 * Whether every threshold subset of the shares gives the same point, and which. That holds exactly when
 * all shares lie on one polynomial of degree t−1: the one through the first t, which gives the root at
 * 0 and must give each other share's public key at its x (n−t+1 interpolations, not C(n, t)). Null when
 * the shares are fewer than the threshold.
 *
 * Each evaluation is checked exactly, not folded into one random linear combination: on ed25519 a
 * declared public key may carry a small-order component (the curve's cofactor is 8), and such
 * components in two checks can cancel for a random weight with probability ½ or more, so an edited
 * participant list could pass. An exact equality per evaluation has no such gap.
 */
export function commonRoot(
  curve: KitCurve,
  shares: readonly PublicShare[],
  threshold: number,
): { root: string; onOnePolynomial: boolean } | null {
  if (threshold < 1 || shares.length < threshold) return null;
  const ops = CURVES[curve];
  const points = new Map<string, Point>();
  const basis = shares.slice(0, threshold);
  const root = ops.toHex(interpolate(curve, basis, 0n, points));
  const onOnePolynomial = shares
    .slice(threshold)
    .every((other) =>
      interpolate(curve, basis, other.x, points).equals(ops.fromBytes(hexToBytes(other.point))),
    );
  return { root, onOnePolynomial };
}
