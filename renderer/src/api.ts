/**
 * The page's only door to main: the bridge that the preload (Electron) or the browser host installed.
 */
import { said, sayEnglish } from '../../common/i18n/translate';
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

const UNEXPECTED = said('errorsMore.renderer.unexpected');
const UNEXPECTED_HINT = said('errorsMore.renderer.unexpectedHint');

/** The page's own failure, said like main's: English beside the keys the notice says in its language. */
export const errorPayload = (error: unknown): ErrorPayload =>
  error instanceof CallError
    ? error.payload
    : {
        code: 'renderer',
        message: sayEnglish(UNEXPECTED),
        hint: sayEnglish(UNEXPECTED_HINT),
        said: { message: UNEXPECTED, hint: UNEXPECTED_HINT },
      };
