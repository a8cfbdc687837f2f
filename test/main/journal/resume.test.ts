// @vitest-environment node
/**
 * Kill the app (SIGKILL) after every step of a ceremony, and in the middle of sending it: each time
 * it restarts, the ceremony goes on from where it stood, and no second TSS request is ever created.
 * The app here is the built browser host in its own process, driven over its HTTP contract.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readChain } from '../../../main/journal/chain';
import type { Ceremony, GroupView } from '../../../common/contract';
import { within } from '../../helpers/patience';

const HOST = path.resolve('out/main/browser-host.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-kill-'));
afterAll(() => {
  app?.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface App {
  child: ChildProcess;
  origin: string;
  session: string;
  control: { url: string; token: string };
}
let app: App | null = null;

async function launch(): Promise<App> {
  if (!existsSync(HOST))
    throw new Error('out/main/browser-host.js is missing: run "npm run build" first (npm test does)');
  const child = spawn(
    process.execPath,
    [HOST, '--data-dir', dataDir, '--sandbox-auto-approve-ms', '150', '--sandbox-step-ms', '150'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const started = await new Promise<{ url: string; control: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), within(15_000));
    child.stdout!.on('data', (c: Buffer) => {
      out += c;
      const url = /open (\S+)/.exec(out);
      const control = /offline sandbox control: (\S+) token (\S+)/.exec(out);
      if (url && control) {
        clearTimeout(timer);
        resolve({ url: url[1]!, control: control[1]!, token: control[2]! });
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c));
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  const entry = await fetch(started.url, { redirect: 'manual' });
  // The session the page would keep: handed over once in the page the link opens.
  const session = /<meta name="kc-session" content="([^"]+)">/.exec(await entry.text())?.[1] ?? '';
  return {
    child,
    origin: new URL(started.url).origin,
    session,
    control: { url: started.control, token: started.token },
  };
}

async function kill() {
  if (!app) return;
  const exited = new Promise((r) => app!.child.once('exit', r));
  app.child.kill('SIGKILL');
  await exited;
  app = await launch();
}

function call<T>(channel: string, input: unknown): Promise<T> {
  const a = app!;
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ input });
    const req = http.request(
      `${a.origin}/__kc/call/${channel}`,
      {
        method: 'POST',
        headers: { 'X-KC-Session': a.session, Origin: a.origin, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c));
        res.on('end', () => {
          const result = JSON.parse(text) as {
            ok: boolean;
            value: T;
            error: { code: string; message: string };
          };
          if (result.ok) resolve(result.value);
          else reject(Object.assign(new Error(result.error.message), { code: result.error.code }));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function requests(): Promise<Array<{ tss_request_id: string; target: string; status: string }>> {
  const res = await fetch(`${app!.control.url}/state`, {
    headers: { Authorization: `Bearer ${app!.control.token}` },
  });
  return (
    (await res.json()) as { requests: Array<{ tss_request_id: string; target: string; status: string }> }
  ).requests;
}

async function until(check: () => Promise<boolean>, what: string) {
  const end = Date.now() + within(20_000);
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs one ceremony with a SIGKILL after every step, and one during the send. Returns its id. */
async function ceremonyWithKills(
  kind: string,
  choose: (groups: GroupView[]) => Record<string, unknown>,
): Promise<Ceremony> {
  const profileId = (await call<{ profiles: Array<{ id: string }> }>('profiles.list', {})).profiles[0]!.id;
  const vaultId = (await call<{ vaults: Array<{ vault_id: string }> }>('cobo.vaults', { profileId }))
    .vaults[0]!.vault_id;
  let c = await call<Ceremony>('ceremony.start', { kind, profileId });
  const id = c.id;
  const steps: Array<() => Promise<unknown>> = [
    () => call('ceremony.select', { id, selection: { vaultId } }),
    async () =>
      call('ceremony.select', {
        id,
        selection: choose(
          (await call<{ groups: GroupView[] }>('cobo.groups', { profileId, vaultId })).groups,
        ),
      }),
    () => call('ceremony.tick', { id, item: 'workstation_prepared' }),
    () => call('ceremony.tick', { id, item: 'custodians_identified' }),
    () => call('ceremony.tick', { id, item: 'witnesses_present' }),
    () => call('ceremony.setWitnesses', { id, witnesses: ['Wendy'] }),
    async () => {
      const { groups, nodes } = await call<{ groups: GroupView[]; nodes: GroupView['holders'] }>(
        'cobo.groups',
        { profileId, vaultId },
      );
      const nodesById = new Map(nodes.map((n) => [n.tss_node_id, n]));
      const current = await call<Ceremony>('ceremony.get', { id });
      const target = groups.find((g) => g.key_share_holder_group_id === current.selection.targetGroupId) ?? {
        holders: [],
      };
      // A holder entered by TSS node ID may be in no list yet: it is checked in under the name entered.
      const designed = (current.selection.design?.holders ?? []).map(
        (h) =>
          groups.flatMap((g) => g.holders).find((x) => x.tss_node_id === h.tss_node_id) ??
          nodesById.get(h.tss_node_id) ?? {
            tss_node_id: h.tss_node_id,
            name: h.name ?? h.tss_node_id,
            type: h.type ?? 'Mobile',
          },
      );
      const people = new Map(
        [
          ...target.holders,
          ...designed,
          ...groups
            .flatMap((g) => g.holders)
            .filter((h) => current.selection.sourceNodeIds.includes(h.tss_node_id)),
        ]
          .filter((h) => h.type !== 'Cobo')
          .map((h) => [h.tss_node_id, h.name]),
      );
      for (const [tssNodeId, name] of people) await call('ceremony.checkIn', { id, tssNodeId, name });
    },
    () => call('ceremony.preflight', { id }),
    () => call('ceremony.review', { id }),
  ];
  for (const step of steps) {
    await step();
    await kill(); // the app dies right after each step completed
    c = await call<Ceremony>('ceremony.get', { id });
    expect(c.phase).toBe('preparing');
  }
  // Kill while the request is being sent: the answer may or may not have come back.
  const sending = call('ceremony.submit', { id }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 5 + Math.random() * 40));
  await kill();
  await sending;
  c = await call<Ceremony>('ceremony.get', { id });
  if (c.phase === 'preparing') c = await call<Ceremony>('ceremony.submit', { id }); // it never left: send now
  await until(
    async () =>
      ['tracking', 'finished', 'undecided'].includes((await call<Ceremony>('ceremony.get', { id })).phase),
    'a decision',
  );
  c = await call<Ceremony>('ceremony.get', { id });
  if (c.phase === 'undecided') return c; // intent without a request: the officer is asked; nothing was resent
  await kill(); // and once more while it is being followed
  await until(
    async () => (await call<Ceremony>('ceremony.get', { id })).phase === 'finished',
    'the end of the request',
  );
  return call<Ceremony>('ceremony.get', { id });
}

