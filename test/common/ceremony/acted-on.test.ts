// @vitest-environment node
/**
 * Each ceremony kind says what it did in its own words, and one that did not succeed claims no outcome
 * (issue #29, item 3): an upgrade is never "Group created", a deletion never "received key shares",
 * and an abandoned Recovery never says the Main Key was replaced.
 */
import { describe, expect, it } from 'vitest';
import { actedOn } from '../../../common/ceremony/acted-on';
import type { Ceremony } from '../../../common/contract';
import { newCeremony } from '../../fixtures/ceremony';
import { EN } from '../../../common/i18n/translate';

const labels = (c: Ceremony) => actedOn(c, {}, EN).map(([label]) => label);
const kind = (k: Ceremony['kind'], outcome: Ceremony['outcome'], selection: Partial<Ceremony['selection']>) =>
  newCeremony({ kind: k, outcome, selection: selection as Ceremony['selection'] });

describe('what a ceremony acted on', () => {
  it('an upgrade names the Signing Key upgraded and what became of the old Main Key, never a group created', () => {
    const upgrade = (
      outcome: Ceremony['outcome'],
      mainGroupHandling: 'Invalidate' | 'ConvertToSigningGroup',
    ) =>
      newCeremony({
        kind: 'GroupUpgrade',
        outcome,
        // Main records the upgraded group as the created one: the words must not say so.
        createdGroupId: 'g-sign',
        selection: { targetGroupId: 'g-sign', mainGroupHandling } as Ceremony['selection'],
      });
    expect(actedOn(upgrade('success', 'ConvertToSigningGroup'), {}, EN)).toEqual([
      ['Signing Key upgraded to the Main Key', 'g-sign'],
      ['The Main Key before', 'Converted to a Signing Key'],
    ]);
    expect(actedOn(upgrade('success', 'Invalidate'), {}, EN)).toContainEqual([
      'The Main Key before',
      'Invalidated',
    ]);
    expect(actedOn(upgrade('abandoned', 'Invalidate'), {}, EN)).toEqual([
      ['Signing Key chosen to become the Main Key', 'g-sign'],
      ['The Main Key before', 'To be invalidated'],
    ]);
  });

  it('a deletion names the key deleted, or only chosen, and never key shares received', () => {
    expect(actedOn(kind('GroupRetirement', 'success', { targetGroupId: 'g-rec' }), {}, EN)).toEqual([
      ['Key deleted', 'g-rec'],
    ]);
    expect(actedOn(kind('GroupRetirement', 'failed', { targetGroupId: 'g-rec' }), {}, EN)).toEqual([
      ['Key chosen for deletion', 'g-rec'],
    ]);
  });

  it('a Recovery says the lost phone’s Main Key is replaced only once it succeeded', () => {
    const recovery = (outcome: Ceremony['outcome']) =>
      newCeremony({
        kind: 'Recovery',
        outcome,
        custodianNames: { 'node-a': 'Alice' },
        selection: {
          targetGroupId: 'g-new',
          sourceGroupId: 'g-rec',
          sourceNodeIds: ['node-c'],
          lostNodeId: 'node-a',
        } as Ceremony['selection'],
      });
    expect(actedOn(recovery('success'), {}, EN)).toEqual([
      ['New Main Key that received key shares', 'g-new'],
      ['Backups of the new key shares', 'None confirmed by the officer'],
      ['Source: the Recovery Key', 'g-rec'],
      ['Source TSS nodes that took part', 'node-c'],
      ['Lost phone', 'Alice (node-a); the Main Key it belonged to is replaced by the new Main Key'],
    ]);
    const abandoned = actedOn(recovery('abandoned'), {}, EN);
    expect(abandoned).toContainEqual(['Lost phone', 'Alice (node-a)']);
    expect(abandoned).toContainEqual(['New Main Key chosen for the Recovery', 'g-new']);
    expect(JSON.stringify(abandoned)).not.toMatch(/replaced|received/);
  });

  it('key generations name the key that received shares, and a set-up the key it created', () => {
    expect(labels(kind('KeyGen', 'success', { targetGroupId: 'g-main' }))[0]).toBe(
      'Main Key that received key shares',
    );
    expect(labels(kind('KeyGen', 'cancelled', { targetGroupId: 'g-main' }))[0]).toBe(
      'Main Key chosen for KeyGen',
    );
    expect(labels(kind('KeyGenFromKeyGroup', 'success', { targetGroupId: 'g', sourceGroupId: 'm' }))).toEqual(
      ['Key that received key shares', 'Backups of the new key shares', 'Source: the Main Key'],
    );
    const design = { type: 'SigningGroup', threshold: 2, participants: 2, holders: [] } as const;
    const setUp = (outcome: Ceremony['outcome']) =>
      newCeremony({
        kind: 'GroupSetup',
        outcome,
        createdGroupId: outcome === 'success' ? 'g-new' : null,
        selection: { design } as unknown as Ceremony['selection'],
      });
    expect(actedOn(setUp('success'), {}, EN)[0]).toEqual(['New Signing Key', 'g-new', 'created-group']);
    expect(actedOn(setUp('abandoned'), {}, EN)[0]).toEqual(['Key to create', 'Signing Key, 2-of-2']);
  });

  it('a vault creation names the new vault only once it exists', () => {
    const vault = (outcome: Ceremony['outcome'], vaultId: string | null) =>
      kind('VaultSetup', outcome, { vaultId, newVault: { name: 'Treasury' } });
    expect(actedOn(vault('success', 'v-1'), {}, EN)).toEqual([['New vault', 'v-1', 'created-vault']]);
    expect(actedOn(vault('abandoned', null), {}, EN)).toEqual([['Vault to create', 'Treasury']]);
  });

  it('a set-up says how a Recovery Key is held, or what vault a Main or Signing Key is in', () => {
    const setUp = (design: Record<string, unknown>) =>
      actedOn(
        newCeremony({ kind: 'GroupSetup', selection: { design } as unknown as Ceremony['selection'] }),
        {},
        EN,
      );
    const holders = [
      { tss_node_id: 'n-dana', signer: false, name: 'Dana' },
      { tss_node_id: 'n-fola', signer: false, name: 'Fola', thirdParty: true },
    ];
    expect(setUp({ type: 'RecoveryGroup', threshold: 2, participants: 3, holders })).toEqual([
      ['Key to create', 'Recovery Key, 2-of-3'],
      [
        'How the Recovery Key is held',
        'Third-Party Recovery: Cobo’s share and one of your organisation’s and one of a trusted third party (Fola)',
      ],
    ]);
    expect(
      setUp({ type: 'RecoveryGroup', threshold: 2, participants: 3, holders: holders.slice(0, 1) })[1],
    ).toEqual(['How the Recovery Key is held', 'Self Recovery: Cobo’s share and two of your organisation’s']);
    expect(setUp({ type: 'SigningGroup', threshold: 2, participants: 2, holders: [] })[1]).toEqual([
      'Vault',
      'A standard MPC vault: Main and Signing Keys 2/2',
    ]);
    expect(
      setUp({ type: 'MainGroup', threshold: 2, participants: 3, holders: [], advanced: true })[1],
    ).toEqual(['Vault', 'An advanced MPC vault, as the officer said (Cobo activates one on request)']);
  });

  it('says only the facts of its own kind, and names nodes by the names on the record', () => {
    // A KeyGen carries no upgrade choice, new vault or design, whatever its selection holds.
    const keyGen = newCeremony({
      kind: 'KeyGen',
      outcome: 'success',
      createdGroupId: 'g-x',
      backups: { 'node-a': { name: 'Alice', at: '2026-01-02T00:00:00.000Z' } },
      custodianNames: { 'node-a': 'Alice' },
      selection: {
        mainGroupHandling: 'Invalidate',
        newVault: { name: 'Other' },
        design: { type: 'SigningGroup', threshold: 2, participants: 2, holders: [] },
      } as unknown as Ceremony['selection'],
    });
    expect(actedOn(keyGen, {}, EN)).toEqual([
      ['Backups of the new key shares', 'Alice (node-a), confirmed 2026-01-02T00:00:00.000Z'],
    ]);
    const fromKey = newCeremony({
      kind: 'KeyGenFromKeyGroup',
      custodianNames: { 'node-b': 'Bilal\u202e' },
      selection: { sourceGroupId: 'm', sourceNodeIds: ['node-b', 'node-c'] } as Ceremony['selection'],
    });
    expect(actedOn(fromKey, {}, EN)).toContainEqual([
      'Source TSS nodes that took part',
      expect.stringMatching(/^Bilal.+ \(node-b\), node-c$/),
    ]);
    expect(JSON.stringify(actedOn(fromKey, {}, EN))).not.toContain('\u202e');
  });

  it('says a key the officer named by its name beside its ID (issue #29, item 15)', () => {
    const c = newCeremony({
      kind: 'KeyGenFromKeyGroup',
      outcome: 'success',
      selection: { targetGroupId: 'g-sign', sourceGroupId: 'g-main' } as Ceremony['selection'],
    });
    const facts = actedOn(c, { 'g-sign': 'Payments', 'g-other': 'Unused' }, EN);
    expect(facts).toContainEqual(['Key that received key shares', '“Payments” g-sign']);
    expect(facts).toContainEqual(['Source: the Main Key', 'g-main']);
  });
});

