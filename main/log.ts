/**
 * The main process's only logger. It takes an event name and an allow-list of scalar fields, never an
 * object to serialise, so a secret cannot slip into a log line by riding along inside a larger value.
 */
export type LogValue = string | number | boolean | null;
export type LogFields = Readonly<Record<string, LogValue>>;
export type LogSink = (line: string) => void;

const SAFE_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,40}$/;
const MAX_VALUE = 200;

let sink: LogSink = (line) => process.stderr.write(line + '\n');

/** Tests and the browser host redirect log lines here. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

function clean(fields: LogFields): Record<string, LogValue> {
  const out: Record<string, LogValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!SAFE_KEY.test(key)) continue;
    out[key] =
      typeof value === 'string' && value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) + '…' : value;
  }
  return out;
}

function write(level: 'info' | 'warn' | 'error', event: string, fields: LogFields = {}): void {
  sink(JSON.stringify({ t: new Date().toISOString(), level, event, ...clean(fields) }));
}

/** What an error says, for a log field (never a stack). */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : 'unknown');

export const log = {
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
};
