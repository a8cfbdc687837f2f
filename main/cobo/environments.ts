/**
 * The Cobo environments the app can talk to, and the rule that keeps every request on the chosen one.
 */
import type { EnvironmentId, EnvironmentInfo, FrontEnd } from '../../common/contract';
import { AppError } from '../app-error';

export const ENVIRONMENTS: Readonly<Record<EnvironmentId, EnvironmentInfo>> = {
  sandbox: {
    id: 'sandbox',
    label: 'Offline sandbox',
    baseUrl: null,
    description:
      'A Cobo-compatible server inside this app, on this computer only. For rehearsal: no real keys, no network.',
  },
  development: {
    id: 'development',
    label: 'Cobo Development',
    baseUrl: 'https://api.dev.cobo.com/v2',
    description:
      "Cobo's development environment. Needs an API key registered in the development Cobo Portal.",
  },
  production: {
    id: 'production',
    label: 'Cobo Production',
    baseUrl: 'https://api.cobo.com/v2',
    description: 'Real vaults and real keys. Every request here changes your organisation for good.',
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
      `The ${ENVIRONMENTS[environment].label} environment is not available in the browser host.`,
      'The browser host only rehearses against the offline sandbox. Use the desktop app for Cobo environments.',
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
      `"${baseUrl}" is not a valid URL.`,
      'Use a URL such as https://api.cobo.com/v2.',
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new AppError(
      'environment.insecure_url',
      `Refusing ${url.protocol}//${url.host}: plain http is only allowed to this computer (loopback).`,
      'Use an https URL for any Cobo environment.',
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new AppError(
      'environment.bad_url',
      'A base URL must not carry a query, fragment or credentials.',
      'Remove them and try again.',
    );
  }
  if (!/^\/v2$/.test(url.pathname)) {
    throw new AppError(
      'environment.bad_url',
      `The base URL must end in /v2 without a trailing slash (got path "${url.pathname}").`,
      'Use a URL such as https://api.cobo.com/v2.',
    );
  }
  return url;
}
