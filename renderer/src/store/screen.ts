/**
 * The screen on show. Kept in a store, not in App's state, so a screen can send the officer to another
 * (Holder phones → the way back on Ceremonies). App mirrors it into the address; see ../place.ts.
 */
import { create } from 'zustand';
import { placeFromHash, type ViewId } from '../place';

interface ScreenState {
  view: ViewId;
  show(view: ViewId): void;
}

export const useScreen = create<ScreenState>((set) => ({
  view: placeFromHash(window.location.hash).view,
  show: (view) => set({ view }),
}));
