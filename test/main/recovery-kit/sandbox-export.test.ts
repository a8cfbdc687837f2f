// @vitest-environment node
/**
 * The sandbox's holders export recovery files as Cobo's side writes them (issue #30, item 1): after a
 * KeyGen and a reshare, a threshold of one key's holders' files prove, with their passwords, the
 * vault's root keys as Cobo reports them — both curves — and the files carry no share in the clear.
 */
import { describe, expect, it } from 'vitest';
import { checkKit } from '../../../main/recovery-kit/kit-check';
import { keyedRecoveryKey, useRigs } from '../ceremony/helpers';

const setup = useRigs();

describe('recovery files from the sandbox', () => {
  it('prove the vault’s recorded root keys from a threshold of the Recovery Key’s holders, on both curves', async () => {
    const r = await setup();
    const { keyGen, recovery } = await keyedRecoveryKey(r);
    const engine = r.runtime.services.sandbox!.engine;
    const holders = recovery.holders.filter((h) => h.type !== 'Cobo').slice(0, 2);
    const files = holders.map((h, i) => {
      const file = engine.exportRecoveryFile(h.tss_node_id, `drill password ${i}`, i === 0 ? 2 : 3);
      expect(file.fileName).toBe(`recovery-secrets-cobo-${h.tss_node_id}.json`);
      return { name: file.fileName, text: file.content, groups: file.groups };
    });
    // One TSS group per curve, the same ones in each holder's file.
    expect(files[0]!.groups).toHaveLength(2);
    expect(files[1]!.groups).toEqual(files[0]!.groups);
    const passwords = Object.fromEntries(files.map((f, i) => [f.name, `drill password ${i}`]));
    for (const [i, curve] of ['SECP256K1', 'ED25519'].entries()) {
      const recorded = keyGen.rootKeysAfter!.find((k) => k.curve === curve)!.root_pubkey;
      const verdict = await checkKit(files, {
        groupId: files[0]!.groups[i]!,
        expectedRoot: recorded,
        password: async (name) => passwords[name]!,
      });
      expect(verdict, curve).toMatchObject({ outcome: 'proven', proven: 2, threshold: recovery.threshold });
      // Without the group's ID, the expected root picks the file's group of that curve.
      const picked = await checkKit(files, {
        expectedRoot: recorded,
        password: async (name) => passwords[name]!,
      });
      expect(picked, curve).toMatchObject({ outcome: 'proven', groupId: files[0]!.groups[i] });
    }
    // Neither an ID nor a root: a file of two groups cannot say which key is meant.
    const unnamed = await checkKit(files, { expectedRoot: null, password: async (name) => passwords[name]! });
    expect(unnamed.files[0]!.failed!.message).toMatch(/holds 2 recovery groups .* name the key's group ID/);
    // A file never holds a share in the clear: the sandbox's shares are not in it.
    const state = JSON.stringify(engine.state.groups.flatMap((g) => Object.values(g.keys ?? {})));
    for (const share of state.match(/[0-9a-f]{64}/g) ?? []) expect(files[0]!.text).not.toContain(share);
  });

  it('refuses a holder with no key share yet, in words', async () => {
    const r = await setup();
    const main = await r.group('MainGroup');
    const holder = main.holders.find((h) => h.type !== 'Cobo')!;
    expect(() =>
      r.runtime.services.sandbox!.engine.exportRecoveryFile(holder.tss_node_id, 'password 1', 3),
    ).toThrow(/holds no key share yet: there is nothing to export/);
  });
});
