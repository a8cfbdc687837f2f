// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  apiKeyFromSecret,
  generateKeyPair,
  nextNonce,
  queryCandidates,
  serializeQuery,
  signRequest,
  verifyRequest,
} from '../../../main/cobo/sign';
import { doubleSha256, nodeSign, nodeVerify, rawPublicKey } from './node-ed25519';

// RFC 8032, section 7.1, TEST 1: an independent secret/public key pair.
const RFC_SECRET = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const RFC_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

describe('API key derivation', () => {
  it('derives the RFC 8032 public key from its secret', () => {
    expect(apiKeyFromSecret(RFC_SECRET)).toBe(RFC_PUBLIC);
    expect(apiKeyFromSecret(RFC_SECRET.toUpperCase())).toBe(RFC_PUBLIC);
  });

  it('agrees with Node for generated key pairs', () => {
    for (let i = 0; i < 20; i++) {
      const { secretHex, apiKey } = generateKeyPair();
      expect(secretHex).toMatch(/^[0-9a-f]{64}$/);
      expect(apiKey).toBe(rawPublicKey(secretHex));
      expect(apiKeyFromSecret(secretHex)).toBe(apiKey);
    }
  });

  it.each([
    ['63 characters', RFC_SECRET.slice(1)],
    ['65 characters', RFC_SECRET + '0'],
    ['a 0x prefix', '0x' + RFC_SECRET],
    ['non-hex', 'z' + RFC_SECRET.slice(1)],
    ['whitespace', ' ' + RFC_SECRET],
    ['empty', ''],
  ])('refuses a secret with %s, without echoing it', (_name, secret) => {
    expect(() => apiKeyFromSecret(secret)).toThrow(/exactly 64 hexadecimal characters/);
    try {
      apiKeyFromSecret(secret);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(RFC_SECRET.slice(4, 20));
    }
  });
});

describe('query serialisation', () => {
  it.each([
    [
      'keeps the given order (unsorted keys)',
      [
        ['z', '1'],
        ['a', '2'],
        ['m', '3'],
      ],
      'z=1&a=2&m=3',
    ],
    [
      'keeps repeated keys',
      [
        ['id', '1'],
        ['id', '2'],
      ],
      'id=1&id=2',
    ],
    ['writes a space as +', [['q', 'a b  c']], 'q=a+b++c'],
    ['percent-encodes a literal +, & and =', [['q', 'a+b&c=d']], 'q=a%2Bb%26c%3Dd'],
    ['encodes unicode as UTF-8', [['name', 'Zoë 🔑']], 'name=Zo%C3%AB+%F0%9F%94%91'],
    ["leaves !'()* as encodeURIComponent does", [['q', "!'()*~-._"]], "q=!'()*~-._"],
    [
      'drops empty values',
      [
        ['a', ''],
        ['b', '1'],
      ],
      'b=1',
    ],
    ['is empty for no parameters', [], ''],
  ] as const)('%s', (_name, pairs, expected) => {
    expect(serializeQuery(pairs as unknown as Array<[string, string]>)).toBe(expected);
  });

  it('accepts an object and drops undefined and null', () => {
    expect(
      serializeQuery({ vault_type: 'Org-Controlled', project_id: undefined, limit: 10, after: null }),
    ).toBe('vault_type=Org-Controlled&limit=10');
  });

  it('gives a server both the rebuilt and the raw query to check', () => {
    expect(queryCandidates('q=a%20b')).toEqual(['q=a+b', 'q=a%20b']);
    expect(queryCandidates('q=%27x%27')).toEqual(["q='x'", 'q=%27x%27']);
    expect(queryCandidates('q=a+b')).toEqual(['q=a+b']);
  });
});