function journalOf(id: string) {
  const text = readFileSync(path.join(dataDir, 'ceremonies', `${id}.journal.jsonl`), 'utf8');
  return readChain(text);
}

const mainGroup = (groups: GroupView[]) =>
  groups.find((g) => g.type === 'MainGroup' && g.status !== 'Unavailable')!;
const fromMain = (type: string) => (groups: GroupView[]) => {
  const main = mainGroup(groups);
  return {
    targetGroupId: groups.find((g) => g.type === type && g.status === 'New')!.key_share_holder_group_id,
    sourceGroupId: main.key_share_holder_group_id,
    sourceNodeIds: main.holders.slice(0, 2).map((h) => h.tss_node_id),
  };
};

/** Runs a ceremony with kills; if the send was cut before it left, the officer abandons it and starts again. */
async function completeWithKills(kind: string, choose: (groups: GroupView[]) => Record<string, unknown>) {
  // A working app for every test, even when an earlier one failed while the app was down.
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) app = await launch();
  let ceremony = await ceremonyWithKills(kind, choose);
  for (let attempt = 0; ceremony.phase === 'undecided' && attempt < 3; attempt++) {
    expect(ceremony.tssRequestId).toBeNull();
    expect(ceremony.createdGroupId).toBeNull();
    await call('ceremony.abandon', { id: ceremony.id });
    ceremony = await ceremonyWithKills(kind, choose);
  }
  expect(ceremony).toMatchObject({ phase: 'finished', outcome: 'success' });
  // Every ceremony journal on disk is intact and names at most one TSS request.
  for (const file of readdirSync(path.join(dataDir, 'ceremonies')).filter((f) =>
    f.endsWith('.journal.jsonl'),
  )) {
    const reading = journalOf(file.replace('.journal.jsonl', ''));
    expect(reading.problem).toBeNull();
    const ids = new Set(
      reading.entries
        .filter((e) => e.kind === 'response_received' && e.data.tss_request_id)
        .map((e) => e.data.tss_request_id),
    );
    expect(ids.size).toBeLessThanOrEqual(1);
  }
  return ceremony;
}

