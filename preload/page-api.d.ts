import type { KeyCeremonyApi } from './bridge';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser host's bridge script: the whole contract. */
    readonly keyCeremony: KeyCeremonyApi;
  }
}
export {};
