/**
 * Every ceremony kind the app runs, declared once: its names and summary (message keys: the page shows
 * them in its language, main writes the English title into the journal), how it acts on Cobo, which
 * groups it works on, and what it promises about the vault's root keys. A new kind is one entry here,
 * its steps in the page, and at most one new protocol in main.
 */
import type { GroupType } from '../cobo-enums';
import type { CeremonyKind, GroupView } from '../contract';
import type { MessageKey } from '../i18n/translate';

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
  readonly titleKey: MessageKey;
  /** The name in lists and buttons. */
  readonly shortTitleKey: MessageKey;
  readonly summaryKey: MessageKey;
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
    titleKey: 'words.kind.vaultSetup.title',
    shortTitleKey: 'words.kind.vaultSetup.shortTitle',
    summaryKey: 'words.kind.vaultSetup.summary',
    protocol: 'vault-creation',
    targetTypes: [],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: () => 0,
  },
  GroupSetup: {
    kind: 'GroupSetup',
    titleKey: 'words.kind.groupSetup.title',
    shortTitleKey: 'words.kind.groupSetup.shortTitle',
    summaryKey: 'words.kind.groupSetup.summary',
    protocol: 'group-creation',
    targetTypes: [],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: () => 0,
  },
  KeyGen: {
    kind: 'KeyGen',
    titleKey: 'words.kind.keyGen.title',
    shortTitleKey: 'words.kind.keyGen.shortTitle',
    summaryKey: 'words.kind.keyGen.summary',
    protocol: 'tss-request',
    targetTypes: ['MainGroup'],
    sourceType: null,
    rootKeys: 'created',
    targetNeeded: custodiansOf,
  },
  KeyGenFromKeyGroup: {
    kind: 'KeyGenFromKeyGroup',
    titleKey: 'words.kind.keyGenFromKeyGroup.title',
    shortTitleKey: 'words.kind.keyGenFromKeyGroup.shortTitle',
    summaryKey: 'words.kind.keyGenFromKeyGroup.summary',
    protocol: 'tss-request',
    targetTypes: ['SigningGroup', 'RecoveryGroup'],
    sourceType: 'MainGroup',
    rootKeys: 'unchanged',
    targetNeeded: custodiansOf,
  },
  Recovery: {
    kind: 'Recovery',
    titleKey: 'words.kind.recovery.title',
    shortTitleKey: 'words.kind.recovery.shortTitle',
    summaryKey: 'words.kind.recovery.summary',
    protocol: 'tss-request',
    targetTypes: ['MainGroup'],
    sourceType: 'RecoveryGroup',
    rootKeys: 'unchanged',
    targetNeeded: custodiansOf,
  },
  GroupUpgrade: {
    kind: 'GroupUpgrade',
    titleKey: 'words.kind.groupUpgrade.title',
    shortTitleKey: 'words.kind.groupUpgrade.shortTitle',
    summaryKey: 'words.kind.groupUpgrade.summary',
    protocol: 'group-upgrade',
    targetTypes: ['SigningGroup'],
    sourceType: null,
    rootKeys: 'unchanged',
    targetNeeded: () => 0,
  },
  RecoveryDrill: {
    kind: 'RecoveryDrill',
    titleKey: 'words.kind.recoveryDrill.title',
    shortTitleKey: 'words.kind.recoveryDrill.shortTitle',
    summaryKey: 'words.kind.recoveryDrill.summary',
    protocol: 'offline-drill',
    targetTypes: ['MainGroup', 'SigningGroup', 'RecoveryGroup'],
    sourceType: null,
    rootKeys: 'not-involved',
    targetNeeded: custodiansOf,
  },
  GroupRetirement: {
    kind: 'GroupRetirement',
    titleKey: 'words.kind.groupRetirement.title',
    shortTitleKey: 'words.kind.groupRetirement.shortTitle',
    summaryKey: 'words.kind.groupRetirement.summary',
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
