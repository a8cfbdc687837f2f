/**
 * The browser host's transport: calls as same-origin POSTs, events as a server-sent event stream read
 * with fetch (an EventSource cannot send a header). Both carry the session in a header, from the tab's
 * sessionStorage: readable by the app's own origin only, and never sent anywhere by the browser itself.
 * No cookie goes with them (`credentials: 'omit'`): cookies of 127.0.0.1 are anyone's.
 */
import {
  HTTP_CALL_PATH as CALL_PATH,
  HTTP_EVENTS_PATH as EVENTS_PATH,
  HTTP_SESSION_HEADER as SESSION_HEADER,
  HTTP_SESSION_META as SESSION_META,
} from '../common/contract';
import { MAIN_GONE_SAID, NO_SESSION_SAID } from '../common/i18n/boundary-said';
import type { Transport } from './bridge';

const STORAGE_KEY = 'kc-session';
/** How long to wait before opening the event stream again after it dropped. */
const RECONNECT_MS = 1_000;
/** The host writes to the stream at least every 15 s (a ping): a stream silent for longer is dead. */
const SILENT_MS = 35_000;

/**
 * The session: handed over once in a meta tag by the page the printed link opened, then kept in this
 * tab's sessionStorage (a reload keeps it; another tab has none). The token leaves the address bar.
 */
export function takeSession(win: Pick<Window, 'document' | 'sessionStorage' | 'history' | 'location'>) {
  const meta = win.document.querySelector(`meta[name="${SESSION_META}"]`);
  const handed = meta?.getAttribute('content');
  if (handed) {
    win.sessionStorage.setItem(STORAGE_KEY, handed);
    meta?.remove();
    win.history.replaceState(null, '', `/${win.location.hash}`);
  }
  return () => win.sessionStorage.getItem(STORAGE_KEY);
}

/** The host did not answer at all (stopped, or the network path gone): said as such, not as a page error. */
const UNREACHABLE = {
  ok: false,
  error: {
    code: 'ipc.unreachable',
    message: 'Key Ceremony’s main process is not answering, so nothing was done.',
    hint: 'Start the app again (npm run start:browser) and open the new link it prints; the ceremonies are kept and continue where they were.',
    said: MAIN_GONE_SAID,
  },
} as const;

const NO_SESSION = {
  ok: false,
  error: {
    code: 'ipc.no_session',
    message: 'This tab has no session with the browser host, so nothing can be done from it.',
    hint: 'Go back to the tab the printed link opened (it keeps its session when reloaded), or stop "npm run start:browser" and start it again for a new link.',
    said: NO_SESSION_SAID,
  },
} as const;

/** Server-sent event frames from a stream of text: each `data:` line of a complete frame. */
async function* frames(body: ReadableStream<Uint8Array>, heard: () => void): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    heard();
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of frame.split('\n')) if (line.startsWith('data: ')) yield line.slice(6);
    }
  }
}

export function createHttpTransport(session: () => string | null, base: string = ''): Transport {
  const headers = (value: string) => ({ [SESSION_HEADER]: value });
  return {
    async invoke(channel, input) {
      const value = session();
      if (!value) return NO_SESSION;
      try {
        const response = await fetch(`${base}${CALL_PATH}${encodeURIComponent(channel)}`, {
          method: 'POST',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json', ...headers(value) },
          body: JSON.stringify({ input }),
        });
        return (await response.json()) as unknown;
      } catch {
        return UNREACHABLE;
      }
    },
    subscribe(listener) {
      let stopped = false;
      let controller: AbortController | null = null;
      // The stream drops when the host stops; the page must then not show what it holds as current.
      let lost = false;
      const connection = (connected: boolean, sessionEnded = false) => {
        if (lost !== connected && !sessionEnded) return;
        lost = !connected;
        listener({
          event: 'app.connection',
          payload: sessionEnded ? { connected, sessionEnded } : { connected },
        });
      };
      const run = async () => {
        while (!stopped) {
          controller = new AbortController();
          try {
            const value = session();
            const response = value
              ? await fetch(`${base}${EVENTS_PATH}`, {
                  credentials: 'omit',
                  cache: 'no-store',
                  headers: headers(value),
                  signal: controller.signal,
                })
              : null;
            if (response?.status === 401) {
              // This tab's session is from an earlier start of the host: trying again cannot help.
              connection(false, true);
              return;
            }
            if (response?.ok && response.body) {
              connection(true);
              // A connection that died without closing (a host killed under load) is given up on.
              let heard = Date.now();
              const watchdog = setInterval(() => {
                if (Date.now() - heard > SILENT_MS) controller?.abort();
              }, 5_000);
              try {
                for await (const data of frames(response.body, () => (heard = Date.now()))) {
                  try {
                    listener(JSON.parse(data) as unknown);
                  } catch {
                    // A malformed frame is dropped; the bridge validates every envelope anyway.
                  }
                }
              } finally {
                clearInterval(watchdog);
              }
            }
          } catch {
            // Dropped or refused: said below, then tried again.
          }
          if (stopped) return;
          connection(false);
          await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
        }
      };
      void run();
      return () => {
        stopped = true;
        controller?.abort();
      };
    },
  };
}
