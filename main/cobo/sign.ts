/**
 * Cobo WaaS 2.0 request authentication, both ways: the client signs with it and the sandbox verifies
 * with it, so there is one implementation of the scheme (../../../shared/notes/cobo-api.md).
 *
 *   string to sign = METHOD|PATH|NONCE|QUERY|BODY
 *   signature      = Ed25519(secret, SHA-256(SHA-256(utf8(string to sign))))
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { said, type MessageKey } from '../../common/i18n/translate';
import { AppError } from '../app-error';

export const HEADER_API_KEY = 'BIZ-API-KEY';
export const HEADER_NONCE = 'BIZ-API-NONCE';
export const HEADER_SIGNATURE = 'BIZ-API-SIGNATURE';

/** Query parameters in the order they are sent; repeated keys allowed. */
export type QueryPairs = ReadonlyArray<readonly [string, string]>;
export type QueryInput = QueryPairs | Readonly<Record<string, string | number | boolean | undefined | null>>;

export interface SignedHeaders {
  readonly [HEADER_API_KEY]: string;
  readonly [HEADER_NONCE]: string;
  readonly [HEADER_SIGNATURE]: string;
}

export interface SignInput {
  readonly secretHex: string;
  readonly method: string;
  /** The URL path including the /v2 prefix, without host or query. */
  readonly path: string;
  readonly query?: QueryInput;
  /** The exact body that will be sent; empty string (or undefined) for none. */
  readonly body?: string;
  /** Milliseconds since the epoch as a decimal string; defaults to the next strictly increasing nonce. */
  readonly nonce?: string;
}

export interface SignedRequest {
  readonly headers: SignedHeaders;
  /** The query string exactly as signed, to be sent exactly so (no leading "?"). */
  readonly queryString: string;
  readonly stringToSign: string;
}

const HEX_64 = /^[0-9a-f]{64}$/i;

const KEY_WORDS: Record<'API secret' | 'API key', MessageKey> = {
  'API secret': 'errorsMore.cobo.apiSecret',
  'API key': 'errorsMore.cobo.apiKey',
};

/** Decodes a 32-byte secret or key written as exactly 64 hex characters. */
function decodeKey32(hex: string, what: 'API secret' | 'API key'): Uint8Array {
  if (typeof hex !== 'string' || !HEX_64.test(hex)) {
    throw new AppError(
      'cobo.bad_key_format',
      said('errorsMore.cobo.badKeyFormat', { what: said(KEY_WORDS[what]) }),
      said('errorsMore.cobo.badKeyFormatHint', { what: said(KEY_WORDS[what]) }),
    );
  }
  return hexToBytes(hex.toLowerCase());
}

/** The API key is the Ed25519 public key of the secret, in lower-case hex. */
export function apiKeyFromSecret(secretHex: string): string {
  const secret = decodeKey32(secretHex, 'API secret');
  try {
    return bytesToHex(ed25519.getPublicKey(secret));
  } finally {
    secret.fill(0);
  }
}

/** A fresh Ed25519 key pair for a new API key; the caller stores the secret in the keychain at once. */
export function generateKeyPair(): { secretHex: string; apiKey: string } {
  const secret = ed25519.utils.randomSecretKey();
  try {
    return { secretHex: bytesToHex(secret), apiKey: bytesToHex(ed25519.getPublicKey(secret)) };
  } finally {
    secret.fill(0);
  }
}

/** encodeURIComponent, but a space is written as "+", as Cobo's SDKs sign it. */
export const encodeQueryComponent = (value: string): string => encodeURIComponent(value).replace(/%20/g, '+');

function toPairs(query: QueryInput | undefined): Array<[string, string]> {
  if (!query) return [];
  const entries: ReadonlyArray<readonly [string, unknown]> = Array.isArray(query)
    ? (query as QueryPairs)
    : Object.entries(query as Record<string, unknown>);
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of entries) {
    // Parameters with no value are left out of both the URL and the signed string.
    if (value === undefined || value === null || value === '') continue;
    pairs.push([key, String(value)]);
  }
  return pairs;
}

/** Serialises query parameters as Cobo signs them: key=value joined by "&", in the order given. */
export function serializeQuery(query: QueryInput | undefined): string {
  return toPairs(query)
    .map(([key, value]) => `${encodeQueryComponent(key)}=${encodeQueryComponent(value)}`)
    .join('&');
}

