/**
 * Mirrors main's ceremonies. Main owns them: every change arrives as a `ceremony.updated` event, so a
 * reloaded page picks up exactly where the ceremony stands.
 */
import { create } from 'zustand';
import type {
  Ceremony,
  CeremonyKind,
  DamagedRecord,
  ErrorPayload,
  SelectionPatch,
} from '../../../common/contract';
import type { Said } from '../../../common/i18n/said';
import { HISTORY_PAGE } from '../../../common/ceremony/history';
import { api, call, errorPayload } from '../api';

interface CeremoniesState {
  ceremonies: Record<string, Ceremony>;
  /** Ceremonies whose records main found damaged: shown in History with what is wrong, never hidden. */
  damaged: DamagedRecord[];
  /** Why main cannot trust its signed index of the ceremonies (rolled back, removed); null when it can. */
  recordIndex: string | null;
  /** The same as message keys, for History to say in its language (issue #32). */
  recordIndexSaid: Said | null;
  /** How many ceremonies that are over (closed or abandoned) main sends, newest first, and how many exist. */
  historyLimit: number;
  historyTotal: number;
  openId: string | null;
  /** A ceremony kind chosen but not started yet (its first step picks the profile). */
  draftKind: CeremonyKind | null;
  error: ErrorPayload | null;
  load(): Promise<void>;
  /** One more page of the ceremonies that are over, for History. */
  showOlder(): Promise<void>;
  watch(): () => void;
  open(id: string | null): void;
  draft(kind: CeremonyKind | null): void;
  start(kind: CeremonyKind, profileId: string): Promise<void>;
  /**
   * After a failure: closes the ceremony and opens a new one of the same kind, with the same profile
   * and the same choices (the new one checks them again; nothing is sent until the officer reviews).
   */
  startAgain(failed: Ceremony): Promise<void>;
  /** Opens a new ceremony with these choices made already (checked again like any choice; nothing is sent). */
  startWith(kind: CeremonyKind, profileId: string, selection: SelectionPatch): Promise<void>;
}

export const useCeremonies = create<CeremoniesState>((set, get) => ({
  ceremonies: {},
  damaged: [],
  recordIndex: null,
  recordIndexSaid: null,
  historyLimit: HISTORY_PAGE,
  historyTotal: 0,
  openId: null,
  draftKind: null,
  error: null,
  async load() {
    try {
      const listing = await call('ceremony.list', { historyLimit: get().historyLimit });
      const { ceremonies, damaged, historyTotal, recordIndex } = listing;
      const recordIndexSaid = listing.recordIndexSaid ?? null;
      set((s) => {
        const listed: Record<string, Ceremony> = Object.fromEntries(ceremonies.map((c) => [c.id, c]));
        // The ceremony open on screen stays, even when it is older than the page listed.
        const open = s.openId ? s.ceremonies[s.openId] : undefined;
        if (open && !listed[open.id] && !damaged.some((d) => d.id === open.id)) listed[open.id] = open;
        return { ceremonies: listed, damaged, historyTotal, recordIndex, recordIndexSaid, error: null };
      });
    } catch (error) {
      set({ error: errorPayload(error) });
    }
  },
  async showOlder() {
    set((s) => ({ historyLimit: s.historyLimit + HISTORY_PAGE }));
    await get().load();
  },
  watch() {
    const updated = api().on['ceremony.updated']((ceremony) =>
      set((s) => ({ ceremonies: { ...s.ceremonies, [ceremony.id]: ceremony } })),
    );
    // A record main found damaged (perhaps while loading history in the background): listed at once.
    const changed = api().on['app.changed'](({ topic }) => {
      if (topic === 'records') void get().load();
    });
    return () => {
      updated();
      changed();
    };
  },
  open(id) {
    set({ openId: id, draftKind: null });
    // One not listed yet (a reload restoring the place, or one older than History's page) is asked for.
    if (id && !get().ceremonies[id])
      call('ceremony.get', { id }).then(
        (ceremony) => set((s) => ({ ceremonies: { ...s.ceremonies, [ceremony.id]: ceremony } })),
        (error: unknown) => set((s) => (s.openId === id ? { openId: null, error: errorPayload(error) } : {})),
      );
  },
  draft: (kind) => set({ draftKind: kind, openId: null }),
  async start(kind, profileId) {
    const ceremony = await call('ceremony.start', { kind, profileId });
    set((s) => ({
      ceremonies: { ...s.ceremonies, [ceremony.id]: ceremony },
      openId: ceremony.id,
      draftKind: null,
    }));
  },
  async startAgain(failed) {
    if (failed.phase !== 'closed') await call('ceremony.close', { id: failed.id });
    await useCeremonies.getState().startWith(failed.kind, failed.profileId, failed.selection);
  },
  async startWith(kind, profileId, selection) {
    let ceremony = await call('ceremony.start', { kind, profileId });
    // The vault first (choosing one starts the choices over), then everything chosen after it.
    const { vaultId, ...rest } = selection;
    if (vaultId) ceremony = await call('ceremony.select', { id: ceremony.id, selection: { vaultId } });
    if (Object.keys(rest).length)
      ceremony = await call('ceremony.select', { id: ceremony.id, selection: rest });
    set((s) => ({
      ceremonies: { ...s.ceremonies, [ceremony.id]: ceremony },
      openId: ceremony.id,
      draftKind: null,
    }));
  },
}));
