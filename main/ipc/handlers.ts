/**
 * The dispatch table: one thin entry per contract channel, each a call into a service.
 */
import { appInfo } from '../app-info';
import type { Services } from '../services';
import type { HandlerTable } from './dispatch';

export function createHandlers(_services: Services): HandlerTable {
  return {
    'app.info': (_input, context) => appInfo(context.frontEnd),
  };
}
