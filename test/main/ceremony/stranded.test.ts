// @vitest-environment node
/**
 * A ceremony whose request is under way but which can no longer be followed from here — its profile's
 * API secret gone from the keychain, or the transcript key that signs its record replaced — says the
 * real cause and is closed on the record as "abandoned, request left pending". Any other submitted
 * ceremony is still followed to its end, not abandoned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceConfirmation } from '../../../common/fingerprint';
import { BROWSER_HOST_KEYCHAIN_SERVICE, createSecretStore } from '../../../main/keychain/secret-store';
import { installationAccount } from '../../../main/journal/installation-key';
import { useRigs, type Rig } from './helpers';

const setup = useRigs();
/** A rig whose simulated phones wait to be played, so a request stays under way. */
const withPhonesWaiting = () =>
  setup({ sandboxSettings: { autoApproveMs: 10, stepMs: 10, manualApproval: true } });

/** A KeyGen sent and waiting for its holders (the simulated phones wait to be played). */
async function waiting(r: Rig) {
  const c = r.runtime.services.ceremonies;
  const main = await r.group('MainGroup');
  const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
  await c.submit(prepared.id, undefined);
  await r.waitFor(() => c.get(prepared.id).statuses.length > 0, 'the first status');
  return prepared.id;
}

const closure = (r: Rig, id: string) =>
  readFileSync(`${r.dataDir}/ceremonies/${id}.journal.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { kind: string; data: Record<string, unknown> });

describe('a ceremony that can no longer be followed', () => {
  it('is still followed to its end while nothing is wrong: no abandoning a request under way', async () => {
    const r = await withPhonesWaiting();
    const id = await waiting(r);
    await expect(r.runtime.services.ceremonies.abandon(id)).rejects.toMatchObject({
      code: 'ceremony.not_abandonable',
    });
  });

  it('after its API secret left the keychain: says so, not "locked", and is abandoned with its request left pending', async () => {
    const r = await withPhonesWaiting();
    const c = r.runtime.services.ceremonies;
    const id = await waiting(r);
    await createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE).delete(`profile:${r.profileId}`);
    await r.waitFor(() => c.get(id).lastError?.code === 'profile.secret_missing', 'the failed look');
    expect(c.get(id).lastError?.message).toMatch(/is not in the system keychain: the keychain answered/);
    expect(c.get(id).lastError?.hint).not.toMatch(/unlock/i);
    const abandoned = await c.abandon(id);
    expect(abandoned).toMatchObject({ phase: 'abandoned', outcome: 'abandoned', lastError: null });
    expect(closure(r, id).at(-1)).toMatchObject({
      kind: 'closure',
      data: {
        outcome: 'abandoned',
        request_left: 'pending',
        why: expect.stringMatching(/^the API secret of the profile “.*” is no longer in the keychain$/),
      },
    });
    await r.restart();
    expect(r.runtime.services.ceremonies.get(id).phase).toBe('abandoned');
    expect(r.runtime.services.ceremonies.damaged()).toEqual([]);
  });

  it('after its transcript key was replaced: abandoned under the new key, the change on the record, and it reloads', async () => {
    const r = await withPhonesWaiting();
    const c = r.runtime.services.ceremonies;
    const id = await waiting(r);
    const { installation, records } = r.runtime.services;
    const before = await installation.publicInfo();
    const replaced = await records.replaceInstallationKey({
      reason: 'compromised',
      confirm: replaceConfirmation(before.fingerprint),
    });
    expect(replaced).toMatchObject({ attested: true, openCeremonies: 1 });
    await c.abandon(id);
    const kinds = closure(r, id).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['key_replaced', 'closure']);
    expect(closure(r, id).at(-1)?.data).toMatchObject({
      request_left: 'pending',
      why: 'the transcript key that signs its record was replaced',
    });
    await r.restart();
    expect(r.runtime.services.ceremonies.get(id).phase).toBe('abandoned');
    expect(r.runtime.services.ceremonies.damaged()).toEqual([]);
  });

  it('is not called "replaced" when the transcript key is merely missing: nothing untrue goes on the record', async () => {
    const r = await withPhonesWaiting();
    const c = r.runtime.services.ceremonies;
    const id = await waiting(r);
    await createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE).delete(installationAccount(r.dataDir));
    await expect(c.abandon(id)).rejects.toMatchObject({ code: 'ceremony.not_abandonable' });
    expect(c.get(id).phase).toBe('tracking');
    expect(closure(r, id).map((e) => e.kind)).not.toContain('closure');
  });
});
