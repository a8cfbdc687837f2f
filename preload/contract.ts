/**
 * The one contract between the page and the main process.
 *
 * Every call (page -> main, request/response) and every event (main -> page) is declared here with a
 * zod schema. Both sides take their types from these schemas, and both sides parse with them at run
 * time: the bridge before a call leaves the page and after its answer arrives, the dispatch in main
 * before a handler runs and before its answer leaves. Nothing else crosses the boundary.
 */
import { z } from 'zod';

const noInput = z.strictObject({});

export const EnvironmentId = z.enum(['sandbox', 'development', 'production']);
export type EnvironmentId = z.infer<typeof EnvironmentId>;

export const FrontEnd = z.enum(['electron', 'browser']);
export type FrontEnd = z.infer<typeof FrontEnd>;

export const EnvironmentInfo = z.strictObject({
  id: EnvironmentId,
  label: z.string(),
  /** The base URL, or null for the offline sandbox, whose loopback port is chosen at run time. */
  baseUrl: z.string().nullable(),
  description: z.string(),
});
export type EnvironmentInfo = z.infer<typeof EnvironmentInfo>;

/** Every refusal and failure that crosses the boundary has this shape, and nothing more. */
export const ErrorPayload = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_.]*$/),
  message: z.string(),
  hint: z.string(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Calls: page -> main, one answer each. */
export const channels = {
  'app.info': call(
    noInput,
    z.strictObject({
      name: z.string(),
      version: z.string(),
      frontEnd: FrontEnd,
      versions: z.strictObject({
        electron: z.string().nullable(),
        chromium: z.string().nullable(),
        node: z.string(),
      }),
      environments: z.array(EnvironmentInfo),
    }),
  ),
} as const;

/** Events: main -> page, pushed. */
export const events = {
  /** Main tells the page that something it shows has changed, so the page reads it again. */
  'app.changed': z.strictObject({ topic: z.enum(['profiles']) }),
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type Events = typeof events;
export type EventName = keyof Events;

export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** What a call answers: a value or a structured error, never a thrown stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const ResultEnvelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ErrorPayload }),
]);

export const EventEnvelope = z.strictObject({ event: z.string(), payload: z.unknown() });

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);

/** The Electron IPC channel names that carry the contract: one for calls, one for events. */
export const IPC_CALL = 'kc:call';
export const IPC_EVENT = 'kc:event';

/** Plain-language summary of the first schema problem, without echoing the value itself. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'the input is not valid';
  const where = first.path.length ? first.path.map(String).join('.') : 'input';
  return `${where}: ${first.message}`;
}
