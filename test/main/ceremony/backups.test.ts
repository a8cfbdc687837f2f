// @vitest-environment node
/**
 * Backups after every key generation (Cobo's manual): the officer confirms each holder's backup of
 * the new key share once the ceremony has succeeded, each confirmation on the record, once.
 */
import { describe, expect, it } from 'vitest';
import { useRigs } from './helpers';

const setup = useRigs();

describe('confirming backups', () => {
  it('records each holder’s backup once, after a KeyGen that succeeded, and before the ceremony closes', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const alice = main.holders.find((h) => h.type === 'Mobile')!;
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    // Nothing to back up before the key exists.
    await expect(c.confirmBackup(prepared.id, alice.tss_node_id, alice.name)).rejects.toMatchObject({
      code: 'ceremony.not_finished',
    });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen');
    // Only a custodian checked in for the ceremony: not Cobo's node, not a made-up one.
    const cobo = main.holders.find((h) => h.type === 'Cobo')!;
    for (const node of [cobo.tss_node_id, 'coboNotACustodianOfThisCeremony'])
      await expect(c.confirmBackup(prepared.id, node, 'Mallory')).rejects.toMatchObject({
        code: 'ceremony.not_a_custodian',
      });
    // The name on the record is the one confirmed at check-in, whatever the page sends.
    const checkedIn = c.get(prepared.id).custodianNames[alice.tss_node_id]!;
    const confirmed = await c.confirmBackup(prepared.id, alice.tss_node_id, 'Someone Else');
    expect(confirmed.backups[alice.tss_node_id]).toMatchObject({ name: checkedIn });
    const entries = () => c.journal(prepared.id).filter((e) => e.kind === 'backup_confirmed');
    expect(entries()).toMatchObject([
      {
        data: {
          tss_node_id: alice.tss_node_id,
          name: checkedIn,
          at: confirmed.backups[alice.tss_node_id]!.at,
        },
      },
    ]);
    // Confirmed twice: still one entry, the first time kept.
    await c.confirmBackup(prepared.id, alice.tss_node_id, alice.name);
    expect(entries()).toHaveLength(1);
    await c.recordComparison(prepared.id);
    await c.close(prepared.id);
    await expect(c.confirmBackup(prepared.id, alice.tss_node_id, alice.name)).rejects.toMatchObject({
      code: 'ceremony.not_finished',
    });
  });

  it('asks for none after a ceremony that made no key shares', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const engine = r.runtime.services.sandbox!.engine;
    const emeka = engine.state.nodes.find((n) => n.name === 'Emeka Nwosu')!;
    const prepared = await r.prepare('GroupSetup', {
      design: {
        type: 'SigningGroup',
        threshold: 2,
        participants: 2,
        holders: [{ tss_node_id: emeka.tss_node_id, name: emeka.name, type: 'Mobile', signer: true }],
      },
    });
    const done = await c.submit(prepared.id, undefined);
    expect(done.phase).toBe('finished');
    await expect(c.confirmBackup(prepared.id, emeka.tss_node_id, emeka.name)).rejects.toMatchObject({
      code: 'ceremony.no_backups',
      message: 'This ceremony made no new key shares, so there is no backup to confirm.',
    });
    expect(c.journal(prepared.id).some((e) => e.kind === 'backup_confirmed')).toBe(false);
  });
});
