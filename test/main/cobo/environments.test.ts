// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  assertEnvironmentAllowed,
  ENVIRONMENTS,
  environmentsFor,
  isLoopbackHost,
  parseBaseUrl,
} from '../../../main/cobo/environments';

describe('environments', () => {
  it('offers the browser host the offline sandbox only, and the desktop app all three', () => {
    expect(environmentsFor('browser')).toEqual(['sandbox']);
    expect(environmentsFor('electron')).toEqual(['sandbox', 'development', 'production']);
    expect(() => assertEnvironmentAllowed('electron', 'production')).not.toThrow();
    expect(() => assertEnvironmentAllowed('browser', 'sandbox')).not.toThrow();
    expect(() => assertEnvironmentAllowed('browser', 'production')).toThrow(
      expect.objectContaining({
        code: 'environment.not_allowed',
        message: 'The Cobo Production environment is not available in the browser host.',
        hint: 'The browser host only rehearses against the offline sandbox. Use the desktop app for Cobo environments.',
      }),
    );
  });

  it('points Development and Production at Cobo’s own hosts, over https', () => {
    expect(ENVIRONMENTS.development.baseUrl).toBe('https://api.dev.cobo.com/v2');
    expect(ENVIRONMENTS.production.baseUrl).toBe('https://api.cobo.com/v2');
    expect(ENVIRONMENTS.sandbox.baseUrl).toBeNull();
  });

  it('knows loopback by name', () => {
    expect(['127.0.0.1', '[::1]', 'localhost'].map(isLoopbackHost)).toEqual([true, true, true]);
    expect(['127.0.0.2', 'localhost.evil', '0.0.0.0'].map(isLoopbackHost)).toEqual([false, false, false]);
  });

  it.each([
    [
      'nope',
      'environment.bad_url',
      '"nope" is not a valid URL.',
      'Use a URL such as https://api.cobo.com/v2.',
    ],
    [
      'http://10.0.0.1/v2',
      'environment.insecure_url',
      'Refusing http://10.0.0.1: plain http is only allowed to this computer (loopback).',
      'Use an https URL for any Cobo environment.',
    ],
    [
      'https://api.cobo.com/v2#x',
      'environment.bad_url',
      'A base URL must not carry a query, fragment or credentials.',
      'Remove them and try again.',
    ],
    [
      'https://:pw@api.cobo.com/v2',
      'environment.bad_url',
      'A base URL must not carry a query, fragment or credentials.',
      'Remove them and try again.',
    ],
    [
      'https://api.cobo.com/x/v2',
      'environment.bad_url',
      'The base URL must end in /v2 without a trailing slash (got path "/x/v2").',
      'Use a URL such as https://api.cobo.com/v2.',
    ],
  ])('refuses %s in words', (url, code, message, hint) => {
    expect(() => parseBaseUrl(url)).toThrow(expect.objectContaining({ code, message, hint }));
  });
});
