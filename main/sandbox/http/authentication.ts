/**
 * Cobo's API authentication, checked exactly as Cobo does it with the app's own signing module: the
 * three headers, a registered API key, a millisecond nonce within ±5 minutes of our clock, not used
 * before by that key and not older than this server's start, and an Ed25519 signature over the request
 * as signed (see queryCandidates for the query).
 */
import type http from 'node:http';
import {
  HEADER_API_KEY,
  HEADER_NONCE,
  HEADER_SIGNATURE,
  queryCandidates,
  verifyRequestAsync,
} from '../../cobo/sign';
import { badSignature, headersMissing, unknownApiKey } from '../errors';

export const NONCE_WINDOW_MS = 5 * 60_000;

export interface Authenticator {
  /**
   * What can be checked before the body is read: the three headers, a registered API key, a nonce
   * of the right form and time. A stranger is refused without the server reading what it sends.
   */
  precheck(req: http.IncomingMessage): void;
  /** Answers the request's API key (lower case) when it is authentic; throws Cobo's error otherwise. */
  check(req: http.IncomingMessage, path: string, rawQuery: string, body: string): Promise<string>;
  stop(): void;
}

export function createAuthenticator(
  isKnownApiKey: (apiKey: string) => boolean,
  now: () => number,
): Authenticator {
  const seenNonces = new Map<string, number>();
  // The nonces seen are kept in memory only; refusing every nonce older than this start closes the
  // gap a restart would open (a request captured before it, replayed within the window after it).
  const startedAt = now();
  const prune = setInterval(() => {
    const limit = now() - NONCE_WINDOW_MS;
    for (const [k, t] of seenNonces) if (t < limit) seenNonces.delete(k);
  }, 30_000);
  prune.unref();

  function headers(req: http.IncomingMessage) {
    const header = (name: string) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    const apiKey = header(HEADER_API_KEY);
    const nonce = header(HEADER_NONCE);
    const signature = header(HEADER_SIGNATURE);
    const missing = [
      [HEADER_API_KEY, apiKey],
      [HEADER_NONCE, nonce],
      [HEADER_SIGNATURE, signature],
    ]
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length || !apiKey || !nonce || !signature) throw headersMissing(missing.join(', '));
    return { apiKey, nonce, signature };
  }

  function checkNonce(nonce: string) {
    if (!/^\d{13}$/.test(nonce)) throw badSignature('BIZ-API-NONCE must be the Unix time in milliseconds');
    if (Math.abs(Number(nonce) - now()) > NONCE_WINDOW_MS) {
      throw badSignature(`nonce is outside ±${NONCE_WINDOW_MS / 1000} s of the server time; check the clock`);
    }
    if (Number(nonce) < startedAt) {
      throw badSignature(
        'nonce is older than this sandbox’s start: a request signed before a restart is not accepted after it; sign the request again',
      );
    }
  }

  function precheck(req: http.IncomingMessage) {
    const found = headers(req);
    if (!isKnownApiKey(found.apiKey.toLowerCase())) throw unknownApiKey();
    checkNonce(found.nonce);
    return found;
  }

  return {
    precheck,
    async check(req, path, rawQuery, body) {
      const { apiKey, nonce, signature } = precheck(req);
      const replayKey = `${apiKey.toLowerCase()}:${nonce}`;
      if (seenNonces.has(replayKey)) throw badSignature('nonce already used');
      // Hold the nonce while its signature is checked, so the same request sent twice at once is refused.
      seenNonces.set(replayKey, Number(nonce));
      const method = req.method ?? '';
      for (const queryString of queryCandidates(rawQuery)) {
        if (await verifyRequestAsync({ apiKey, signature, method, path, nonce, queryString, body }))
          return apiKey.toLowerCase();
      }
      seenNonces.delete(replayKey);
      throw badSignature('signature does not match the request');
    },
    stop: () => clearInterval(prune),
  };
}
