/**
 * What the page's "holder phones" panel may do with the embedded sandbox: see the simulated holders
 * and their pending approvals, approve or reject as one of them, take a phone offline, lose a phone.
 */
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { SandboxError } from './errors';
import type { Sandbox } from './index';

const notRunning = () =>
  new AppError(
    'sandbox.not_running',
    said('errors.sandbox.notRunning'),
    said('errors.sandbox.notRunningHint'),
  );

async function guarded<T>(run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SandboxError) {
      throw new AppError(
        'sandbox.refused',
        said('errors.sandbox.refused', { reason: error.message }),
        said('errors.sandbox.refusedHint'),
      );
    }
    throw error;
  }
}

export const exportCancelled = () =>
  new AppError(
    'sandbox.export_cancelled',
    said('errors.sandbox.exportCancelled'),
    said('errors.sandbox.exportCancelledHint'),
  );

export function createHolderPanel(sandbox: Sandbox | null) {
  const engine = () => {
    if (!sandbox) throw notRunning();
    return sandbox.engine;
  };
  return {
    holders: () =>
      guarded(() => ({
        holders: engine().holderView(),
        manualApproval: engine().settings.manualApproval,
        adminApproval: engine().settings.adminApproval,
        awaitingAdmins: engine().awaitingAdmins(),
        vaults: engine().state.vaults.map((v) => ({
          vault_id: v.vault_id,
          name: v.name,
          advanced: v.advanced,
        })),
      })),
    setVaultAdvanced: (input: { vaultId: string; advanced: boolean }) =>
      guarded(async () => engine().setVaultAdvanced(input.vaultId, input.advanced)),
    setAdminApproval: (input: { on: boolean }) =>
      guarded(async () => {
        await engine().setRehearsal({ adminApproval: input.on });
        return { on: input.on };
      }),
    approveAsAdmins: (input: { tssRequestId: string }) =>
      guarded(async () => ({ status: String((await engine().approveAsAdmins(input.tssRequestId)).status) })),
    decide: (input: { tssNodeId: string; tssRequestId: string; decision: 'approve' | 'reject' }) =>
      guarded(async () => ({
        status: String((await engine().decide(input.tssNodeId, input.tssRequestId, input.decision)).status),
      })),
    setOnline: (input: { tssNodeId: string; online: boolean }) =>
      guarded(async () => ({
        online: (await engine().setOnline(input.tssNodeId, input.online)).online ?? input.online,
      })),
    losePhone: (input: { tssNodeId: string }) =>
      guarded(async () => {
        const { lost, replacement } = await engine().losePhone(input.tssNodeId);
        return { lost: lost.tss_node_id ?? input.tssNodeId, replacement: replacement.tss_node_id ?? '' };
      }),
    restoreFromBackup: (input: { tssNodeId: string }) =>
      guarded(async () => {
        await engine().restoreFromBackup(input.tssNodeId);
        return { frozen: true };
      }),
    unfreeze: (input: { tssNodeId: string }) =>
      guarded(async () => {
        await engine().unfreeze(input.tssNodeId);
        return { frozen: false };
      }),
    /** Rehearsal only: the holder's recovery file, to be saved where the officer says. */
    exportRecoveryFile: (input: { tssNodeId: string; password: string; version: 2 | 3 }) =>
      guarded(() => engine().exportRecoveryFile(input.tssNodeId, input.password, input.version)),
    startFresh: (input: { withVault: boolean; legacy: boolean }) =>
      guarded(async () => {
        await engine().startFresh(input.withVault, input.legacy);
        return { fresh: true as const };
      }),
    /** Each simulated holder's answers to a request: rehearsal-only knowledge, Cobo's API has none. */
    requestActions: (input: { tssRequestId: string }) =>
      guarded(() => {
        const e = engine();
        const r = e.requestDetail(input.tssRequestId);
        const nameOf = (id: string) => e.state.nodes.find((n) => n.tss_node_id === id)?.name ?? id;
        return {
          holders: r.required.map((id) => ({
            tss_node_id: id,
            name: nameOf(id),
            approval: r.approvals[id] ?? null,
          })),
        };
      }),
    setManualApproval: (input: { manual: boolean }) =>
      guarded(async () => {
        await engine().setRehearsal({ manualApproval: input.manual });
        return { manual: input.manual };
      }),
  };
}
