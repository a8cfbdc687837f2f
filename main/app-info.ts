import pkg from '../package.json';
import type { ChannelOutput, FrontEnd } from '../preload/contract';
import { ENVIRONMENTS, environmentsFor } from './cobo/environments';

export const APP_NAME = pkg.productName;
export const APP_VERSION = pkg.version;

export function appInfo(frontEnd: FrontEnd): ChannelOutput<'app.info'> {
  return {
    name: APP_NAME,
    version: APP_VERSION,
    frontEnd,
    versions: {
      electron: process.versions.electron ?? null,
      chromium: process.versions.chrome ?? null,
      node: process.versions.node,
    },
    environments: environmentsFor(frontEnd).map((id) => ENVIRONMENTS[id]),
  };
}
