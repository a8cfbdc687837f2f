// @vitest-environment node
/**
 * After a lost answer, what each protocol takes as proof that Cobo acted (issue #27, items 4, 5 and 6):
 * only what Cobo reports now, never a look that failed or a record from before the send.
 */
import { describe, expect, it } from 'vitest';
import { said } from '../../../common/i18n/translate';
import { CoboApiError } from '../../../main/cobo/errors';
import type { CoboClient } from '../../../main/cobo/client';
import type { JournalEntry } from '../../../main/journal/chain';
import { groupRetirement } from '../../../main/ceremony/protocols/group-retirement';
import { groupUpgrade } from '../../../main/ceremony/protocols/group-upgrade';
import { vaultCreation } from '../../../main/ceremony/protocols/vault-creation';
import { newCeremony } from '../../fixtures/ceremony';
import { within } from '../../helpers/patience';

const client = (methods: Partial<Record<keyof CoboClient, unknown>>) => methods as unknown as CoboClient;
const state = newCeremony({
  kind: 'KeyGen',
  selection: {
    ...newCeremony({ kind: 'KeyGen' }).selection,
    vaultId: 'v',
    targetGroupId: 'g',
    newVault: { name: 'Treasury' },
  },
});
const coboError = (coboCode: number, kind: 'not_found' | 'server') =>
  new CoboApiError('cobo.x', said('errorsMore.cobo.badIdHint'), said('errorsMore.cobo.bugHint'), {
    kind,
    coboCode,
    retryable: false,
  } as never);

describe('an upgrade whose answer was lost', () => {
  it('counts as done only when Cobo reports the group as the Main Group', async () => {
    const answering = (type: string) =>
      client({ getKeyShareHolderGroup: async () => ({ key_share_holder_group_id: 'g', type }) });
    expect(await groupUpgrade.find(state, undefined, answering('SigningGroup'))).toBeNull();
    expect((await groupUpgrade.find(state, undefined, answering('MainGroup')))?.journal).toMatchObject({
      reconciled: true,
      key_share_holder_group_id: 'g',
    });
  });
});

describe('a deletion whose answer was lost', () => {
  it('counts the group as gone only when Cobo says it has no such group, never when the look fails', async () => {
    const failing = (error: unknown) =>
      client({
        getKeyShareHolderGroup: async () => {
          throw error;
        },
      });
    await expect(
      groupRetirement.find(state, undefined, failing(coboError(2000, 'server'))),
    ).rejects.toThrow();
    await expect(
      groupRetirement.find(state, undefined, failing(new Error('socket hang up'))),
    ).rejects.toThrow();
    expect(
      (await groupRetirement.find(state, undefined, failing(coboError(2028, 'not_found'))))?.journal,
    ).toMatchObject({ reconciled: true, gone: true });
    const still = client({ getKeyShareHolderGroup: async () => ({ key_share_holder_group_id: 'g' }) });
    expect(await groupRetirement.find(state, undefined, still)).toBeNull();
  });
});

describe('a vault creation whose answer was lost', () => {
  it('adopts only a vault of that name made after the send, never one listed before it', async () => {
    const vault = (vault_id: string) => ({ vault_id, name: 'Treasury', vault_type: 'Org-Controlled' });
    const listing = (...ids: string[]) => client({ listAllMpcVaults: async () => ids.map(vault) });
    // What was journalled with the intent, as the protocol records it before the send.
    const before = vaultCreation.before(await vaultCreation.load(state, listing('old')));
    expect(before).toEqual({ vaults_before: ['old'] });
    const intent = { data: before } as unknown as JournalEntry;
    expect(await vaultCreation.find(state, intent, listing('old'))).toBeNull();
    expect((await vaultCreation.find(state, intent, listing('old', 'new')))?.journal).toMatchObject({
      reconciled: true,
      vault_id: 'new',
    });
  });
});

describe('a deletion’s answer', () => {
  const notFound = () => coboError(2028, 'not_found');
  it('refuses a deletion Cobo did not accept, and waits for Cobo to drop the group it did', async () => {
    const refused = client({ deleteKeyShareHolderGroup: async () => ({ submitted: false }) });
    await expect(groupRetirement.send(refused, state, {})).rejects.toMatchObject({
      code: 'ceremony.retirement_refused',
    });
    let looks = 0;
    const dropsOnThirdLook = client({
      deleteKeyShareHolderGroup: async () => ({ submitted: true }),
      getKeyShareHolderGroup: async () => {
        if (++looks >= 3) throw notFound();
        return { key_share_holder_group_id: 'g' };
      },
    });
    const outcome = await groupRetirement.send(dropsOnThirdLook, state, {});
    expect(outcome).toMatchObject({ journal: { submitted: true, gone: true }, finishes: true });
    expect(looks).toBe(3);
  });

  it(
    'accepted but still listed after every look: undecided, with what to do, never counted as gone',
    async () => {
      let looks = 0;
      const stillThere = client({
        deleteKeyShareHolderGroup: async () => ({ submitted: true }),
        getKeyShareHolderGroup: async () => {
          looks++;
          return { key_share_holder_group_id: 'g' };
        },
      });
      const outcome = await groupRetirement.send(stillThere, state, {});
      expect(looks).toBe(5);
      expect(outcome.journal).toEqual({ submitted: true, gone: false });
      expect(outcome.finishes).toBeFalsy();
      const after = newCeremony({ kind: 'GroupRetirement', phase: 'tracking' });
      outcome.apply(after);
      expect(after).toMatchObject({
        phase: 'undecided',
        lastError: {
          code: 'ceremony.retirement_pending',
          message: 'Cobo accepted the deletion but still lists the group.',
        },
      });
    },
    within(10_000),
  );
});