async function expectOneRequest(ceremony: Ceremony) {
  const forTarget = (await requests()).filter((r) => r.target === ceremony.selection.targetGroupId);
  expect(forTarget.map((r) => r.tss_request_id)).toEqual([ceremony.tssRequestId]);
  expect(forTarget[0]!.status).toBe('Success');
}

describe('resume after SIGKILL at every step, for every kind of ceremony', () => {
  it('KeyGen continues correctly and creates exactly one TSS request', async () => {
    await expectOneRequest(
      await completeWithKills('KeyGen', (groups) => ({
        targetGroupId: mainGroup(groups).key_share_holder_group_id,
      })),
    );
  });

  it.each(['SigningGroup', 'RecoveryGroup'])('KeyGenFromKeyGroup into the %s does too', async (type) => {
    await expectOneRequest(await completeWithKills('KeyGenFromKeyGroup', fromMain(type)));
  });

  let lostNode = '';
  it('a group set-up creates its group exactly once', async () => {
    const { groups, nodes } = await call<{ groups: GroupView[]; nodes: GroupView['holders'] }>(
      'cobo.groups',
      {
        profileId: (await call<{ profiles: Array<{ id: string }> }>('profiles.list', {})).profiles[0]!.id,
        vaultId: (
          await call<{ vaults: Array<{ vault_id: string }> }>('cobo.vaults', {
            profileId: (await call<{ profiles: Array<{ id: string }> }>('profiles.list', {})).profiles[0]!.id,
          })
        ).vaults[0]!.vault_id,
      },
    );
    const main = mainGroup(groups);
    const victim = main.holders.find((h) => h.type === 'Mobile')!;
    lostNode = victim.tss_node_id;
    const lost = await fetch(`${app!.control.url}/holders/${victim.tss_node_id}/lose-phone`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${app!.control.token}` },
    });
    const replacement = ((await lost.json()) as { replacement: { tss_node_id: string } }).replacement
      .tss_node_id;
    expect(nodes.length).toBeGreaterThan(0);
    // The new Main Key of a standard vault: Cobo plus the lost phone's replacement, 2/2. The new phone
    // is in no group yet, so Cobo does not list it: it is entered by its TSS node ID, with the
    // custodian's name and the kind of holder.
    const design = {
      type: 'MainGroup',
      threshold: 2,
      participants: 2,
      holders: [{ tss_node_id: replacement, name: victim.name, type: 'Mobile' as const, signer: true }],
    };
    const ceremony = await completeWithKills('GroupSetup', () => ({ design }));
    const after = await call<{ groups: GroupView[] }>('cobo.groups', {
      profileId: ceremony.profileId,
      vaultId: ceremony.selection.vaultId,
    });
    const created = after.groups.filter((g) => g.type === 'MainGroup' && g.status === 'New');
    expect(created.map((g) => g.key_share_holder_group_id)).toEqual([ceremony.createdGroupId]);
  });

  it('Recovery after the lost phone does too, and the root keys stay the same', async () => {
    const before = (
      await call<{ vaults: Array<{ root_pubkeys: unknown[] }> }>('cobo.vaults', {
        profileId: (await call<{ profiles: Array<{ id: string }> }>('profiles.list', {})).profiles[0]!.id,
      })
    ).vaults[0]!.root_pubkeys;
    const ceremony = await completeWithKills('Recovery', (groups) => {
      const recovery = groups.find((g) => g.type === 'RecoveryGroup' && g.status === 'Valid')!;
      return {
        lostNodeId: lostNode,
        targetGroupId: groups.find((g) => g.type === 'MainGroup' && g.status === 'New')!
          .key_share_holder_group_id,
        sourceGroupId: recovery.key_share_holder_group_id,
        sourceNodeIds: recovery.holders.slice(0, 2).map((h) => h.tss_node_id),
      };
    });
    await expectOneRequest(ceremony);
    expect(ceremony.rootKeysUnchanged).toBe(true);
    expect(ceremony.rootKeysAfter).toEqual(before);
  });
});
