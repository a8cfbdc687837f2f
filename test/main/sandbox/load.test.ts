// @vitest-environment node
/**
 * A bounded load test on loopback: 2,000 signed requests from 50 concurrent clients, zero errors; and
 * 50 clients racing to create the same TSS request: exactly one is created, none lost or doubled.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { createCoboClient } from '../../../main/cobo/client';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';
import { sandboxFor, type SandboxContext } from './helpers';

let ctx: SandboxContext;
let vaultId: string;
beforeEach(
  once(async () => {
    ctx = await sandboxFor({ settings: { manualApproval: true } });
    vaultId = (await ctx.client.listAllMpcVaults('Org-Controlled'))[0]!.vault_id;
  }),
);
afterAll(() => ctx?.cleanup());

describe('sandbox under load', () => {
  it('serves 2,000 signed reads from 50 concurrent clients without an error', async () => {
    const clients = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const keys = generateKeyPair();
        await ctx.sandbox.engine.registerApiKey(keys.apiKey);
        return createCoboClient({
          baseUrl: ctx.sandbox.baseUrl,
          sign: (p) => signRequest({ secretHex: keys.secretHex, ...p }),
          retry: { maxAttempts: 1 },
        });
      }),
    );
    const errors: unknown[] = [];
    let ok = 0;
    await Promise.all(
      clients.map(async (client) => {
        for (let i = 0; i < 40; i++) {
          try {
            const v = await client.getMpcVault(vaultId);
            if (v.vault_id === vaultId) ok++;
          } catch (error) {
            errors.push(error);
          }
        }
      }),
    );
    expect(errors).toEqual([]);
    expect(ok).toBe(2_000);
  });

  it('creates a contested TSS request exactly once', async () => {
    const main = (await ctx.client.listAllKeyShareHolderGroups(vaultId, 'MainGroup'))[0]!;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        ctx.client.createTssRequest(vaultId, {
          type: 'KeyGen',
          target_key_share_holder_group_id: main.key_share_holder_group_id,
        }),
      ),
    );
    const created = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    expect(created).toHaveLength(1);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'cobo.invalid_state' });
    const listed = await ctx.client.listAllTssRequests(vaultId, main.key_share_holder_group_id);
    expect(listed.map((r) => r.tss_request_id)).toEqual([
      (created[0] as PromiseFulfilledResult<{ tss_request_id: string }>).value.tss_request_id,
    ]);
  });
});