describe('keys beside their IDs (issue #29, item 15)', () => {
  const names = { 'g-sign': 'Ops signing', 'g-old': 'First Main' };

  it('says each key’s type as the review found it, where the label does not, and the officer’s name', () => {
    const shares = newCeremony({
      kind: 'KeyGenFromKeyGroup',
      outcome: 'success',
      keyTypes: { 'g-sign': 'SigningGroup', 'g-main': 'MainGroup' },
      selection: { targetGroupId: 'g-sign', sourceGroupId: 'g-main', sourceNodeIds: [] } as never,
    });
    const facts = actedOn(shares, names, EN);
    expect(facts).toContainEqual(['Key that received key shares', 'Signing Key “Ops signing” g-sign']);
    // The label says it is the Main Key: not said twice.
    expect(facts).toContainEqual(['Source: the Main Key', 'g-main']);
    const deletion = newCeremony({
      kind: 'GroupRetirement',
      outcome: 'success',
      keyTypes: { 'g-rec': 'RecoveryGroup' },
      selection: { targetGroupId: 'g-rec', sourceNodeIds: [] } as never,
    });
    expect(actedOn(deletion, {}, EN)).toEqual([['Key deleted', 'Recovery Key g-rec']]);
    // A record from before the review kept types: the ID alone, as before.
    expect(actedOn({ ...deletion, keyTypes: {} }, {}, EN)).toEqual([['Key deleted', 'g-rec']]);
  });

  it('names the Main Key an upgrade or a Recovery replaced, by name and ID', () => {
    const upgrade = newCeremony({
      kind: 'GroupUpgrade',
      outcome: 'success',
      keyTypes: { 'g-sign': 'SigningGroup', 'g-old': 'MainGroup' },
      formerMainGroupId: 'g-old',
      selection: {
        targetGroupId: 'g-sign',
        mainGroupHandling: 'ConvertToSigningGroup',
        sourceNodeIds: [],
      } as never,
    });
    expect(actedOn(upgrade, names, EN)).toEqual([
      ['Signing Key upgraded to the Main Key', '“Ops signing” g-sign'],
      ['The Main Key before', 'Converted to a Signing Key (“First Main” g-old)'],
    ]);
    const recovery = newCeremony({
      kind: 'Recovery',
      outcome: 'success',
      formerMainGroupId: 'g-old',
      custodianNames: { 'node-a': 'Alice' },
      selection: { targetGroupId: 'g-new', lostNodeId: 'node-a', sourceNodeIds: [] } as never,
    });
    expect(actedOn(recovery, {}, EN)).toContainEqual([
      'Lost phone',
      'Alice (node-a); the Main Key it belonged to (g-old) is replaced by the new Main Key',
    ]);
  });
});
