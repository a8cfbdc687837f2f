import pkg from '../package.json';
import type { ChannelOutput, FrontEnd } from '../common/contract';
import { ENVIRONMENTS, environmentsFor } from './cobo/environments';

declare const __APP_COMMIT__: string | undefined;

export const APP_NAME = pkg.productName;
export const APP_VERSION = pkg.version;
/** Set at build time; tests and unbuilt runs say "development". */
export const APP_COMMIT = typeof __APP_COMMIT__ === 'string' ? __APP_COMMIT__ : 'development';

export function appInfo(frontEnd: FrontEnd): ChannelOutput<'app.info'> {
  return {
    name: APP_NAME,
    version: APP_VERSION,
    commit: APP_COMMIT,
    frontEnd,
    versions: {
      electron: process.versions.electron ?? null,
      chromium: process.versions.chrome ?? null,
      node: process.versions.node,
    },
    environments: environmentsFor(frontEnd).map((id) => ENVIRONMENTS[id]),
  };
}
