/**
 * What a ceremony acted on, in its own kind's words: for the report, History and the close step. A
 * ceremony that did not succeed names what was chosen and claims no outcome ("chosen", never
 * "received" or "replaced"). Pure, so every place that describes a ceremony says the same.
 */
import type { Ceremony, CeremonyKind } from '../contract';
import { showInvisible } from '../visible-text';
import { asksForBackups } from './backups';
import { keyName } from './key-rules';
import { recoveryMode } from './rules';

/** A label, its value, and for what a ceremony created, the test id the screens give it. */
export type Fact = readonly [label: string, value: string, testId?: 'created-group' | 'created-vault'];

/** Who a TSS node is, by the name on the record (a custodian's check-in, the lost phone's holder), with its ID. */
const nodeName = (c: Ceremony, id: string) =>
  c.custodianNames[id] ? `${showInvisible(c.custodianNames[id])} (${id})` : id;

/** The key a ceremony worked on: what it did to it once it succeeded, and what was only chosen before. */
const TARGET_WORDS: Readonly<Record<CeremonyKind, { done: string; chosen: string } | null>> = {
  VaultSetup: null,
  GroupSetup: null,
  KeyGen: { done: 'Main Key that received key shares', chosen: 'Main Key chosen for KeyGen' },
  KeyGenFromKeyGroup: {
    done: 'Key that received key shares',
    chosen: 'Key chosen to receive key shares',
  },
  Recovery: {
    done: 'New Main Key that received key shares',
    chosen: 'New Main Key chosen for the Recovery',
  },
  GroupUpgrade: {
    done: 'Signing Key upgraded to the Main Key',
    chosen: 'Signing Key chosen to become the Main Key',
  },
  GroupRetirement: { done: 'Key deleted', chosen: 'Key chosen for deletion' },
  RecoveryDrill: {
    done: 'Key whose recovery files were proven',
    chosen: 'Key chosen for the recovery drill',
  },
};

const OLD_MAIN_WORDS = {
  Invalidate: { done: 'Invalidated', chosen: 'To be invalidated' },
  ConvertToSigningGroup: { done: 'Converted to a Signing Key', chosen: 'To be converted to a Signing Key' },
} as const;

function designFacts(c: Ceremony, done: boolean): Fact[] {
  const d = c.selection.design;
  if (c.kind !== 'GroupSetup' || !d) return [];
  const facts: Fact[] = [
    done && c.createdGroupId
      ? [`New ${keyName(d.type)}`, c.createdGroupId, 'created-group']
      : ['Key to create', `${keyName(d.type)}, ${d.threshold}-of-${d.participants}`],
  ];
  if (d.type === 'RecoveryGroup') {
    const third = d.holders.find((h) => h.thirdParty);
    facts.push([
      'How the Recovery Key is held',
      `${recoveryMode(d)}: Cobo’s share and ${third ? `one of your organisation’s and one of a trusted third party (${third.name ?? third.tss_node_id})` : 'two of your organisation’s'}`,
    ]);
  } else
    facts.push([
      'Vault',
      d.advanced
        ? 'An advanced MPC vault, as the officer said (Cobo activates one on request)'
        : 'A standard MPC vault: Main and Signing Keys 2/2',
    ]);
  return facts;
}

function backupFacts(c: Ceremony): Fact[] {
  if (!asksForBackups(c)) return [];
  const confirmed = Object.entries(c.backups);
  return [
    [
      'Backups of the new key shares',
      confirmed.length
        ? confirmed.map(([id, b]) => `${b.name} (${id}), confirmed ${b.at}`).join('; ')
        : 'None confirmed by the officer',
    ],
  ];
}

/** The groups, holders and choices a ceremony acted on, in words; `names`: the officer's names for keys. */
export function actedOn(c: Ceremony, names: Readonly<Record<string, string>> = {}): Fact[] {
  const s = c.selection;
  // A key is said by its type as the review found it (where its label does not say it already) and
  // the name the officer gave it (Cobo gives keys none), beside its ID.
  const named = (id: string, label = '') => {
    const type = c.keyTypes[id] ? keyName(c.keyTypes[id]) : '';
    return [type && !label.includes(type) ? type : '', names[id] ? `“${showInvisible(names[id])}”` : '', id]
      .filter(Boolean)
      .join(' ');
  };
  const done = c.outcome === 'success';
  const facts: Fact[] = [];
  if (c.kind === 'VaultSetup' && s.newVault)
    facts.push(
      done && s.vaultId ? ['New vault', s.vaultId, 'created-vault'] : ['Vault to create', s.newVault.name],
    );
  const target = TARGET_WORDS[c.kind];
  if (target && s.targetGroupId) {
    const label = done ? target.done : target.chosen;
    facts.push([label, named(s.targetGroupId, label)]);
  }
  const former = c.formerMainGroupId ? ` (${named(c.formerMainGroupId, 'Main Key')})` : '';
  if (c.kind === 'GroupUpgrade' && s.mainGroupHandling)
    facts.push([
      'The Main Key before',
      `${OLD_MAIN_WORDS[s.mainGroupHandling][done ? 'done' : 'chosen']}${former}`,
    ]);
  facts.push(...designFacts(c, done), ...backupFacts(c));
  if (s.sourceGroupId) {
    const label = c.kind === 'Recovery' ? 'Source: the Recovery Key' : 'Source: the Main Key';
    facts.push([label, named(s.sourceGroupId, label)]);
  }
  if (s.sourceNodeIds.length)
    facts.push(['Source TSS nodes that took part', s.sourceNodeIds.map((id) => nodeName(c, id)).join(', ')]);
  if (s.lostNodeId)
    facts.push([
      'Lost phone',
      done
        ? `${nodeName(c, s.lostNodeId)}; the Main Key it belonged to${former} is replaced by the new Main Key`
        : nodeName(c, s.lostNodeId),
    ]);
  return facts;
}
