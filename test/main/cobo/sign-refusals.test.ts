// @vitest-environment node
/** What the signer refuses to sign or to verify, in words, and the query forms a server must check. */
import { describe, expect, it } from 'vitest';
import {
  apiKeyFromSecret,
  generateKeyPair,
  queryCandidates,
  signRequest,
  verifyRequest,
  verifyRequestAsync,
} from '../../../main/cobo/sign';

const { secretHex, apiKey } = generateKeyPair();
const request = {
  method: 'GET',
  path: '/v2/wallets/mpc/vaults',
  nonce: String(Date.now()),
  queryString: '',
  body: '',
};

describe('what the signer refuses', () => {
  it('refuses a secret that is not 64 hex characters, saying what it is', () => {
    for (const bad of [secretHex.slice(1), `${secretHex}0`, `${secretHex.slice(2)}zz`])
      expect(() => signRequest({ secretHex: bad, method: 'GET', path: '/v2' })).toThrow(
        expect.objectContaining({
          code: 'cobo.bad_key_format',
          message: 'The API secret must be exactly 64 hexadecimal characters (32 bytes).',
          hint: 'Check the API secret you entered: it is the hex string shown when the key was created.',
        }),
      );
    expect(apiKeyFromSecret(secretHex.toUpperCase())).toBe(apiKey);
  });

  it.each(['/v1/x', '/v2x', '/v2/a?b=1', '/v2/a#b', '/v2/a b', '/v2//a', '/v2/./a', '/v2/a/..', 'v2/a', ''])(
    'refuses to sign the path %j',
    (path) => {
      expect(() => signRequest({ secretHex, method: 'GET', path })).toThrow(
        expect.objectContaining({
          code: 'cobo.bad_path',
          message: `Refusing to sign a request for "${path}": only paths under /v2 can be signed.`,
          hint: 'This is a bug in the app; report it with the time it happened.',
        }),
      );
    },
  );

  it('signs /v2 itself and paths with dots inside names', () => {
    expect(() => signRequest({ secretHex, method: 'GET', path: '/v2' })).not.toThrow();
    expect(() => signRequest({ secretHex, method: 'GET', path: '/v2/a.b/..c' })).not.toThrow();
  });

  it('cuts a long refused path at 80 characters', () => {
    const path = `/v1/${'x'.repeat(200)}`;
    expect(() => signRequest({ secretHex, method: 'GET', path })).toThrow(
      `Refusing to sign a request for "${path.slice(0, 80)}": only paths under /v2 can be signed.`,
    );
  });

  it('refuses a nonce that is not a millisecond time, in words', () => {
    expect(() => signRequest({ secretHex, method: 'GET', path: '/v2', nonce: '0123' })).toThrow(
      expect.objectContaining({
        code: 'cobo.bad_nonce',
        message: 'A request nonce must be a Unix time in milliseconds.',
        hint: 'This is a bug in the app.',
      }),
    );
  });
});

describe('what the verifier refuses without looking further', () => {
  const signed = signRequest({ secretHex, method: 'GET', path: request.path, nonce: request.nonce });
  const signature = signed.headers['BIZ-API-SIGNATURE'];

  it('accepts the signature in either case, and the key in either case', async () => {
    expect(
      verifyRequest({ ...request, apiKey: apiKey.toUpperCase(), signature: signature.toUpperCase() }),
    ).toBe(true);
    expect(await verifyRequestAsync({ ...request, apiKey, signature })).toBe(true);
  });

  it.each([
    ['a short key', { apiKey: apiKey.slice(2), signature }],
    ['a long key', { apiKey: `${apiKey}00`, signature }],
    ['a short signature', { apiKey, signature: signature.slice(2) }],
    ['a long signature', { apiKey, signature: `${signature}00` }],
    ['a signature that is not hex', { apiKey, signature: `${signature.slice(2)}zz` }],
    ['a key that is not a curve point', { apiKey: 'ff'.repeat(32), signature }],
  ])('refuses %s', async (_, parts) => {
    expect(verifyRequest({ ...request, ...parts })).toBe(false);
    expect(await verifyRequestAsync({ ...request, ...parts })).toBe(false);
  });

  it('refuses a request it could not even rebuild', async () => {
    const broken = { ...request, apiKey, signature, path: '/v1/elsewhere' };
    expect(verifyRequest(broken)).toBe(false);
    expect(await verifyRequestAsync(broken)).toBe(false);
  });
});

describe('query candidates', () => {
  it('offers the rebuilt and the raw form when they differ, one when they agree, and none for no query', () => {
    expect(queryCandidates('')).toEqual(['']);
    expect(queryCandidates('?')).toEqual(['']);
    expect(queryCandidates('?a=1&b=2')).toEqual(['a=1&b=2']);
    expect(queryCandidates('a=x%20y')).toEqual(['a=x+y', 'a=x%20y']);
  });
});
