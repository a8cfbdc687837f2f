import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { CeremonyService } from '../../../main/ceremony/service';
import { setLogSink } from '../../../main/log';
import { startRuntime, type Runtime, type ServiceOptions } from '../../../main/runtime';
import type { Ceremony, CeremonyKind, GroupView } from '../../../common/contract';
import { capped, within } from '../../helpers/patience';

export interface Rig {
  runtime: Runtime;
  dataDir: string;
  profileId: string;
  vaultId: string;
  groups(): Promise<GroupView[]>;
  group(type: string): Promise<GroupView>;
  /** Prepares a ceremony up to (not including) submission, as an officer would. */
  prepare(
    kind: CeremonyKind,
    selection: Partial<Ceremony['selection']>,
    service?: CeremonyService,
  ): Promise<Ceremony>;
  waitFor(check: () => boolean | Promise<boolean>, what: string, idleMs?: number): Promise<void>;
  /** A KeyGen run to its end, its root keys compared and the ceremony closed; its id. */
  closedKeyGen(): Promise<string>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A real runtime (keychain, embedded sandbox with fast holders, ceremony service) in a fresh folder. */
export async function rig(
  extra: Partial<ServiceOptions> = {},
  beforeUse?: (runtime: Runtime) => Promise<void>,
): Promise<Rig> {
  setLogSink(() => {});
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-ceremony-'));
  const options: ServiceOptions = {
    frontEnd: 'browser',
    dataDir,
    sandboxSettings: { autoApproveMs: 10, stepMs: 10 },
    ceremony: {
      polling: { fastMs: 20, slowMs: 200, backoff: 1.6, patience: 50, perMinute: 10_000 },
      reconcileAttempts: 2,
      reconcileDelayMs: 20,
      historyDelayMs: 0,
    },
    ...extra,
  };
  // Every ceremony loaded, as after the background pass start-up leaves (record-memo.ts).
  const started = async () => {
    const runtime = await startRuntime(options);
    await runtime.services.ceremonies.settled();
    return runtime;
  };
  let runtime = await started();
  await beforeUse?.(runtime);
  const profileId = (await runtime.services.profiles.list()).profiles[0]!.id;
  const client = await runtime.services.profiles.clientFor(profileId);
  // A fresh organisation may have no vault yet.
  const vaultId = (await client.listAllMpcVaults('Org-Controlled'))[0]?.vault_id ?? '';
  const r: Rig = {
    get runtime() {
      return runtime;
    },
    dataDir,
    profileId,
    vaultId,
    async groups() {
      const c = await runtime.services.profiles.clientFor(profileId);
      const { loadGroups } = await import('../../../main/ceremony/cobo-views');
      return (await loadGroups(c, vaultId)).groups;
    },
    async group(type) {
      return (await r.groups()).find((g) => g.type === type && g.status !== 'Unavailable')!;
    },
    async prepare(kind, selection, service) {
      const c = service ?? runtime.services.ceremonies;
      let ceremony = await c.start(kind, profileId);
      ceremony = await c.select(ceremony.id, { vaultId });
      ceremony = await c.select(ceremony.id, selection);
      for (const item of ['workstation_prepared', 'custodians_identified', 'witnesses_present'] as const)
        await c.tick(ceremony.id, item);
      await c.setWitnesses(ceremony.id, ['Wendy Witness']);
      const groups = await r.groups();
      const target = groups.find((g) => g.key_share_holder_group_id === selection.targetGroupId);
      const ids = new Set([
        ...(target?.holders ?? []).map((h) => h.tss_node_id),
        ...(selection.sourceNodeIds ?? []),
        ...(selection.design?.holders ?? []).map((h) => h.tss_node_id),
      ]);
      // Cobo's own node needs no check-in: only custodians do.
      const cobo = new Set(
        groups
          .flatMap((g) => g.holders)
          .filter((h) => h.type === 'Cobo')
          .map((h) => h.tss_node_id),
      );
      for (const id of ids) if (!cobo.has(id)) await c.checkIn(ceremony.id, id, `holder ${id.slice(0, 8)}`);
      ceremony = await c.preflight(ceremony.id);
      if (!ceremony.preflight?.ok) throw new Error(`preflight failed: ${JSON.stringify(ceremony.preflight)}`);
      return c.review(ceremony.id);
    },
    async waitFor(check, what, idleMs) {
      const until = Date.now() + (idleMs === undefined ? capped(within(8_000)) : within(idleMs));
      while (!(await check())) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((res) => setTimeout(res, 10));
      }
    },
    async closedKeyGen() {
      const c = runtime.services.ceremonies;
      const main = await r.group('MainGroup');
      const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
      await c.submit(prepared.id, undefined);
      await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen');
      await c.recordComparison(prepared.id);
      await c.close(prepared.id);
      return prepared.id;
    },
    async restart() {
      await runtime.close();
      runtime = await started();
    },
    async close() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return r;
}

/** A fresh rig per call, each closed after its test: `const setup = useRigs();` then `await setup()`. */
export function useRigs() {
  const open: Rig[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.close()));
  });
  return async (...args: Parameters<typeof rig>): Promise<Rig> => {
    const r = await rig(...args);
    open.push(r);
    return r;
  };
}

/** A Recovery started on the rig's vault, with its Main Key and the first of that group's phones. */
export async function recoveryOnVault(r: Rig) {
  const c = r.runtime.services.ceremonies;
  const main = await r.group('MainGroup');
  const phone = main.holders.find((h) => h.type === 'Mobile')!;
  const ceremony = await c.start('Recovery', r.profileId);
  await c.select(ceremony.id, { vaultId: r.vaultId });
  return { c, main, phone, ceremony };
}

/** Prepares, sends and follows a ceremony of this kind to its end on the rig; the finished ceremony. */
export async function runToEnd(r: Rig, kind: Ceremony['kind'], selection: Partial<Ceremony['selection']>) {
  const c = r.runtime.services.ceremonies;
  const prepared = await r.prepare(kind, selection);
  await c.submit(prepared.id, undefined);
  await r.waitFor(() => c.get(prepared.id).phase === 'finished', `${kind} to finish`);
  return c.get(prepared.id);
}

/** KeyGen on the rig's vault, then key shares for its Recovery Key from two of the Main Key's holders. */
export async function keyedRecoveryKey(r: Rig) {
  const main = await r.group('MainGroup');
  const keyGen = await runToEnd(r, 'KeyGen', { targetGroupId: main.key_share_holder_group_id });
  const keyed = await r.group('MainGroup');
  const recovery = await r.group('RecoveryGroup');
  await runToEnd(r, 'KeyGenFromKeyGroup', {
    targetGroupId: recovery.key_share_holder_group_id,
    sourceGroupId: keyed.key_share_holder_group_id,
    sourceNodeIds: keyed.holders.slice(0, 2).map((h) => h.tss_node_id),
  });
  return { keyGen, keyed, recovery: await r.group('RecoveryGroup') };
}
