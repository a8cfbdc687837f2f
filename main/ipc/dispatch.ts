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
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { isAppError, saidPayload } from '../app-error';
import { log } from '../log';
import { describeIssues, describeIssuesSaid } from '../../common/describe-issues';

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

/** A refusal said without a throw: English for the log, keys for the page. */
export const refusal = (code: string, message: Said, hint: Said): Result<never> => ({
  ok: false,
  error: saidPayload(code, message, hint),
});

export const SENDER_REFUSED: Result<never> = refusal(
  'ipc.forbidden_sender',
  said('errorsMore.ipc.forbiddenSender'),
  said('errorsMore.ipc.forbiddenSenderHint'),
);

const internal = (channel: string): ErrorPayload => {
  return saidPayload(
    'internal',
    said('errorsMore.ipc.internal', { channel }),
    said('errorsMore.ipc.internalHint'),
  );
};

export function createDispatch(table: HandlerTable, context: HandlerContext): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      log.warn('ipc.unknown_channel', {
        channel: typeof channel === 'string' ? channel.slice(0, 60) : typeof channel,
      });
      return refusal(
        'ipc.unknown_channel',
        said('errorsMore.ipc.unknownChannel'),
        said('errorsMore.ipc.unknownChannelHint'),
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
        // The field's path stays as it is (a code); the problem is said by zod's issue code, in the
        // page's language (main's English, from the same keys, for the payload's message).
        input.error
          ? said('errorsMore.ipc.invalidInput', { issues: describeIssuesSaid(input.error) })
          : said('errorsMore.ipc.invalidInputForm'),
        said('errorsMore.ipc.invalidInputHint'),
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
