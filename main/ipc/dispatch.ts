/**
 * The dispatch: every call from the page, whichever front end carried it, passes through here.
 * Unknown channel -> refused; input that fails the contract -> refused; a handler's output that fails
 * the contract -> refused (a bug must not leak half-formed data); any throw -> a structured error with
 * no stack and no internal detail.
 */
import {
  channels,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ErrorPayload,
  type FrontEnd,
  type ParsedInput,
  type Result,
} from '../../common/contract';
import { isAppError } from '../app-error';
import { log } from '../log';
import { describeIssues } from '../../common/describe-issues';

export interface HandlerContext {
  readonly frontEnd: FrontEnd;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  context: HandlerContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** One handler for every channel in the contract: a missing one does not compile. */
export type HandlerTable = { readonly [C in Channel]: Handler<C> };

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export const refusal = (code: string, message: string, hint: string): Result<never> => ({
  ok: false,
  error: { code, message, hint },
});

export const SENDER_REFUSED: Result<never> = refusal(
  'ipc.forbidden_sender',
  'This request did not come from the Key Ceremony window and was refused.',
  'Use the app itself. If you did not expect this, close other programs and restart Key Ceremony.',
);

const internal = (channel: string): ErrorPayload => ({
  code: 'internal',
  message: `Something went wrong inside the app while handling "${channel}".`,
  hint: 'Nothing was changed by this request. Try again; if it happens again, restart Key Ceremony and report the time.',
});

export function createDispatch(table: HandlerTable, context: HandlerContext): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      log.warn('ipc.unknown_channel', {
        channel: typeof channel === 'string' ? channel.slice(0, 60) : typeof channel,
      });
      return refusal(
        'ipc.unknown_channel',
        'The app asked for something its main process does not offer.',
        'Restart Key Ceremony; if it persists, the app may be damaged and should be reinstalled.',
      );
    }
    const spec = channels[channel];
    let input: ReturnType<typeof spec.input.safeParse>;
    try {
      input = spec.input.safeParse(rawInput);
    } catch {
      // A value built to trip the schema library itself (an object posing as a string, say) is
      // refused like any other bad input, never passed on.
      input = { success: false, error: null } as never;
    }
    if (!input.success) {
      return refusal(
        'ipc.invalid_input',
        input.error
          ? `The request was refused: ${describeIssues(input.error)}.`
          : 'The request was refused: its input is not of the form this request takes.',
        'Check the value you entered and try again.',
      );
    }
    let value: unknown;
    try {
      const handler = table[channel] as Handler<Channel>;
      value = await handler(input.data as ParsedInput<Channel>, context);
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: error.toPayload() };
      log.error('ipc.handler_failed', {
        channel,
        errorName: error instanceof Error ? error.name : typeof error,
      });
      return { ok: false, error: internal(channel) };
    }
    const output = spec.output.safeParse(value);
    if (!output.success) {
      log.error('ipc.invalid_output', { channel, issue: describeIssues(output.error) });
      return { ok: false, error: internal(channel) };
    }
    return { ok: true, value: output.data };
  };
}
