/**
 * Cobo's rules for the keys of one vault, as its product manual states them since October 2025 and the
 * spec does not (ocw/key-share-optimization-note, ocw/holder-group-overview): the shapes a standard
 * vault allows, and one node for one key. Shared by the sandbox (Cobo's side) and the app's checks.
 */
import { ALLOWED_GROUP_SHAPES } from '../cobo-enums';
import type { MessageKey, Translate } from '../i18n/translate';

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
const KEY_NAMES: Readonly<Record<string, MessageKey>> = {
  MainGroup: 'words.key.main',
  SigningGroup: 'words.key.signing',
  RecoveryGroup: 'words.key.recovery',
};
/** A key's name in the language of `t`; a type this version does not know, as Cobo sent it. */
export const keyName = (type: string, t: Translate): string => {
  const key = KEY_NAMES[type];
  return key ? t(key) : type;
};

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

const allowed = (type: KeyType, shape: Shape, advanced: boolean): boolean =>
  allowedShapes(type, advanced).some((s) => sameShape(s, shape));

/** Why a key cannot have this shape in this vault, or null when it can. */
export function shapeProblem(type: KeyType, shape: Shape, advanced: boolean, t: Translate): string | null {
  if (allowed(type, shape, advanced)) return null;
  const values = { standard: inWords(STANDARD_SHAPES[type]), shape: inWords(shape) };
  if (type === 'RecoveryGroup') return t('words.shape.recovery', values);
  if (!ALLOWED_GROUP_SHAPES.some((s) => sameShape(s, shape))) return t('words.shape.notOffered', values);
  return t('words.shape.needsAdvanced', { ...values, key: keyName(type, t) });
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
  !allowed(type, shape, false) && allowed(type, shape, true);

/**
 * The live key (a group that is not Unavailable) already holding this node, if any. Since October 2025
 * a node of the organisation holds shares in one key of a vault only; Cobo's node, in every key, is
 * the caller's to leave out. Keys made before keep their holders, so only a new key is checked.
 */
export function keyHoldingNode<K extends KeyLike>(tssNodeId: string, keys: readonly K[]): K | undefined {
  return keys.find((k) => isLiveKey(k) && k.holders.some((h) => h.tss_node_id === tssNodeId));
}

/** The words for a node that another live key already holds. */
export const nodeInAnotherKey = (
  who: string,
  key: Pick<KeyLike, 'type'> & { id: string },
  t: Translate,
): string => t('words.nodeInAnotherKey', { who, key: keyName(key.type, t), id: key.id.slice(0, 8) });
