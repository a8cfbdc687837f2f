/**
 * The browser host's transport: calls as same-origin POSTs, events as server-sent events. The session
 * cookie set by the host authenticates both; the page never sees the token.
 */
import { HTTP_CALL_PATH as CALL_PATH, HTTP_EVENTS_PATH as EVENTS_PATH } from '../common/contract';
import type { Transport } from './bridge';

export function createHttpTransport(base: string = ''): Transport {
  return {
    async invoke(channel, input) {
      const response = await fetch(`${base}${CALL_PATH}${encodeURIComponent(channel)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ input }),
      });
      return (await response.json()) as unknown;
    },
    subscribe(listener) {
      const source = new EventSource(`${base}${EVENTS_PATH}`);
      // The stream drops when the host stops; the page must then not show what it holds as current.
      let lost = false;
      source.onerror = () => {
        if (lost) return;
        lost = true;
        listener({ event: 'app.connection', payload: { connected: false } });
      };
      source.onopen = () => {
        if (!lost) return;
        lost = false;
        listener({ event: 'app.connection', payload: { connected: true } });
      };
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          listener(JSON.parse(message.data) as unknown);
        } catch {
          // A malformed frame is dropped; the bridge validates every envelope anyway.
        }
      };
      return () => source.close();
    },
  };
}
