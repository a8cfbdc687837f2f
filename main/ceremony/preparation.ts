/**
 * The officer's choices before sending: the vault and groups, the room checklist, custodians' check-in,
 * witnesses, and the review of the exact body. Each is journalled; changing a choice undoes the later
 * steps that depended on it. Nothing here can change a submitted ceremony.
 */
import { reviewedKeys } from '../../common/ceremony/reviewed-keys';
import { CHECKLIST_ITEMS, type Ceremony, type ChecklistItem, type Selection } from '../../common/contract';
import { EMPTY_SELECTION } from '../../common/ceremony/new-ceremony';
import { participants } from '../../common/ceremony/rules';
import type { CoboClient } from '../cobo/client';
import { sha256Hex } from '../journal/chain';
import { groupView, vaultView } from './cobo-views';
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { locked, noWitnesses, notReadyForReview } from './errors';
import { protocolFor } from './protocols';
import { toJson, type Registry } from './registry';
import type { VaultContext } from './vault-context';

/** Refuses a ceremony that can no longer change. */
export const preparing = (state: Ceremony) => {
  if (state.phase !== 'preparing') throw locked();
};

/** What still stands between the ceremony and its review, in words. */
async function missingBeforeReview(state: Ceremony, context: VaultContext) {
  const missing: Said[] = [];
  if (!state.preflight?.ok) missing.push(said('errors.ceremony.missing.preflight'));
  if (CHECKLIST_ITEMS.some((i) => !state.checklist[i]))
    missing.push(said('errors.ceremony.missing.checklist'));
  if (!state.witnesses.length) missing.push(said('errors.ceremony.missing.witness'));
  const people = participants(state.kind, state.selection, context.groups, context.nodes);
  const absent = people.filter((p) => !state.custodians[p.tss_node_id]).map((p) => p.name);
  if (absent.length) missing.push(said('errors.ceremony.missing.checkIn', { names: absent.join(', ') }));
  return missing;
}

export function createPreparation({
  registry,
  clientOf,
}: {
  readonly registry: Registry;
  readonly clientOf: (state: Ceremony) => Promise<CoboClient>;
}) {
  return {
    async select(id: string, patch: Partial<Selection>) {
      const client = await clientOf(registry.entry(id).state);
      return registry.change(id, async (state, journal) => {
        preparing(state);
        const next: Selection = { ...state.selection, ...patch };
        if (patch.vaultId !== undefined && patch.vaultId !== state.selection.vaultId) {
          // A new vault starts the choices over.
          Object.assign(next, { ...EMPTY_SELECTION, vaultId: patch.vaultId });
          state.vaultName = patch.vaultId ? vaultView(await client.getMpcVault(patch.vaultId)).name : null;
        }
        // The vault a VaultSetup creates is named now: the Production gate asks for this name. (Other
        // kinds have no new vault: a patch carrying its empty default must not unname their vault.)
        if (patch.newVault !== undefined && state.kind === 'VaultSetup')
          state.vaultName = patch.newVault?.name.trim() ?? null;
        // Whose phone was lost, named as Cobo lists it now: Cobo deletes that node after the Recovery,
        // and its holder never checks in with it, so the record keeps the name from here.
        let lostHolderName: string | null = null;
        if (next.lostNodeId && next.vaultId) {
          lostHolderName = state.custodianNames[next.lostNodeId] ?? null;
          if (patch.lostNodeId) {
            // The groups alone: the lost phone is named by the Main Key that holds it.
            const groups = (await client.listAllKeyShareHolderGroups(next.vaultId)).map(groupView);
            const holder = groups.flatMap((g) => g.holders).find((h) => h.tss_node_id === next.lostNodeId);
            lostHolderName = holder?.name ?? null;
          }
          if (lostHolderName) state.custodianNames[next.lostNodeId] = lostHolderName;
        }
        state.selection = next;
        // Changing a choice undoes the later steps that depended on it.
        state.preflight = null;
        state.reviewedAt = null;
        state.requestBody = null;
        state.requestCall = null;
        state.keyTypes = {};
        state.formerMainGroupId = null;
        await journal.append('step_completed', {
          step: 'selection',
          selection: toJson(next),
          vault_name: state.vaultName,
          ...(lostHolderName ? { lost_holder_name: lostHolderName } : {}),
        });
      });
    },

    tick: (id: string, item: ChecklistItem) =>
      registry.change(id, async (state, journal) => {
        preparing(state);
        if (state.checklist[item]) return;
        const at = new Date().toISOString();
        await journal.append('checklist_tick', { item, at });
        state.checklist[item] = at;
      }),

    checkIn: (id: string, tssNodeId: string, name: string) =>
      registry.change(id, async (state, journal) => {
        preparing(state);
        if (state.custodians[tssNodeId]) return;
        const at = new Date().toISOString();
        await journal.append('custodian_checkin', { tss_node_id: tssNodeId, name, at });
        state.custodians[tssNodeId] = at;
        state.custodianNames[tssNodeId] = name;
        state.reviewedAt = null;
      }),

    setWitnesses: (id: string, witnesses: string[]) =>
      registry.change(id, async (state, journal) => {
        preparing(state);
        if (!witnesses.length) throw noWitnesses();
        await journal.append('witnesses', { names: witnesses });
        state.witnesses = witnesses;
        state.reviewedAt = null;
      }),

    async review(id: string) {
      const state = registry.entry(id).state;
      preparing(state);
      const context = await protocolFor(state.kind).load(state, await clientOf(state));
      const missing = await missingBeforeReview(state, context);
      if (missing.length) throw notReadyForReview(missing);
      const body = protocolFor(state.kind).body(state, context);
      const call = protocolFor(state.kind).call(state);
      const keys = reviewedKeys(state, context.groups);
      return registry.change(id, async (s, journal) => {
        preparing(s);
        await journal.append('step_completed', {
          step: 'review',
          call: { method: call.method, path: call.path },
          body: toJson(body),
          body_sha256: sha256Hex(JSON.stringify(body)),
          key_types: keys.keyTypes,
          ...(keys.formerMainGroupId ? { former_main_group_id: keys.formerMainGroupId } : {}),
        });
        s.requestBody = body;
        s.requestCall = call;
        Object.assign(s, keys);
        s.reviewedAt = new Date().toISOString();
      });
    },
  };
}
