/**
 * Every ceremony kind the app runs, declared once: its names and summary (shown by the page and written
 * into the journal), how it acts on Cobo, which groups it works on, and what it promises about the
 * vault's root keys. A new kind is one entry here, its steps in the page, and at most one new protocol
 * in main.
 */
import type { GroupType } from '../cobo-enums';
import type { CeremonyKind, GroupView } from '../contract';

/** How a ceremony acts on Cobo: create a key share holder group, or create a TSS request and follow it. */
export type ProtocolName =
  | 'vault-creation'
  | 'group-creation'
  | 'tss-request'
  | 'group-upgrade'
  | 'group-retirement'
  /** Nothing is sent: the drill reads the holders' recovery files, offline. */
  | 'offline-drill';

export interface KindDeclaration {
  readonly kind: CeremonyKind;
  readonly title: string;
  /** The name in lists and buttons. */
  readonly shortTitle: string;
  readonly summary: string;
  readonly protocol: ProtocolName;
  readonly targetTypes: readonly GroupType[];
  readonly sourceType: GroupType | null;
  /** After success: KeyGen creates the root keys; the others must leave them exactly as they were. */
  readonly rootKeys: 'created' | 'unchanged' | 'not-involved';
  /** How many target holders must approve: all of them take part in making their shares. */
  readonly targetNeeded: (g: GroupView) => number;
}

const custodiansOf = (g: GroupView) => g.holders.filter((h) => h.type !== 'Cobo').length;

export const CEREMONY_KINDS: Readonly<Record<CeremonyKind, KindDeclaration>> = {
  VaultSetup: {
    kind: 'VaultSetup',
    title: 'Create a vault',
    shortTitle: 'Create a vault',
    summary:
      'Create an Org-Controlled MPC vault for the organisation. Its root keys are made later, by KeyGen with its Main Key.',
    protocol: 'vault-creation',
    targetTypes: [],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: () => 0,
  },
  GroupSetup: {
    kind: 'GroupSetup',
    title: 'Set up a key share holder group',
    shortTitle: 'Set up a key share holder group',
    summary:
      'Create a Main, Signing or Recovery Key from the organisation’s holders: custodians’ phones (Mobile Signers: Cobo Guard or Portal Mobile) and Server Signers (TSS Nodes), entered by their TSS node IDs. Cobo’s node is in every new group: Cobo adds it to Main and Signing Keys, and the app lists it for a Recovery Key. The group gets key shares in a later ceremony.',
    protocol: 'group-creation',
    targetTypes: [],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: () => 0,
  },
  KeyGen: {
    kind: 'KeyGen',
    title: 'KeyGen: create the root keys',
    shortTitle: 'KeyGen',
    summary:
      'Create the vault’s root extended public keys and the Main Key’s key shares. Done once per vault: every wallet key of the vault derives from these root keys.',
    protocol: 'tss-request',
    targetTypes: ['MainGroup'],
    sourceType: null,
    rootKeys: 'created',
    targetNeeded: custodiansOf,
  },
  KeyGenFromKeyGroup: {
    kind: 'KeyGenFromKeyGroup',
    title: 'KeyGenFromKeyGroup: shares for a Signing or Recovery Key',
    shortTitle: 'KeyGenFromKeyGroup',
    summary:
      'The Main Key creates key shares of the same root keys for a Signing or Recovery Key. The root keys do not change; the app checks that.',
    protocol: 'tss-request',
    targetTypes: ['SigningGroup', 'RecoveryGroup'],
    sourceType: 'MainGroup',
    rootKeys: 'unchanged',
    targetNeeded: custodiansOf,
  },
  Recovery: {
    kind: 'Recovery',
    title: 'Recovery: after a lost phone',
    shortTitle: 'Recovery',
    summary:
      'A Main Key holder lost their phone. The Recovery Key re-creates key shares of the same root keys for a new Main Key that holds the new phone; the old Main Key is replaced.',
    protocol: 'tss-request',
    targetTypes: ['MainGroup'],
    sourceType: 'RecoveryGroup',
    rootKeys: 'unchanged',
    targetNeeded: custodiansOf,
  },
  GroupUpgrade: {
    kind: 'GroupUpgrade',
    title: 'Upgrade a Signing Key to Main',
    shortTitle: 'Upgrade a Signing Key',
    summary:
      'An active Signing Key becomes the Main Key — after a lost phone, the quick way back when the Signing Key is intact. The current Main Key is invalidated or becomes a Signing Key. The root keys do not change; the app checks that.',
    protocol: 'group-upgrade',
    targetTypes: ['SigningGroup'],
    sourceType: null,
    rootKeys: 'unchanged',
    targetNeeded: () => 0,
  },
  RecoveryDrill: {
    kind: 'RecoveryDrill',
    title: 'Recovery drill: would the recovery files work?',
    shortTitle: 'Recovery drill',
    summary:
      'The holders of a key bring the recovery files Cobo’s recovery kit would rebuild the root key from, one at a time, each with its password. The app proves, offline, that a threshold of them rebuilds the vault’s recorded root keys — without ever assembling the key — and records who proved what. Nothing is sent to Cobo.',
    protocol: 'offline-drill',
    targetTypes: ['MainGroup', 'SigningGroup', 'RecoveryGroup'],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: custodiansOf,
  },
  GroupRetirement: {
    kind: 'GroupRetirement',
    title: 'Delete a Signing or Recovery Key',
    shortTitle: 'Delete a key',
    summary:
      'Delete a Signing or Recovery Key, deliberately and on the record — for example when a custodian leaves. Its holders receive no further requests; reinstating them needs a new key generation.',
    protocol: 'group-retirement',
    targetTypes: ['SigningGroup', 'RecoveryGroup'],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: () => 0,
  },
};

/** The order the page offers them in. */
export const CEREMONY_ORDER: readonly CeremonyKind[] = [
  'VaultSetup',
  'GroupSetup',
  'KeyGen',
  'KeyGenFromKeyGroup',
  'Recovery',
  'GroupUpgrade',
  'GroupRetirement',
  'RecoveryDrill',
];

/** Whether a group of this type (as Cobo reports it, so any string) can receive this kind's key shares. */
export const acceptsTarget = (kind: KindDeclaration, groupType: string): boolean =>
  (kind.targetTypes as readonly string[]).includes(groupType);
