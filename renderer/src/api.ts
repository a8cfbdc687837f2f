/**
 * The page's only door to main: the bridge that the preload (Electron) or the browser host installed.
 */
import type { KeyCeremonyApi } from '../../preload/bridge';
import type { Channel, ChannelInput, ChannelOutput, ErrorPayload, Result } from '../../common/contract';

export function api(): KeyCeremonyApi {
  const bridge = (window as { keyCeremony?: KeyCeremonyApi }).keyCeremony;
  if (!bridge)
    throw new Error('The Key Ceremony bridge is missing: open the app through Electron or the browser host.');
  return bridge;
}

/** Thrown by `call` so views can show what happened and what to do next. */
export class CallError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message);
  }
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const invoke = api().invoke[channel] as (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  const result = await invoke(input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

export const errorPayload = (error: unknown): ErrorPayload =>
  error instanceof CallError
    ? error.payload
    : {
        code: 'renderer',
        message: 'Something unexpected happened in the page.',
        hint: 'Reload the page; nothing was sent.',
      };