function assertPath(path: string): void {
  const valid =
    typeof path === 'string' &&
    (path === '/v2' || (path.startsWith('/v2/') && !/[?#\s]/.test(path))) &&
    !path.includes('//') &&
    !path.split('/').some((part) => part === '.' || part === '..');
  if (!valid) {
    throw new AppError(
      'cobo.bad_path',
      said('errorsMore.cobo.badPath', { path: String(path).slice(0, 80) }),
      said('errorsMore.cobo.badPathHint'),
    );
  }
}

function assertNonce(nonce: string): void {
  if (!/^[1-9][0-9]{0,15}$/.test(nonce)) {
    throw new AppError(
      'cobo.bad_nonce',
      said('errorsMore.cobo.badNonce'),
      said('errorsMore.cobo.badNonceHint'),
    );
  }
}

export function buildStringToSign(parts: {
  method: string;
  path: string;
  nonce: string;
  queryString: string;
  body: string;
}): string {
  return [parts.method.toUpperCase(), parts.path, parts.nonce, parts.queryString, parts.body].join('|');
}

/** SHA-256 applied twice; the outer hash is over the inner hash's 32 raw bytes. */
export const signingDigest = (stringToSign: string): Uint8Array =>
  createHash('sha256').update(createHash('sha256').update(stringToSign, 'utf8').digest()).digest();

let lastNonce = 0;

/** The current time in milliseconds, strictly increasing within this process. */
export function nextNonce(now: number = Date.now()): string {
  lastNonce = Math.max(now, lastNonce + 1);
  return String(lastNonce);
}

export function signRequest(input: SignInput): SignedRequest {
  assertPath(input.path);
  const nonce = input.nonce ?? nextNonce();
  assertNonce(nonce);
  const queryString = serializeQuery(input.query);
  const stringToSign = buildStringToSign({
    method: input.method,
    path: input.path,
    nonce,
    queryString,
    body: input.body ?? '',
  });
  const secret = decodeKey32(input.secretHex, 'API secret');
  try {
    const signature = ed25519.sign(signingDigest(stringToSign), secret);
    return {
      headers: {
        [HEADER_API_KEY]: bytesToHex(ed25519.getPublicKey(secret)),
        [HEADER_NONCE]: nonce,
        [HEADER_SIGNATURE]: bytesToHex(signature),
      },
      queryString,
      stringToSign,
    };
  } finally {
    secret.fill(0);
  }
}

export interface VerifyInput {
  readonly apiKey: string;
  readonly signature: string;
  readonly method: string;
  readonly path: string;
  readonly nonce: string;
  /** The query as it must have been signed (already serialised, no leading "?"). */
  readonly queryString: string;
  readonly body: string;
}

// Verification (the sandbox's side) uses OpenSSL's Ed25519 through node:crypto: the same algorithm
// over the same digest as signing, many times faster than the pure-JS verifier, which matters for a
// server that checks every request.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const publicKeys = new Map<string, KeyObject>();

function publicKeyObject(apiKeyHex: string): KeyObject {
  let key = publicKeys.get(apiKeyHex);
  if (!key) {
    key = createPublicKey({
      key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(apiKeyHex, 'hex')]),
      format: 'der',
      type: 'spki',
    });
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the cache's memory; every key is rebuilt alike
    if (publicKeys.size > 10_000) publicKeys.clear();
    publicKeys.set(apiKeyHex, key);
  }
  return key;
}

function verifyArguments(input: VerifyInput): [Uint8Array, KeyObject, Buffer] | null {
  if (!HEX_64.test(input.apiKey) || !/^[0-9a-f]{128}$/i.test(input.signature)) return null;
  try {
    const digest = signingDigest(
      buildStringToSign({
        method: input.method,
        path: input.path,
        nonce: input.nonce,
        queryString: input.queryString,
        body: input.body,
      }),
    );
    return [digest, publicKeyObject(input.apiKey.toLowerCase()), Buffer.from(input.signature, 'hex')];
  } catch {
    return null;
  }
}

/** True when the signature is a valid Ed25519 signature by apiKey over the request; never throws. */
export function verifyRequest(input: VerifyInput): boolean {
  const args = verifyArguments(input);
  if (!args) return false;
  try {
    return cryptoVerify(null, ...args);
  } catch {
    return false;
  }
}

/**
 * The same check, with the signature verified on libuv's thread pool: a server answering many
 * clients keeps its event loop free while OpenSSL works, and can use a second core.
 */
export function verifyRequestAsync(input: VerifyInput): Promise<boolean> {
  const args = verifyArguments(input);
  if (!args) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      cryptoVerify(null, ...args, (error, ok) => resolve(!error && ok));
    } catch {
      resolve(false);
    }
  });
}

/**
 * What a server must check a received query against: the query rebuilt from its decoded pairs by the
 * signing rule (what Cobo's SDKs sign), and the raw query as received. See cobo-api.md.
 */
export function queryCandidates(rawQuery: string): string[] {
  const raw = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  if (raw === '') return [''];
  const rebuilt = serializeQuery([...new URLSearchParams(raw).entries()]);
  return rebuilt === raw ? [raw] : [rebuilt, raw];
}
