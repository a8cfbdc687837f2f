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
import type { MessageKey, Translate } from '../i18n/translate';

/** A label, its value, and for what a ceremony created, the test id the screens give it. */
export type Fact = readonly [label: string, value: string, testId?: 'created-group' | 'created-vault'];

/** Who a TSS node is, by the name on the record (a custodian's check-in, the lost phone's holder), with its ID. */
const nodeName = (c: Ceremony, id: string) =>
  c.custodianNames[id] ? `${showInvisible(c.custodianNames[id])} (${id})` : id;

/** The key a ceremony worked on: what it did to it once it succeeded, and what was only chosen before. */
const TARGET_WORDS: Readonly<Record<CeremonyKind, { done: MessageKey; chosen: MessageKey } | null>> = {
  VaultSetup: null,
  GroupSetup: null,
  KeyGen: { done: 'wordsMore.acted.keyGen.done', chosen: 'wordsMore.acted.keyGen.chosen' },
  KeyGenFromKeyGroup: {
    done: 'wordsMore.acted.keyGenFromKeyGroup.done',
    chosen: 'wordsMore.acted.keyGenFromKeyGroup.chosen',
  },
  Recovery: { done: 'wordsMore.acted.recovery.done', chosen: 'wordsMore.acted.recovery.chosen' },
  GroupUpgrade: { done: 'wordsMore.acted.groupUpgrade.done', chosen: 'wordsMore.acted.groupUpgrade.chosen' },
  GroupRetirement: {
    done: 'wordsMore.acted.groupRetirement.done',
    chosen: 'wordsMore.acted.groupRetirement.chosen',
  },
  RecoveryDrill: {
    done: 'wordsMore.acted.recoveryDrill.done',
    chosen: 'wordsMore.acted.recoveryDrill.chosen',
  },
};

const OLD_MAIN_WORDS: Readonly<
  Record<'Invalidate' | 'ConvertToSigningGroup', { done: MessageKey; chosen: MessageKey }>
> = {
  Invalidate: { done: 'wordsMore.acted.oldMain.invalidated', chosen: 'wordsMore.acted.oldMain.toInvalidate' },
  ConvertToSigningGroup: {
    done: 'wordsMore.acted.oldMain.converted',
    chosen: 'wordsMore.acted.oldMain.toConvert',
  },
};

/** Cobo's names for how a Recovery Key is held, in words. */
const RECOVERY_MODE_KEYS: Readonly<Record<ReturnType<typeof recoveryMode>, MessageKey>> = {
  'Self Recovery': 'wordsMore.acted.mode.self',
  'Third-Party Recovery': 'wordsMore.acted.mode.thirdParty',
};

function designFacts(c: Ceremony, done: boolean, t: Translate): Fact[] {
  const d = c.selection.design;
  if (c.kind !== 'GroupSetup' || !d) return [];
  const key = keyName(d.type, t);
  const facts: Fact[] = [
    done && c.createdGroupId
      ? [t('wordsMore.acted.newKey', { key }), c.createdGroupId, 'created-group']
      : [
          t('wordsMore.acted.keyToCreate'),
          t('wordsMore.acted.keyToCreateValue', {
            key,
            threshold: d.threshold,
            participants: d.participants,
          }),
        ],
  ];
  if (d.type === 'RecoveryGroup') {
    const third = d.holders.find((h) => h.thirdParty);
    const mode = t(RECOVERY_MODE_KEYS[recoveryMode(d)]);
    facts.push([
      t('wordsMore.acted.howHeld'),
      third
        ? t('wordsMore.acted.heldWithThirdParty', { mode, third: third.name ?? third.tss_node_id })
        : t('wordsMore.acted.heldByOwn', { mode }),
    ]);
  } else
    facts.push([
      t('wordsMore.acted.vault'),
      d.advanced ? t('wordsMore.acted.advancedVault') : t('wordsMore.acted.standardVault'),
    ]);
  return facts;
}

function backupFacts(c: Ceremony, t: Translate): Fact[] {
  if (!asksForBackups(c)) return [];
  const confirmed = Object.entries(c.backups);
  return [
    [
      t('wordsMore.acted.backups'),
      confirmed.length
        ? confirmed
            .map(([id, b]) => t('wordsMore.acted.backupConfirmed', { name: b.name, id, at: b.at }))
            .join(t('wordsMore.acted.backupSeparator'))
        : t('wordsMore.acted.noBackups'),
    ],
  ];
}

/**
 * The groups, holders and choices a ceremony acted on, in the words of `t`; `names`: the officer's
 * names for keys.
 */
export function actedOn(c: Ceremony, names: Readonly<Record<string, string>>, t: Translate): Fact[] {
  const s = c.selection;
  // A key is said by its type as the review found it (where its label does not say it already) and
  // the name the officer gave it (Cobo gives keys none), beside its ID.
  const named = (id: string, label = '') => {
    const type = c.keyTypes[id] ? keyName(c.keyTypes[id], t) : '';
    return [type && !label.includes(type) ? type : '', names[id] ? `“${showInvisible(names[id])}”` : '', id]
      .filter(Boolean)
      .join(' ');
  };
  const done = c.outcome === 'success';
  const facts: Fact[] = [];
  if (c.kind === 'VaultSetup' && s.newVault)
    facts.push(
      done && s.vaultId
        ? [t('wordsMore.acted.newVault'), s.vaultId, 'created-vault']
        : [t('wordsMore.acted.vaultToCreate'), s.newVault.name],
    );
  const target = TARGET_WORDS[c.kind];
  if (target && s.targetGroupId) {
    const label = t(done ? target.done : target.chosen);
    facts.push([label, named(s.targetGroupId, label)]);
  }
  const former = c.formerMainGroupId ? named(c.formerMainGroupId, keyName('MainGroup', t)) : '';
  if (c.kind === 'GroupUpgrade' && s.mainGroupHandling) {
    const handling = t(OLD_MAIN_WORDS[s.mainGroupHandling][done ? 'done' : 'chosen']);
    facts.push([
      t('wordsMore.acted.mainBefore'),
      former ? t('wordsMore.acted.withFormer', { handling, former }) : handling,
    ]);
  }
  facts.push(...designFacts(c, done, t), ...backupFacts(c, t));
  if (s.sourceGroupId) {
    const label =
      c.kind === 'Recovery' ? t('wordsMore.acted.sourceRecovery') : t('wordsMore.acted.sourceMain');
    facts.push([label, named(s.sourceGroupId, label)]);
  }
  if (s.sourceNodeIds.length)
    facts.push([
      t('wordsMore.acted.sourceNodes'),
      s.sourceNodeIds.map((id) => nodeName(c, id)).join(t('wordsMore.listSeparator')),
    ]);
  if (s.lostNodeId)
    facts.push([
      t('wordsMore.acted.lostPhone'),
      done
        ? former
          ? t('wordsMore.acted.lostReplacedFormer', { node: nodeName(c, s.lostNodeId), former })
          : t('wordsMore.acted.lostReplaced', { node: nodeName(c, s.lostNodeId) })
        : nodeName(c, s.lostNodeId),
    ]);
  return facts;
}
