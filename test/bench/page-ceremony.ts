/**
 * Prepares ceremonies through the page's own bridge (window.keyCeremony), as the page's steps would,
 * for the benchmarks that need many of them quickly.
 */
import type { Page } from 'playwright-core';
import type { Ceremony, CeremonyKind, GroupView } from '../../common/contract';

export async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([c, i]) =>
      (window.keyCeremony.invoke as unknown as Record<string, (x: unknown) => Promise<unknown>>)[
        c as string
      ]!(i),
    [channel, input] as const,
  );
  const r = result as { ok: boolean; value: T; error: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

export async function context(page: Page) {
  const profileId = (await invoke<{ profiles: Array<{ id: string }> }>(page, 'profiles.list', {}))
    .profiles[0]!.id;
  const vaultId = (await invoke<{ vaults: Array<{ vault_id: string }> }>(page, 'cobo.vaults', { profileId }))
    .vaults[0]!.vault_id;
  const groups = async () =>
    await invoke<{ groups: GroupView[]; nodes: GroupView['holders'] }>(page, 'cobo.groups', {
      profileId,
      vaultId,
    });
  return { profileId, vaultId, groups };
}

/** Runs a ceremony through review; returns it ready to send. */
export async function prepare(
  page: Page,
  kind: CeremonyKind,
  selection: Record<string, unknown>,
): Promise<Ceremony> {
  const { profileId, vaultId, groups } = await context(page);
  const c = await invoke<Ceremony>(page, 'ceremony.start', { kind, profileId });
  await invoke(page, 'ceremony.select', { id: c.id, selection: { vaultId } });
  await invoke(page, 'ceremony.select', { id: c.id, selection });
  for (const item of ['workstation_prepared', 'custodians_identified', 'witnesses_present'])
    await invoke(page, 'ceremony.tick', { id: c.id, item });
  await invoke(page, 'ceremony.setWitnesses', { id: c.id, witnesses: ['Wendy'] });
  const { groups: all, nodes } = await groups();
  const target = all.find((g) => g.key_share_holder_group_id === selection.targetGroupId);
  const designed = (
    selection.design as { holders: Array<{ tss_node_id: string; name?: string }> } | undefined
  )?.holders;
  const ids = new Set<string>([
    ...(target?.holders ?? []).map((h) => h.tss_node_id),
    ...((selection.sourceNodeIds as string[] | undefined) ?? []),
    ...(designed ?? []).map((h) => h.tss_node_id),
  ]);
  // A holder entered by TSS node ID (a new phone) is in no list yet: it is checked in under the name entered.
  const typed = (designed ?? []).flatMap((h) =>
    h.name ? [{ tss_node_id: h.tss_node_id, name: h.name, type: 'Mobile' }] : [],
  );
  const everyone = [...nodes, ...all.flatMap((g) => g.holders), ...typed];
  for (const id of ids) {
    const h = everyone.find((n) => n.tss_node_id === id);
    if (h && h.type !== 'Cobo')
      await invoke(page, 'ceremony.checkIn', { id: c.id, tssNodeId: id, name: h.name });
  }
  const checked = await invoke<Ceremony>(page, 'ceremony.preflight', { id: c.id });
  if (!checked.preflight?.ok) {
    throw new Error(
      `${kind} pre-flight failed: ${checked.preflight?.checks
        .filter((x) => !x.ok)
        .map((x) => x.message)
        .join(' ')}`,
    );
  }
  return invoke<Ceremony>(page, 'ceremony.review', { id: c.id });
}

/** Waits until the ceremony reaches its end (main reports it finished). */
export async function finished(page: Page, id: string, timeoutMs = 30_000): Promise<Ceremony> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const c = await invoke<Ceremony>(page, 'ceremony.get', { id });
    if (c.phase === 'finished' || c.phase === 'closed') return c;
    if (Date.now() > end) throw new Error(`ceremony ${id} did not finish`);
    await page.waitForTimeout(100);
  }
}
