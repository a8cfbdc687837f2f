/**
 * Builds the page-facing API from the contract and a transport.
 *
 * The Electron preload gives it an IPC transport; the browser host gives it an HTTP one. The page gets
 * one function per contract call and one subscription per contract event, and nothing else, so the
 * surface the page sees is exactly the contract.
 */
import {
  channels,
  events,
  EventEnvelope,
  isChannel,
  isEventName,
  ResultEnvelope,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type Result,
} from '../common/contract';
import { describeIssues, describeIssuesSaid } from '../common/describe-issues';
import { SaidSchema, type Said } from '../common/i18n/said';
import { BRIDGE_SAID } from '../common/i18n/boundary-said';

export interface Transport {
  /** Sends one call and resolves with the raw envelope main answered. */
  invoke(channel: Channel, input: unknown): Promise<unknown>;
  /** Delivers every raw event envelope main pushes; returns an unsubscribe function. */
  subscribe(listener: (envelope: unknown) => void): () => void;
}

export type InvokeApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };
export type EventApi = {
  [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void;
};
export interface KeyCeremonyApi {
  invoke: InvokeApi;
  on: EventApi;
}

/**
 * A refusal of the bridge's own: in English, and as message keys for the page to say in its language
 * (issue #32). The preload carries no catalogue: the keys are plain `{ key }` from boundary-said.ts; a
 * sentence beyond the boundary's bounds is left out, as main does.
 */
const failure = (
  code: string,
  message: string,
  hint: string,
  said: { message: Said; hint: Said },
): Result<never> => ({
  ok: false,
  error: SaidSchema.safeParse(said.message).success ? { code, message, hint, said } : { code, message, hint },
});

async function callThrough<C extends Channel>(
  transport: Transport,
  channel: C,
  input: unknown,
): Promise<Result<ChannelOutput<C>>> {
  const spec = channels[channel];
  const parsedInput = spec.input.safeParse(input);
  if (!parsedInput.success) {
    return failure(
      'bridge.invalid_input',
      `The request was not sent: ${describeIssues(parsedInput.error)}.`,
      'Correct the highlighted value and try again.',
      BRIDGE_SAID.notSent(describeIssuesSaid(parsedInput.error)),
    );
  }
  let raw: unknown;
  try {
    raw = await transport.invoke(channel, parsedInput.data);
  } catch {
    return failure(
      'bridge.unreachable',
      'The app could not reach its main process.',
      'Restart Key Ceremony. If this persists, report it with the time it happened.',
      BRIDGE_SAID.unreachable,
    );
  }
  const envelope = ResultEnvelope.safeParse(raw);
  if (!envelope.success) {
    return failure(
      'bridge.malformed_answer',
      'The main process answered in an unexpected form.',
      'Restart Key Ceremony and report this to your administrator.',
      BRIDGE_SAID.unexpectedForm,
    );
  }
  if (!envelope.data.ok) return envelope.data;
  const output = spec.output.safeParse(envelope.data.value);
  if (!output.success) {
    return failure(
      'bridge.malformed_answer',
      'The main process answered with data that does not match the contract.',
      'Restart Key Ceremony and report this to your administrator.',
      BRIDGE_SAID.offContract,
    );
  }
  return { ok: true, value: output.data as ChannelOutput<C> };
}

export function createBridge(transport: Transport): KeyCeremonyApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let unsubscribe: (() => void) | null = null;

  const deliver = (raw: unknown) => {
    const envelope = EventEnvelope.safeParse(raw);
    if (!envelope.success || !isEventName(envelope.data.event)) return;
    const name = envelope.data.event;
    const payload = events[name].safeParse(envelope.data.payload);
    if (!payload.success) return; // A malformed event is dropped, never handed to the page.
    for (const listener of listeners.get(name) ?? []) listener(payload.data);
  };

  const invoke = {} as Record<Channel, (input: unknown) => Promise<unknown>>;
  for (const name of Object.keys(channels)) {
    if (!isChannel(name)) continue;
    invoke[name] = (input: unknown) => callThrough(transport, name, input);
  }

  const on = {} as Record<EventName, (listener: (payload: unknown) => void) => () => void>;
  for (const name of Object.keys(events)) {
    if (!isEventName(name)) continue;
    on[name] = (listener) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      unsubscribe ??= transport.subscribe(deliver);
      return () => {
        set.delete(listener);
        const total = [...listeners.values()].reduce((n, s) => n + s.size, 0);
        if (total === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    };
  }

  return Object.freeze({
    invoke: Object.freeze(invoke) as unknown as InvokeApi,
    on: Object.freeze(on) as unknown as EventApi,
  });
}
