/** The names the officer gave the vaults' keys, mirrored from main. */
import { useEffect } from 'react';
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

/** The names, read from main when a screen that shows keys opens (an unreadable answer shows none). */
export function useKeyNamesLoaded(wanted = true): Readonly<Record<string, string>> {
  const names = useKeyNames((s) => s.names);
  const load = useKeyNames((s) => s.load);
  useEffect(() => {
    if (wanted) void load().catch(() => undefined);
  }, [load, wanted]);
  return names;
}
