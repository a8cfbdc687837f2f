/**
 * The Cobo environments the app can talk to, and the rule that keeps every request on the chosen one.
 */
import type { EnvironmentId, EnvironmentInfo, FrontEnd } from '../../common/contract';
import { EN, said } from '../../common/i18n/translate';
import { ENVIRONMENT_DESCRIPTIONS, ENVIRONMENT_NAMES } from '../../common/i18n/environments';
import { AppError } from '../app-error';

export const ENVIRONMENTS: Readonly<Record<EnvironmentId, EnvironmentInfo>> = {
  sandbox: {
    id: 'sandbox',
    label: EN(ENVIRONMENT_NAMES.sandbox),
    baseUrl: null,
    description: EN(ENVIRONMENT_DESCRIPTIONS.sandbox),
  },
  development: {
    id: 'development',
    label: EN(ENVIRONMENT_NAMES.development),
    baseUrl: 'https://api.dev.cobo.com/v2',
    description: EN(ENVIRONMENT_DESCRIPTIONS.development),
  },
  production: {
    id: 'production',
    label: EN(ENVIRONMENT_NAMES.production),
    baseUrl: 'https://api.cobo.com/v2',
    description: EN(ENVIRONMENT_DESCRIPTIONS.production),
  },
};

/** Which environments a front end may use: the browser host never drives a real vault. */
export function environmentsFor(frontEnd: FrontEnd): EnvironmentId[] {
  return frontEnd === 'electron' ? ['sandbox', 'development', 'production'] : ['sandbox'];
}

export function assertEnvironmentAllowed(frontEnd: FrontEnd, environment: EnvironmentId): void {
  if (!environmentsFor(frontEnd).includes(environment)) {
    throw new AppError(
      'environment.not_allowed',
      said('errorsMore.environment.notAllowed', { environment: said(ENVIRONMENT_NAMES[environment]) }),
      said('errorsMore.environment.notAllowedHint'),
    );
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export const isLoopbackHost = (hostname: string): boolean => LOOPBACK_HOSTS.has(hostname);

/**
 * Checks a base URL: https, or plain http to loopback only; a path that ends in /v2 without a trailing
 * slash (a trailing slash would put "//" into the signed path).
 */
export function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError(
      'environment.bad_url',
      said('errorsMore.environment.badUrl', { url: baseUrl }),
      said('errorsMore.environment.badUrlHint'),
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new AppError(
      'environment.insecure_url',
      said('errorsMore.environment.insecureUrl', { origin: `${url.protocol}//${url.host}` }),
      said('errorsMore.environment.insecureUrlHint'),
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new AppError(
      'environment.bad_url',
      said('errorsMore.environment.urlExtras'),
      said('errorsMore.environment.urlExtrasHint'),
    );
  }
  if (!/^\/v2$/.test(url.pathname)) {
    throw new AppError(
      'environment.bad_url',
      said('errorsMore.environment.urlPath', { path: url.pathname }),
      said('errorsMore.environment.badUrlHint'),
    );
  }
  return url;
}
