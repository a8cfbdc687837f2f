/**
 * Events pushed from main to the page. Each payload is parsed with the contract before it leaves, then
 * handed to every connected front end (the Electron window, the browser host's event streams).
 */
import { events, type EventName, type EventPayload } from '../../common/contract';
import { log } from '../log';

export type EventSink = (envelope: { event: EventName; payload: unknown }) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  connect(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      const parsed = events[event].safeParse(payload);
      if (!parsed.success) {
        log.error('ipc.invalid_event', { event });
        return;
      }
      for (const sink of sinks) {
        try {
          sink({ event, payload: parsed.data });
        } catch {
          log.warn('ipc.event_sink_failed', { event });
        }
      }
    },
    connect(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
