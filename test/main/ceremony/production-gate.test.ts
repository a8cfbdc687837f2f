// @vitest-environment node
/**
 * The Production send gate in main: the page's check is a courtesy, this one decides. The ceremony
 * runs on a profile that main takes for Production, against the embedded sandbox, so a request that
 * passes the gate really leaves and can be counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { createCeremonyService, type CeremonyService } from '../../../main/ceremony/service';
import { createEventHub } from '../../../main/ipc/event-hub';
import type { ProfileService } from '../../../main/profiles/service';
import { rig, type Rig } from './helpers';

let r: Rig;
let c: CeremonyService;
let dataDir: string;
beforeEach(
  once(async () => {
    r = await rig();
    const real = r.runtime.services.profiles;
    const profiles: ProfileService = {
      ...real,
      get: async (id) => ({ ...(await real.get(id)), environment: 'production' }),
    };
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-production-'));
    c = createCeremonyService({
      dataDir,
      profiles,
      events: createEventHub(),
      keys: r.runtime.services.installation,
      polling: { fastMs: 20, slowMs: 200, backoff: 1.6, patience: 50, perMinute: 10_000 },
    });
    await c.init();
  }),
);
afterAll(async () => {
  c?.stop();
  await r?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const requests = async (groupId: string) =>
  (await r.runtime.services.profiles.clientFor(r.profileId)).listAllTssRequests(r.vaultId, groupId);

describe('the Production send gate', () => {
  it('refuses no name and a wrong name, sending nothing, and sends with the right name (padding trimmed)', async () => {
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id }, c);
    expect(prepared).toMatchObject({ environment: 'production', vaultName: 'Rehearsal Treasury' });
    for (const typed of [undefined, '', 'Rehearsal Treasur', 'rehearsal treasury', 'Rehearsal  Treasury']) {
      await expect(c.submit(prepared.id, typed)).rejects.toMatchObject({
        code: 'ceremony.confirmation_mismatch',
        hint: expect.stringContaining('Type “Rehearsal Treasury”'),
      });
      expect(c.get(prepared.id)).toMatchObject({ phase: 'preparing', reviewedAt: prepared.reviewedAt });
    }
    expect(c.journal(prepared.id).some((e) => e.kind === 'request_intent')).toBe(false);
    expect(await requests(main.key_share_holder_group_id)).toHaveLength(0);

    const sent = await c.submit(prepared.id, '  Rehearsal Treasury \t');
    expect(sent.phase).toBe('tracking');
    expect((await requests(main.key_share_holder_group_id)).map((x) => x.tss_request_id)).toEqual([
      sent.tssRequestId,
    ]);
  });
});
