/** The names the officer gave the vaults' keys, mirrored from main. */
import { create } from 'zustand';
import { call } from '../api';

interface KeyNamesState {
  names: Readonly<Record<string, string>>;
  load(): Promise<void>;
  rename(groupId: string, name: string): Promise<void>;
}

export const useKeyNames = create<KeyNamesState>((set) => ({
  names: {},
  async load() {
    set({ names: (await call('keys.names', {})).names });
  },
  async rename(groupId, name) {
    set({ names: (await call('keys.rename', { groupId, name })).names });
  },
}));
