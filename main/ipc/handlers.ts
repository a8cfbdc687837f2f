/**
 * The dispatch table: one thin entry per contract channel, each a call into a service.
 */
import { appInfo } from '../app-info';
import { createHolderPanel } from '../sandbox/holder-panel';
import type { Services } from '../services';
import type { HandlerTable } from './dispatch';

export function createHandlers({ profiles, sandbox, events }: Services): HandlerTable {
  const panel = createHolderPanel(sandbox);
  const changed = <T>(value: T) => {
    events.emit('app.changed', { topic: 'sandbox' });
    return value;
  };
  return {
    'app.info': (_input, context) => appInfo(context.frontEnd),
    'profiles.list': () => profiles.list(),
    'profiles.import': (input) => profiles.importSecret(input),
    'profiles.generate': (input) => profiles.generate(input),
    'profiles.rename': (input) => profiles.rename(input),
    'profiles.delete': (input) => profiles.delete(input),
    'profiles.testConnection': (input) => profiles.testConnection(input),
    'sandbox.holders': () => panel.holders(),
    'sandbox.decide': async (input) => changed(await panel.decide(input)),
    'sandbox.setOnline': async (input) => changed(await panel.setOnline(input)),
    'sandbox.losePhone': async (input) => changed(await panel.losePhone(input)),
    'sandbox.setManualApproval': async (input) => changed(await panel.setManualApproval(input)),
  };
}
