/**
 * Each environment's name and description as message keys: main's contract carries them in English
 * (its logs, the command line), the screens say them in their language.
 */
import type { EnvironmentId } from '../contract';
import type { MessageKey } from './translate';

export const ENVIRONMENT_NAMES: Readonly<Record<EnvironmentId, MessageKey>> = {
  sandbox: 'ceremonies.env.sandbox',
  development: 'ceremonies.env.development',
  production: 'ceremonies.env.production',
};

export const ENVIRONMENT_DESCRIPTIONS: Readonly<Record<EnvironmentId, MessageKey>> = {
  sandbox: 'ceremonies.env.sandboxDescription',
  development: 'ceremonies.env.developmentDescription',
  production: 'ceremonies.env.productionDescription',
};
