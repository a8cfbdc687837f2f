import { create } from 'zustand';
import type { ChannelOutput, ErrorPayload } from '../../../common/contract';
import { call, errorPayload } from '../api';

type AppInfo = ChannelOutput<'app.info'>;

interface AppInfoState {
  info: AppInfo | null;
  error: ErrorPayload | null;
  load(): Promise<void>;
}

export const useAppInfo = create<AppInfoState>((set) => ({
  info: null,
  error: null,
  async load() {
    try {
      set({ info: await call('app.info', {}), error: null });
    } catch (error) {
      set({ error: errorPayload(error) });
    }
  },
}));