describe('signRequest', () => {
  const nonce = '1700000000000';

  it('signs METHOD|PATH|NONCE|QUERY|BODY, checked against a hand-built string and Node', () => {
    const body = JSON.stringify({ type: 'KeyGen', target_key_share_holder_group_id: 'g-1' });
    const signed = signRequest({
      secretHex: RFC_SECRET,
      method: 'post',
      path: '/v2/wallets/mpc/vaults/v1/tss_requests',
      query: [
        ['b', 'x y'],
        ['a', '1'],
      ],
      body,
      nonce,
    });
    const expected = `POST|/v2/wallets/mpc/vaults/v1/tss_requests|${nonce}|b=x+y&a=1|${body}`;
    expect(signed.stringToSign).toBe(expected);
    expect(signed.queryString).toBe('b=x+y&a=1');
    expect(signed.headers['BIZ-API-KEY']).toBe(RFC_PUBLIC);
    expect(signed.headers['BIZ-API-NONCE']).toBe(nonce);
    // Ed25519 is deterministic: Node must produce the very same signature over the same digest.
    expect(signed.headers['BIZ-API-SIGNATURE']).toBe(nodeSign(RFC_SECRET, doubleSha256(expected)));
    expect(nodeVerify(RFC_PUBLIC, doubleSha256(expected), signed.headers['BIZ-API-SIGNATURE'])).toBe(true);
  });

  it('signs an empty body and no query as empty fields', () => {
    const signed = signRequest({
      secretHex: RFC_SECRET,
      method: 'GET',
      path: '/v2/wallets/mpc/cobo_key_share_holders',
      nonce,
    });
    expect(signed.stringToSign).toBe(`GET|/v2/wallets/mpc/cobo_key_share_holders|${nonce}||`);
    expect(
      nodeVerify(RFC_PUBLIC, doubleSha256(signed.stringToSign), signed.headers['BIZ-API-SIGNATURE']),
    ).toBe(true);
  });

  it('signs a unicode body over its UTF-8 bytes', () => {
    const body = JSON.stringify({ name: 'Signing group — Zoë 🔑' });
    const signed = signRequest({ secretHex: RFC_SECRET, method: 'POST', path: '/v2/x', body, nonce });
    expect(
      nodeVerify(
        RFC_PUBLIC,
        doubleSha256(`POST|/v2/x|${nonce}||${body}`),
        signed.headers['BIZ-API-SIGNATURE'],
      ),
    ).toBe(true);
  });

  it('is broken by a one-byte change anywhere in the signed string', () => {
    const signed = signRequest({
      secretHex: RFC_SECRET,
      method: 'GET',
      path: '/v2/a/b',
      query: { k: 'v' },
      body: '{"x":1}',
      nonce,
    });
    const s = signed.stringToSign;
    const sig = signed.headers['BIZ-API-SIGNATURE'];
    for (let i = 0; i < s.length; i++) {
      const changed = s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ 1) + s.slice(i + 1);
      expect(nodeVerify(RFC_PUBLIC, doubleSha256(changed), sig)).toBe(false);
    }
    const flipped = (parseInt(sig[0]!, 16) ^ 1).toString(16) + sig.slice(1);
    expect(nodeVerify(RFC_PUBLIC, doubleSha256(s), flipped)).toBe(false);
  });

  it('verifyRequest accepts the signed request and refuses any change', () => {
    const signed = signRequest({
      secretHex: RFC_SECRET,
      method: 'GET',
      path: '/v2/a',
      query: { k: 'v' },
      body: '',
      nonce,
    });
    const good = {
      apiKey: RFC_PUBLIC,
      signature: signed.headers['BIZ-API-SIGNATURE'],
      method: 'GET',
      path: '/v2/a',
      nonce,
      queryString: 'k=v',
      body: '',
    };
    expect(verifyRequest(good)).toBe(true);
    for (const change of [
      { method: 'POST' },
      { path: '/v2/b' },
      { nonce: '1700000000001' },
      { queryString: 'k=w' },
      { body: ' ' },
      { apiKey: generateKeyPair().apiKey },
      { signature: 'ab' },
      { apiKey: 'nothex' },
    ]) {
      expect(verifyRequest({ ...good, ...change })).toBe(false);
    }
  });

  it('uses strictly increasing nonces, even within one millisecond', () => {
    const now = Date.now() + 10_000;
    const a = Number(nextNonce(now));
    const b = Number(nextNonce(now));
    const c = Number(nextNonce(now - 5));
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    const nonces = Array.from({ length: 50 }, () =>
      Number(signRequest({ secretHex: RFC_SECRET, method: 'GET', path: '/v2/a' }).headers['BIZ-API-NONCE']),
    );
    for (let i = 1; i < nonces.length; i++) expect(nonces[i]).toBeGreaterThan(nonces[i - 1]!);
  });

  it.each([
    '/v1/wallets',
    'v2/wallets',
    '/v2//wallets',
    '/v2/../admin',
    '/v2/a?x=1',
    '/v2/a#f',
    'https://evil/v2/a',
    '/v20/a',
  ])('refuses to sign the path %s', (path) => {
    expect(() => signRequest({ secretHex: RFC_SECRET, method: 'GET', path, nonce })).toThrow(
      /only paths under \/v2/,
    );
  });

  it('refuses a nonce that is not a millisecond time', () => {
    for (const bad of ['', 'abc', '0', '-1', '1.5', '12345678901234567890']) {
      expect(() => signRequest({ secretHex: RFC_SECRET, method: 'GET', path: '/v2/a', nonce: bad })).toThrow(
        /nonce/,
      );
    }
  });
});
