/**
 * What every part of the sandbox engine shares: the organisation's state (replaceable as a whole), the
 * settings, the clock, timers that stop with the engine, saving, and lookups that answer Cobo's
 * "not found" errors.
 */
import type { TssRequestStatus } from '../../cobo/schemas';
import { notFound } from '../errors';
import type { RequestState, SandboxState } from '../state';

export interface EngineSettings {
  /** How long a simulated Mobile holder takes to approve, when approvals are automatic. */
  autoApproveMs: number;
  /** How long each of MPCProcessing and KeyGenerating lasts. */
  stepMs: number;
  /** When true, Mobile holders approve only when someone plays their part (control API, holder panel). */
  manualApproval: boolean;
  /**
   * When true, a KeyGenFromKeyGroup or Recovery waits for the organisation's Admins (governance) before
   * its holders are asked. An assumption, rehearsed on request: Cobo's manual does not say whether a
   * request made with an API key waits for it.
   */
  adminApproval: boolean;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  autoApproveMs: 1_500,
  stepMs: 1_000,
  manualApproval: false,
  adminApproval: false,
};

export interface EngineOptions {
  readonly state: SandboxState;
  readonly save: (state: SandboxState) => Promise<void>;
  readonly settings?: Partial<EngineSettings>;
  readonly now?: () => number;
  /** Observes every status change (benchmarks record when it happened). */
  readonly onStatus?: (request: RequestState) => void;
}

export function createEngineContext(options: EngineOptions) {
  let state = options.state;
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const ctx = {
    get state() {
      return state;
    },
    // What the rehearsal was set to last (kept in its state) counts unless the caller says otherwise.
    settings: { ...DEFAULT_SETTINGS, ...options.state.rehearsal, ...options.settings } as EngineSettings,
    now: options.now ?? Date.now,
    /** Runs `run` after `ms`, unless the engine stops first. */
    later(ms: number, run: () => void) {
      if (closed) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!closed) run();
      }, ms);
      timers.add(timer);
    },
    persist: () => options.save(state),
    persistQuietly: () => void options.save(state).catch(() => undefined),
    clearTimers() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
    replace(next: SandboxState) {
      ctx.clearTimers();
      state = next;
    },
    close() {
      closed = true;
      ctx.clearTimers();
    },
    setStatus(r: RequestState, status: TssRequestStatus, failure: string | null = null) {
      r.status = status;
      r.failure = failure;
      r.timeline.push({ status, at: ctx.now() });
      options.onStatus?.(r);
    },
    announce: (r: RequestState) => options.onStatus?.(r),

    vault(vaultId: string) {
      const v = state.vaults.find((x) => x.vault_id === vaultId);
      if (!v) throw notFound(`MPC vault ${vaultId}`);
      return v;
    },
    group(vaultId: string, groupId: string) {
      ctx.vault(vaultId);
      const g = state.groups.find((x) => x.vault_id === vaultId && x.key_share_holder_group_id === groupId);
      if (!g) throw notFound(`Key share holder group ${groupId}`);
      return g;
    },
    nodeById: (id: string) => state.nodes.find((n) => n.tss_node_id === id),
    node(id: string) {
      const n = ctx.nodeById(id);
      if (!n) throw notFound(`TSS node ${id}`);
      return n;
    },
    request(vaultId: string, requestId: string) {
      ctx.vault(vaultId);
      const r = state.requests.find((x) => x.vault_id === vaultId && x.tss_request_id === requestId);
      if (!r) throw notFound(`TSS request ${requestId}`);
      return r;
    },
    /** A request by id alone (the holders' side does not know the vault). */
    anyRequest(requestId: string) {
      const r = state.requests.find((x) => x.tss_request_id === requestId);
      if (!r) throw notFound(`TSS request ${requestId}`);
      return r;
    },
  };
  return ctx;
}

export type EngineContext = ReturnType<typeof createEngineContext>;
