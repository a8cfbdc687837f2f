/**
 * The sandbox's organisation at work: groups, TSS requests and their lifecycle, simulated key share
 * holders, and the real threshold key material behind them. No HTTP here (../http/ does that).
 *
 * TSS request lifecycle (the transition table the README documents):
 *
 *   created ─► PendingKeyHolderConfirmation ─(every required holder approves)─► MPCProcessing
 *   PendingKeyHolderConfirmation ─(a holder rejects)─► KeyHolderConfirmationFailed
 *   MPCProcessing ─(stepMs)─► KeyGenerating ─(stepMs, key material made and checked)─► Success
 *   KeyGenerating ─(injected node failure, or a failed check)─► KeyGeneratingFailed
 *   PendingKeyHolderConfirmation | MPCProcessing ─(cancel)─► KeyHolderConfirmationFailed
 *     (the cancel call itself answers the request with status Success, as the spec describes)
 *
 * Each part is in its own file: groups and vaults, requests, holders, the lifecycle, key generation.
 */
import { createRecoveryExportApi } from './recovery-export';
import { freshState, legacyState, type SandboxState } from '../state';
import { createEngineContext, type EngineOptions } from './context';
import { createGovernanceApi } from './governance';
import { createGroupsApi } from './groups';
import { createHoldersApi } from './holders';
import { createLifecycle } from './lifecycle';
import { createPhonesApi } from './phones';
import { createRequestsApi } from './requests';

import type { EngineSettings } from './context';

export { DEFAULT_SETTINGS, type EngineOptions, type EngineSettings } from './context';

export function createEngine(options: EngineOptions) {
  const ctx = createEngineContext(options);
  const lifecycle = createLifecycle(ctx);
  return {
    settings: ctx.settings,
    get state() {
      return ctx.state;
    },
    ...createGroupsApi(ctx),
    ...createRequestsApi(ctx, lifecycle),
    ...createHoldersApi(ctx, lifecycle),
    ...createPhonesApi(ctx, lifecycle),
    ...createGovernanceApi(ctx, lifecycle),
    ...createRecoveryExportApi(ctx),

    // ---- control: the API keys allowed in, faults, restarts ----
    registerApiKey: async (apiKey: string) => {
      if (!ctx.state.apiKeys.includes(apiKey)) {
        ctx.state.apiKeys.push(apiKey);
        await ctx.persist();
      }
    },
    /** A key no longer let in: its profile was deleted. */
    unregisterApiKey: async (apiKey: string) => {
      if (ctx.state.apiKeys.includes(apiKey)) {
        ctx.state.apiKeys = ctx.state.apiKeys.filter((k) => k !== apiKey);
        await ctx.persist();
      }
    },
    isKnownApiKey: (apiKey: string) => ctx.state.apiKeys.includes(apiKey),
    /** Manual approval and Admin approval: set, and kept in the state so a restart plays on the same way. */
    async setRehearsal(patch: Partial<Pick<EngineSettings, 'manualApproval' | 'adminApproval'>>) {
      Object.assign(ctx.settings, patch);
      const { manualApproval, adminApproval } = ctx.settings;
      ctx.state.rehearsal = { manualApproval, adminApproval };
      await ctx.persist();
      // Turned off: the phones waiting for someone to play them act by themselves again.
      if (patch.manualApproval === false) lifecycle.rescheduleApprovals();
    },
    failNextKeyGenerations: lifecycle.failNextKeyGenerations,
    resume: lifecycle.resume,
    async replaceState(next: SandboxState) {
      ctx.replace(next);
      await ctx.persist();
    },
    /**
     * Starts over, keeping the API keys: from a fresh organisation (no groups; a vault only if asked),
     * or from one set up before Cobo's October 2025 rules.
     */
    async startFresh(withVault: boolean, legacy = false) {
      const { apiKeys, rehearsal } = ctx.state;
      ctx.replace({ ...(legacy ? legacyState() : freshState(ctx.now(), withVault)), apiKeys, rehearsal });
      await ctx.persist();
    },
    close: () => ctx.close(),
  };
}

export type Engine = ReturnType<typeof createEngine>;
