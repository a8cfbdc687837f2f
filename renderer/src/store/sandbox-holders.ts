/**
 * Mirrors the offline sandbox's simulated holders; reloads whenever main says the sandbox changed.
 */
import { create } from 'zustand';
import type { ErrorPayload, SandboxHolder } from '../../../common/contract';
import { api, call, errorPayload } from '../api';

interface HoldersState {
  holders: SandboxHolder[];
  manualApproval: boolean;
  /** Rehearsed governance: whether governed requests wait for the Admins, and which wait now. */
  adminApproval: boolean;
  awaitingAdmins: Array<{ tss_request_id: string; type: string }>;
  vaults: Array<{ vault_id: string; name: string; advanced: boolean }>;
  error: ErrorPayload | null;
  loaded: boolean;
  load(): Promise<void>;
  watch(): () => void;
  setManualApproval(manual: boolean): Promise<void>;
}

export const useSandboxHolders = create<HoldersState>((set, get) => ({
  holders: [],
  manualApproval: false,
  adminApproval: false,
  awaitingAdmins: [],
  vaults: [],
  error: null,
  loaded: false,
  async load() {
    try {
      const { holders, manualApproval, adminApproval, awaitingAdmins, vaults } = await call(
        'sandbox.holders',
        {},
      );
      set({ holders, manualApproval, adminApproval, awaitingAdmins, vaults, error: null, loaded: true });
    } catch (error) {
      set({ error: errorPayload(error), loaded: true });
    }
  },
  async setManualApproval(manual) {
    const before = get().manualApproval;
    set({ manualApproval: manual });
    try {
      await call('sandbox.setManualApproval', { manual });
    } catch (error) {
      set({ manualApproval: before, error: errorPayload(error) });
    }
  },
  watch() {
    return api().on['app.changed'](({ topic }) => {
      if (topic === 'sandbox') void get().load();
    });
  },
}));
