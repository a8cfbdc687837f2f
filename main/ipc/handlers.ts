/**
 * The dispatch table: one thin entry per contract channel, each a call into a service.
 */
import { appInfo } from '../app-info';
import type { Services } from '../services';
import type { HandlerTable } from './dispatch';

export function createHandlers({ profiles }: Services): HandlerTable {
  return {
    'app.info': (_input, context) => appInfo(context.frontEnd),
    'profiles.list': () => profiles.list(),
    'profiles.import': (input) => profiles.importSecret(input),
    'profiles.generate': (input) => profiles.generate(input),
    'profiles.rename': (input) => profiles.rename(input),
    'profiles.delete': (input) => profiles.delete(input),
    'profiles.testConnection': (input) => profiles.testConnection(input),
  };
}
