/**
 * Starts the main-process services for one front end. Electron's main and the browser host both call
 * this, so both run the very same code behind the very same dispatch table.
 */
import type { FrontEnd } from '../preload/contract';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createEventHub, type EventHub } from './ipc/event-hub';
import { createHandlers } from './ipc/handlers';

export interface ServiceOptions {
  readonly frontEnd: FrontEnd;
  /** The app's data folder: profiles, journals and sandbox state live below it. */
  readonly dataDir: string;
}

export interface Services {
  readonly options: ServiceOptions;
  readonly events: EventHub;
}

export interface Runtime {
  readonly services: Services;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

export async function startRuntime(options: ServiceOptions): Promise<Runtime> {
  const services: Services = { options, events: createEventHub() };
  const dispatch = createDispatch(createHandlers(services), { frontEnd: options.frontEnd });
  return {
    services,
    dispatch,
    async close() {},
  };
}
