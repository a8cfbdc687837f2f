// @vitest-environment node
/** 6. Signing: signRequest operations per second against Node's own Ed25519 over the same digest. */
import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, signRequest, signingDigest } from '../../main/cobo/sign';
import { privateKeyOf } from '../main/cobo/node-ed25519';
import { QUICK, record, round } from './record';

describe('signing', () => {
  it('measures signRequest against node:crypto Ed25519', () => {
    const { secretHex } = generateKeyPair();
    const n = QUICK ? 200 : 3_000;
    const input = {
      secretHex,
      method: 'GET',
      path: '/v2/wallets/mpc/vaults/v1/tss_requests/r1',
      query: { limit: 10 },
      body: '',
    };
    for (let i = 0; i < 50; i++) signRequest(input);
    let t = performance.now();
    for (let i = 0; i < n; i++) signRequest(input);
    const ours = n / ((performance.now() - t) / 1000);
    const key = privateKeyOf(secretHex);
    const digest = signingDigest(signRequest({ ...input, nonce: '1700000000000' }).stringToSign);
    for (let i = 0; i < 50; i++) sign(null, digest, key);
    t = performance.now();
    for (let i = 0; i < n; i++) sign(null, digest, key);
    const node = n / ((performance.now() - t) / 1000);
    record('signing', [
      {
        name: 'signRequest',
        figure: round(ours, 0),
        unit: 'signatures/s',
        baseline: round(node, 0),
        ratio: round(ours / node, 3),
        goal: 'reported only (the cost of @noble/curves over OpenSSL)',
        pass: null,
        notes: 'ours includes building the string to sign, double SHA-256 and deriving the API key header',
      },
    ]);
    expect(ours).toBeGreaterThan(0);
  });
});
