/**
 * The enum values of the Cobo spec the app relies on. Kept apart from the zod schemas so that the page
 * can use them (status rules, labels) without loading zod.
 */
export const TSS_REQUEST_STATUSES = [
  'PendingKeyHolderConfirmation',
  'KeyHolderConfirmationFailed',
  'KeyGenerating',
  'MPCProcessing',
  'KeyGeneratingFailed',
  'Success',
] as const;
export const TSS_REQUEST_TYPES = ['KeyGen', 'KeyGenFromKeyGroup', 'Recovery'] as const;
export const GROUP_TYPES = ['MainGroup', 'SigningGroup', 'RecoveryGroup'] as const;
export const GROUP_STATUSES = ['New', 'Valid', 'Unavailable'] as const;
export const HOLDER_TYPES = ['Cobo', 'Mobile', 'API'] as const;
export const HOLDER_STATUSES = ['Valid', 'NotConfigured', 'NotActivated', 'Changed'] as const;
export const VAULT_TYPES = ['Org-Controlled', 'User-Controlled'] as const;
export const CURVES = ['SECP256K1', 'ED25519'] as const;

export type TssRequestStatus = (typeof TSS_REQUEST_STATUSES)[number];
export type GroupType = (typeof GROUP_TYPES)[number];
export type VaultType = (typeof VAULT_TYPES)[number];
export type Curve = (typeof CURVES)[number];

/** The threshold-participants combinations Cobo offers today (threshold of participants). */
export const ALLOWED_GROUP_SHAPES: ReadonlyArray<{ threshold: number; participants: number }> = [
  { threshold: 2, participants: 2 },
  { threshold: 2, participants: 3 },
  { threshold: 3, participants: 3 },
];

export const isKnown = <T extends readonly string[]>(values: T, value: string): value is T[number] =>
  (values as readonly string[]).includes(value);
