/**
 * Mirrors main's profile list; reloads whenever main says profiles changed.
 */
import { create } from 'zustand';
import type { ErrorPayload, Profile } from '../../../common/contract';
import { api, call, errorPayload } from '../api';

interface ProfilesState {
  profiles: Profile[];
  /** Profiles whose API secret the keychain no longer holds: they cannot sign. */
  missingSecret: readonly string[];
  problem: ErrorPayload | null;
  loaded: boolean;
  load(): Promise<void>;
  watch(): () => void;
}

export const useProfiles = create<ProfilesState>((set, get) => ({
  profiles: [],
  missingSecret: [],
  problem: null,
  loaded: false,
  async load() {
    try {
      const { profiles, missingSecret, problem } = await call('profiles.list', {});
      set({ profiles, missingSecret, problem, loaded: true });
    } catch (error) {
      set({ problem: errorPayload(error), loaded: true });
    }
  },
  watch() {
    return api().on['app.changed'](({ topic }) => {
      if (topic === 'profiles') void get().load();
    });
  },
}));
