/**
 * Lagrange interpolation in the exponent: from the share public keys alone (xᵢ = the share's id,
 * Pᵢ = sᵢ·G), the public key of the polynomial's constant term, Σ λᵢ·Pᵢ with
 * λᵢ = Π_{j≠i} xⱼ / (xⱼ − xᵢ) mod the group order. Every threshold subset of the shares must give the
 * same point, the root key: then all of them lie on one polynomial of degree t−1 whose constant term is
 * the root's secret, and no secret is ever needed to know it.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { KitCurve } from './extended-key';

interface Point {
  add(other: Point): Point;
  multiply(scalar: bigint): Point;
  equals(other: Point): boolean;
  toBytes(compressed?: boolean): Uint8Array;
}

interface CurveOps {
  readonly order: bigint;
  readonly zero: Point;
  readonly base: Point;
  fromBytes(bytes: Uint8Array): Point;
  toHex(p: Point): string;
}

export const CURVES: Record<KitCurve, CurveOps> = {
  secp256k1: {
    order: secp256k1.Point.Fn.ORDER,
    zero: secp256k1.Point.ZERO as unknown as Point,
    base: secp256k1.Point.BASE as unknown as Point,
    fromBytes: (b) => secp256k1.Point.fromBytes(b) as unknown as Point,
    toHex: (p) => bytesToHex(p.toBytes(true)),
  },
  ed25519: {
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
  const ops = CURVES[curve];
  let sum = ops.zero;
  for (const [i, share] of shares.entries()) {
    let lambda = 1n;
    for (const [j, other] of shares.entries()) {
      if (j === i) continue;
      lambda = mod(lambda * other.x * inverse(other.x - share.x, ops.order), ops.order);
    }
    const point = ops.fromBytes(
      Uint8Array.from((share.point.match(/../g) ?? []).map((b) => parseInt(b, 16))),
    );
    sum = sum.add(multiply(curve, point, lambda));
  }
  return ops.toHex(sum);
}

/** Every way to choose k of these (in order), for small n: a group has a handful of holders. */
export function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, k - 1).map((s) => [first, ...s]), ...subsets(rest, k)];
}

/**
 * Whether every threshold subset of the shares gives the same point, and which: one polynomial of
 * degree t−1 holds them all. Null when the shares are fewer than the threshold.
 */
export function commonRoot(
  curve: KitCurve,
  shares: readonly PublicShare[],
  threshold: number,
): { root: string; onOnePolynomial: boolean } | null {
  const chosen = subsets(shares, threshold);
  if (!chosen.length) return null;
  const roots = chosen.map((s) => interpolateAtZero(curve, s));
  return { root: roots[0] ?? '', onOnePolynomial: roots.every((r) => r === roots[0]) };
}
