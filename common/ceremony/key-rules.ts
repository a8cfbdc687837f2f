/**
 * Cobo's rules for the keys of one vault, as its product manual states them since October 2025 and the
 * spec does not (ocw/key-share-optimization-note, ocw/holder-group-overview): the shapes a standard
 * vault allows, and one node for one key. Shared by the sandbox (Cobo's side) and the app's checks.
 */
import { ALLOWED_GROUP_SHAPES } from '../cobo-enums';

type KeyType = 'MainGroup' | 'SigningGroup' | 'RecoveryGroup';

/** When Cobo's rules changed (key-share-optimization-note: "October 2025"); keys made before keep their shape. */
export const RULES_CHANGED_AT = Date.parse('2025-10-01T00:00:00Z');

/** Whether a key was made under Cobo's earlier rules, by the time Cobo says it was created (ms; unknown: no). */
export const madeUnderEarlierRules = (createdMs: number | undefined): boolean =>
  createdMs !== undefined && createdMs < RULES_CHANGED_AT;
export interface Shape {
  readonly threshold: number;
  readonly participants: number;
}

/** What Cobo Portal calls each key (the API says Main, Signing and Recovery Key). */
const KEY_NAMES: Readonly<Record<string, string>> = {
  MainGroup: 'Main Key',
  SigningGroup: 'Signing Key',
  RecoveryGroup: 'Recovery Key',
};
export const keyName = (type: string): string => KEY_NAMES[type] ?? type;

/**
 * A standard vault's keys: the Main Key and each Signing Key 2/2 (Cobo plus one of yours), a Recovery
 * Key 2/3 (Cobo plus two). Other Main and Signing shapes need an advanced MPC vault, which Cobo
 * activates on request; the manual gives every new Recovery Key as 2/3, advanced or not.
 */
export const STANDARD_SHAPES: Readonly<Record<KeyType, Shape>> = {
  MainGroup: { threshold: 2, participants: 2 },
  SigningGroup: { threshold: 2, participants: 2 },
  RecoveryGroup: { threshold: 2, participants: 3 },
};

export const allowedShapes = (type: KeyType, advanced: boolean): readonly Shape[] =>
  advanced && type !== 'RecoveryGroup' ? ALLOWED_GROUP_SHAPES : [STANDARD_SHAPES[type]];

const sameShape = (a: Shape, b: Shape) => a.threshold === b.threshold && a.participants === b.participants;
const inWords = (s: Shape) => `${s.threshold}/${s.participants}`;

/** Why a key cannot have this shape in this vault, or null when it can. */
export function shapeProblem(type: KeyType, shape: Shape, advanced: boolean): string | null {
  if (allowedShapes(type, advanced).some((s) => sameShape(s, shape))) return null;
  const standard = STANDARD_SHAPES[type];
  if (type === 'RecoveryGroup')
    return `A Recovery Key is ${inWords(standard)}: Cobo’s share and two others; ${inWords(shape)} is not offered.`;
  if (!ALLOWED_GROUP_SHAPES.some((s) => sameShape(s, shape)))
    return `${inWords(shape)} is not offered by Cobo; an advanced MPC vault allows 2/2, 2/3 or 3/3.`;
  return `In a standard MPC vault a ${keyName(type)} is ${inWords(standard)} (Cobo plus one of your holders); ${inWords(shape)} needs an advanced MPC vault, which Cobo activates on request.`;
}

interface KeyLike {
  readonly type: string;
  readonly status: string;
  readonly holders: ReadonlyArray<{ readonly tss_node_id: string }>;
}

/** A key still in use: any group Cobo does not report Unavailable (a New one is being set up). */
export const isLiveKey = (k: Pick<KeyLike, 'status'>): boolean => k.status !== 'Unavailable';

/**
 * Whether a key of this shape needs an advanced vault: Cobo refuses it in a standard vault and
 * offers it in an advanced one.
 */
export const needsAdvancedVault = (type: KeyType, shape: Shape): boolean =>
  shapeProblem(type, shape, false) !== null && shapeProblem(type, shape, true) === null;

/**
 * The live key (a group that is not Unavailable) already holding this node, if any. Since October 2025
 * a node of the organisation holds shares in one key of a vault only; Cobo's node, in every key, is
 * the caller's to leave out. Keys made before keep their holders, so only a new key is checked.
 */
export function keyHoldingNode<K extends KeyLike>(tssNodeId: string, keys: readonly K[]): K | undefined {
  return keys.find((k) => isLiveKey(k) && k.holders.some((h) => h.tss_node_id === tssNodeId));
}

/** The words for a node that another live key already holds. */
export const nodeInAnotherKey = (who: string, key: Pick<KeyLike, 'type'> & { id: string }): string =>
  `${who} already holds a share of this vault’s ${keyName(key.type)} (${key.id.slice(0, 8)}): since October 2025 a node holds shares in one key of a vault only. Choose a holder of no other key of this vault.`;
