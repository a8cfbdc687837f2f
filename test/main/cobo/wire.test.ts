// @vitest-environment node
/**
 * The client's wire behaviour in detail, against a scripted server: the headers it sends, each class
 * of status for reads and POSTs, oversized and cut-off answers, each endpoint's path and query, paging
 * limits, refusals in words, the request-body rules, Retry-After, TLS, and the root key format.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { base58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../main/app-info';
import { createCoboClient, type CoboClientOptions } from '../../../main/cobo/client';
import { decodeRootKey, encodeRootKey } from '../../../main/cobo/root-keys';
import { CreateKeyShareHolderGroupRequest, CreateTssRequestRequest } from '../../../main/cobo/schemas';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';
import { parseRetryAfter } from '../../../main/cobo/transport';
import { failure, json, startFakeCobo, type Responder } from './fake-cobo';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, translator } from '../../../common/i18n/translate';

const keys = generateKeyPair();
const sign: CoboClientOptions['sign'] = (parts) => signRequest({ secretHex: keys.secretHex, ...parts });
const tss = { tss_request_id: 'r1', status: 'PendingKeyHolderConfirmation', type: 'KeyGen' };
const group = { key_share_holder_group_id: 'g1', type: 'MainGroup', status: 'New' };
const page = (data: unknown[], after = '') => ({
  data,
  pagination: { before: '', after, total_count: data.length },
});

let servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function setup(responder: Responder, options: Partial<CoboClientOptions> = {}) {
  const fake = await startFakeCobo(responder);
  servers.push(fake);
  const client = createCoboClient({
    baseUrl: fake.baseUrl,
    sign,
    sleep: async () => {},
    random: () => 0.5,
    timeoutMs: 2_000,
    ...options,
  });
  return { fake, client };
}

const V = '/v2/wallets/mpc/vaults';

describe('what goes on the wire', () => {
  it('announces JSON and names the app in its User-Agent, and sends no Content-Type without a body', async () => {
    const { fake, client } = await setup((_, res) => json(res, 200, { vault_id: 'v1' }));
    await client.getMpcVault('v1');
    const h = fake.received[0]!.headers;
    expect(h.accept).toBe('application/json');
    expect(h['user-agent']).toBe(`KeyCeremony/${APP_VERSION}`);
    expect(h['content-type']).toBeUndefined();
    expect(h['content-length']).toBe('0');
  });

  it('calls each endpoint at its own path, with its query', async () => {
    const { fake, client } = await setup((req, res) => {
      if (req.path.endsWith('/tss_requests') && req.method === 'GET') return json(res, 200, page([tss]));
      if (req.path.endsWith('/tss_requests/r1')) return json(res, 200, tss);
      if (req.path.endsWith('/cancel')) return json(res, 201, { ...tss, status: 'Success' });
      if (req.path.endsWith('/tss_requests')) return json(res, 201, tss);
      if (req.path.endsWith('/key_share_holder_groups/g1')) return json(res, 200, group);
      if (req.path.endsWith('/key_share_holder_groups') && req.method === 'POST')
        return json(res, 201, group);
      if (req.path.endsWith('/key_share_holder_groups')) return json(res, 200, page([group]));
      if (req.path.endsWith('/key_share_holders')) return json(res, 200, page([{ tss_node_id: 'n1' }]));
      if (req.path.endsWith('/cobo_key_share_holders')) return json(res, 200, [{ tss_node_id: 'cobo' }]);
      if (req.path.endsWith('/vaults/v1')) return json(res, 200, { vault_id: 'v1' });
      return json(res, 200, page([{ vault_id: 'v1' }]));
    });
    await client.listMpcVaults({ vault_type: 'Org-Controlled', project_id: 'p1', limit: 5 });
    await client.listMpcVaults({ vault_type: 'Org-Controlled' });
    await client.getMpcVault('v1');
    await client.listCoboKeyShareHolders();
    await client.getKeyShareHolderGroup('v1', 'g1');
    await client.listKeyShareHolders('v1', { key_share_holder_group_ids: ['g1', 'g2'] });
    await client.listKeyShareHolders('v1');
    await client.getTssRequest('v1', 'r1');
    await client.cancelTssRequest('v1', 'r1');
    await client.listTssRequests('v1', { key_share_holder_group_id: 'g1', before: 'b0' });
    const seen = fake.received.map((r) => `${r.method} ${r.rawPath}`);
    expect(seen).toEqual([
      `GET ${V}?vault_type=Org-Controlled&project_id=p1&limit=5`,
      `GET ${V}?vault_type=Org-Controlled`,
      `GET ${V}/v1`,
      'GET /v2/wallets/mpc/cobo_key_share_holders',
      `GET ${V}/v1/key_share_holder_groups/g1`,
      `GET ${V}/v1/key_share_holders?key_share_holder_group_ids=g1%2Cg2`,
      `GET ${V}/v1/key_share_holders`,
      `GET ${V}/v1/tss_requests/r1`,
      `POST ${V}/v1/tss_requests/r1/cancel`,
      `GET ${V}/v1/tss_requests?key_share_holder_group_id=g1&before=b0`,
    ]);
  });

  it('refuses an id that is not a Cobo id, in words, before sending', async () => {
    const { fake, client } = await setup((_, res) => json(res, 200, {}));
    const error = await failure(client.getMpcVault('a/b'));
    expect(error).toMatchObject({
      message: 'The vault id "a/b" is not a valid Cobo id.',
      hint: 'Choose it again from the list.',
    });
    expect((await failure(client.getTssRequest('v1', `${'x'.repeat(100)}/`))).message).toBe(
      `The TSS request id "${'x'.repeat(60)}" is not a valid Cobo id.`,
    );
    // An id that passes the id rule but would climb out of /v2 is refused by the path check.
    expect(await failure(client.getKeyShareHolderGroup('v1', '..'))).toMatchObject({
      code: 'cobo.refused',
      message: expect.stringMatching(/^Refusing to send a request outside http:\/\/127\.0\.0\.1:\d+\/v2\.$/),
      hint: 'This is a bug in the app; report it.',
    });
    expect(fake.received).toEqual([]);
  });
});

describe('answers by status class', () => {
  it('takes every 2xx as an answer, and refuses 199 and 300 and up', async () => {
    for (const status of [200, 201, 202, 299]) {
      const { client } = await setup((_, res) => json(res, status, { vault_id: 'v1' }));
      expect((await client.getMpcVault('v1')).vault_id).toBe('v1');
    }
    const { client } = await setup((_, res) => json(res, 300, { vault_id: 'v1' }));
    expect(await failure(client.getMpcVault('v1'))).toMatchObject({
      code: 'cobo.protocol',
      message:
        'Cobo answered with something the app does not understand: a redirect (HTTP 300), which the app does not follow.',
      details: { retryable: false },
    });
    const redirect = await setup((_, res) => json(res, 399, { vault_id: 'v1' }));
    expect((await failure(redirect.client.getMpcVault('v1'))).code).toBe('cobo.protocol');
  });

  it('calls a POST answered 3xx an unknown outcome, and 2xx a success', async () => {
    const { client } = await setup((_, res) => json(res, 302, tss, { Location: 'http://elsewhere/' }));
    const error = await failure(
      client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(error).toMatchObject({ code: 'cobo.unknown_outcome' });
    expect(error.message).toContain('(Cobo answered with a redirect (HTTP 302))');
    for (const status of [200, 299]) {
      const ok = await setup((_, res) => json(res, status, tss));
      await expect(
        ok.client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
      ).resolves.toMatchObject({ tss_request_id: 'r1' });
    }
  });

  it('words a POST answered 5xx as unknown, keeping Cobo’s code and reference', async () => {
    const { client } = await setup((_, res) =>
      json(res, 500, { error_code: 2000, error_message: 'boom', error_id: 'ref-9' }),
    );
    const error = await failure(
      client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(error.message).toMatch(
      /^The request reached 127\.0\.0\.1:\d+ but no answer came back \(Cobo answered HTTP 500\); .* Cobo had an internal error\. Cobo said: “boom”\./,
    );
    expect(error.details).toMatchObject({
      httpStatus: 500,
      coboCode: 2000,
      errorId: 'ref-9',
      kind: 'unknown_outcome',
    });
  });

  it('words an unreadable and an unexpected answer, for reads and POSTs', async () => {
    const bad = await setup((_, res) => json(res, 200, '{"cut'));
    expect(await failure(bad.client.getMpcVault('v1'))).toMatchObject({
      code: 'cobo.protocol',
      message:
        'Cobo answered with something the app does not understand: the answer is not valid JSON (it may have been cut off).',
    });
    const badPost = await setup((_, res) => json(res, 201, '{"cut'));
    expect(
      (
        await failure(
          badPost.client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
        )
      ).message,
    ).toContain('(Cobo accepted the request but its answer could not be read)');
    const odd = await setup((_, res) => json(res, 201, { tss_request_id: 5, status: 'Success' }));
    expect(
      (
        await failure(
          odd.client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
        )
      ).message,
    ).toContain('(Cobo accepted the request but its answer was unexpected (tss_request_id: must be text))');
    const scalar = await setup((_, res) => json(res, 200, '5'));
    // The problem said by zod's issue code (common/describe-issues.ts), never zod's own English.
    const scalarError = await failure(scalar.client.getMpcVault('v1'));
    expect(scalarError.message).toBe(
      'Cobo answered with something the app does not understand: the answer must be an object.',
    );
    expect(say(translator('zh-CN', zhCN), scalarError.said.message)).toMatch(/应答必须是对象/);
    expect(say(translator('zh-CN', zhCN), scalarError.said.message)).not.toMatch(/answer|object/);
  });

  it('refuses an answer over 10 MB, and an answer cut off mid-body', async () => {
    const huge = `{"vault_id":"v1","name":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const big = await setup((_, res) => json(res, 200, huge));
    expect(await failure(big.client.getMpcVault('v1'))).toMatchObject({
      message: 'Cobo answered with something the app does not understand: an answer larger than 10 MB.',
      details: { retryable: false },
    });
    const bigPost = await setup((_, res) => json(res, 201, huge));
    const post = await failure(
      bigPost.client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(post.message).toContain('(answer too large)');
    const cut: Responder = (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"vault_id":');
      setTimeout(() => res.socket?.destroy(), 20);
    };
    const cutRead = await setup(cut, { retry: { maxAttempts: 1 } });
    expect(await failure(cutRead.client.getMpcVault('v1'))).toMatchObject({
      code: 'cobo.network',
      message: expect.stringContaining('(answer cut off)'),
      details: { retryable: true },
    });
    const cutPost = await setup(cut);
    const lost = await failure(
      cutPost.client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(lost).toMatchObject({
      code: 'cobo.unknown_outcome',
      message: expect.stringContaining('(the answer was cut off)'),
    });
  });

  it('measures how long an answer took', async () => {
    const { client } = await setup((_, res) => setTimeout(() => json(res, 200, { vault_id: 'v1' }), 60));
    expect(client.lastLatencyMs).toBeNull();
    await client.getMpcVault('v1');
    expect(client.lastLatencyMs).toBeGreaterThanOrEqual(55);
    expect(client.lastLatencyMs).toBeLessThan(2_000);
  });

  it('blames the clock only when Cobo’s clock is far from ours', async () => {
    const at =
      (offsetMs: number): Responder =>
      (_, res) =>
        json(res, 401, { error_code: 2023 }, { Date: new Date(Date.now() + offsetMs).toUTCString() });
    const far = await setup(at(120_000));
    expect((await failure(far.client.getMpcVault('v1'))).code).toBe('cobo.clock_skew');
    const near = await setup(at(0));
    expect((await failure(near.client.getMpcVault('v1'))).code).toBe('cobo.auth');
    const refused = await setup((_, res) =>
      json(res, 403, { error_code: 2025 }, { Date: new Date(Date.now() + 600_000).toUTCString() }),
    );
    expect((await failure(refused.client.getMpcVault('v1'))).code).toBe('cobo.forbidden');
  });
});

describe('paging', () => {
  it('stops at an empty page even with a cursor, and refuses more than the page limit', async () => {
    const empty = await setup((_, res) => json(res, 200, page([], 'more')));
    expect(await empty.client.listAllKeyShareHolderGroups('v1')).toEqual([]);
    let n = 0;
    const endless = await setup((_, res) => json(res, 200, page([group], `c${++n}`)));
    expect(await failure(endless.client.listAllKeyShareHolderGroups('v1'))).toMatchObject({
      message: expect.stringMatching(/understand: more than \d+ pages\.$/),
      details: { retryable: false },
    });
    const looping = await setup((_, res) => json(res, 200, page([group], 'same')));
    expect(await failure(looping.client.listAllKeyShareHolderGroups('v1'))).toMatchObject({
      message: 'Cobo answered with something the app does not understand: a page cursor that repeats.',
      details: { retryable: false },
    });
  });
});

describe('request bodies the client refuses to send', () => {
  it('says which field is wrong and sends nothing', async () => {
    const { fake, client } = await setup((_, res) => json(res, 201, tss));
    await expect(
      client.createTssRequest('v1', {
        type: 'KeyGen',
        target_key_share_holder_group_id: 'g1',
        source_key_share_holder_group: { key_share_holder_group_id: 'g2' },
      }),
    ).rejects.toMatchObject({
      code: 'cobo.invalid_request_body',
      message:
        'The TSS request was not sent: source_key_share_holder_group: KeyGen creates new keys and takes no source group.',
      hint: 'Correct the choice on this screen and try again.',
    });
    await expect(
      client.createKeyShareHolderGroup('v1', {
        key_share_holder_group_type: 'MainGroup',
        participants: 3,
        threshold: 1,
        key_share_holders: [],
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^The new key share holder group was not sent: threshold: 1-of-3 is not offered/,
      ),
    });
    expect(fake.received).toEqual([]);
  });

  const holder = (id: string) => ({ name: id, type: 'Mobile' as const, tss_node_id: id, signer: false });
  const issues = (result: {
    success: boolean;
    error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
  }) => (result.success ? [] : result.error!.issues.map((i) => [i.path.join('.'), i.message]));

  it('holds a group body to Cobo’s shapes, its size and distinct nodes', () => {
    expect(
      issues(
        CreateKeyShareHolderGroupRequest.safeParse({
          key_share_holder_group_type: 'MainGroup',
          participants: 3,
          threshold: 3,
          key_share_holders: [holder('a'), holder('a'), holder('b')],
        }),
      ),
    ).toEqual([
      [
        'key_share_holders',
        "the group has 3 participants, Cobo's node and 2 of the organisation's, but 3 were listed",
      ],
      ['key_share_holders', 'a TSS node appears twice'],
    ]);
    expect(
      issues(
        CreateKeyShareHolderGroupRequest.safeParse({
          key_share_holder_group_type: 'RecoveryGroup',
          participants: 3,
          threshold: 2,
          key_share_holders: [holder('a'), holder('b'), holder('c')],
        }),
      ),
    ).toEqual([
      [
        'key_share_holders',
        "a Recovery Key lists Cobo's key share holder once: recovery without Cobo's share is no longer offered",
      ],
    ]);
    // Cobo's node listed once, and two of the organisation's: what a Recovery Key's body is now.
    expect(
      issues(
        CreateKeyShareHolderGroupRequest.safeParse({
          key_share_holder_group_type: 'RecoveryGroup',
          participants: 3,
          threshold: 2,
          key_share_holders: [{ ...holder('c'), type: 'Cobo' }, holder('a'), holder('b')],
        }),
      ),
    ).toEqual([]);
    expect(
      issues(
        CreateKeyShareHolderGroupRequest.safeParse({
          key_share_holder_group_type: 'SigningGroup',
          participants: 4,
          threshold: 2,
          key_share_holders: [holder('a'), holder('b'), holder('c')],
        }),
      ),
    ).toEqual([['threshold', '2-of-4 is not offered by Cobo; use 2-of-2, 2-of-3 or 3-of-3']]);
  });

  it('holds a TSS request body to its type', () => {
    const source = (ids?: string[]) => ({
      key_share_holder_group_id: 'src',
      ...(ids ? { tss_node_ids: ids } : {}),
    });
    expect(
      issues(CreateTssRequestRequest.safeParse({ type: 'Recovery', target_key_share_holder_group_id: 't' })),
    ).toEqual([['source_key_share_holder_group', 'Recovery needs a source key share holder group']]);
    expect(
      issues(
        CreateTssRequestRequest.safeParse({
          type: 'KeyGenFromKeyGroup',
          target_key_share_holder_group_id: 'src',
          source_key_share_holder_group: source(['n1', 'n1']),
        }),
      ),
    ).toEqual([
      ['source_key_share_holder_group', 'the source and target groups must differ'],
      ['source_key_share_holder_group.tss_node_ids', 'a TSS node appears twice'],
    ]);
    expect(
      CreateTssRequestRequest.safeParse({
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: 't',
        source_key_share_holder_group: source(),
      }).success,
    ).toBe(true);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds, spaces around them allowed, and an HTTP date', () => {
    expect(parseRetryAfter(' 5 ', now)).toBe(5_000);
    expect(parseRetryAfter(['7', '9'], now)).toBe(7_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('5s', now)).toBeUndefined();
  });
});

describe('TLS', () => {
  it('speaks TLS to an https origin and refuses a certificate it cannot verify, sending nothing in the clear', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          path.join(dir, 'key.pem'),
          '-out',
          path.join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
        ],
        { stdio: 'ignore' },
      );
      let requests = 0;
      const server = https.createServer(
        { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
        (_, res) => {
          requests++;
          res.end('{}');
        },
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push({ close: () => new Promise<void>((r) => server.close(() => r())) });
      const { port } = server.address() as AddressInfo;
      const client = createCoboClient({
        baseUrl: `https://localhost:${port}/v2`,
        sign,
        sleep: async () => {},
        retry: { maxAttempts: 1 },
        timeoutMs: 2_000,
      });
      const error = await failure(client.getMpcVault('v1'));
      expect(error.code).toBe('cobo.network');
      expect(error.message).toMatch(/SELF_SIGNED|self.signed|UNABLE_TO_VERIFY/i);
      expect(requests).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('root extended public keys', () => {
  const codec = base58check(sha256);
  const key = { chainCode: 'ab'.repeat(32), publicKey: `02${'cd'.repeat(32)}` };
  const bytes = (xpub: string) => codec.decode(xpub);

  it('round-trips both curves, and reads the depth', () => {
    expect(decodeRootKey('SECP256K1', encodeRootKey('SECP256K1', key))).toEqual({ ...key, depth: 0 });
    const ed = { chainCode: key.chainCode, publicKey: 'ef'.repeat(32) };
    expect(decodeRootKey('ED25519', encodeRootKey('ED25519', ed))).toEqual({ ...ed, depth: 0 });
    const deeper = bytes(encodeRootKey('SECP256K1', key));
    deeper[4] = 3;
    expect(decodeRootKey('SECP256K1', codec.encode(deeper)).depth).toBe(3);
  });

  it('refuses what is not a root key of the curve, saying what is wrong', () => {
    expect(() => encodeRootKey('SECP256K1', { ...key, chainCode: 'ab'.repeat(31) })).toThrow(
      'chain code must be 32 bytes',
    );
    expect(() => encodeRootKey('SECP256K1', { ...key, publicKey: 'cd'.repeat(32) })).toThrow(
      'SECP256K1 public key has the wrong length',
    );
    expect(() => encodeRootKey('ED25519', key)).toThrow('ED25519 public key has the wrong length');
    const good = bytes(encodeRootKey('SECP256K1', key));
    expect(() => decodeRootKey('SECP256K1', codec.encode(good.subarray(0, 77)))).toThrow(
      'an extended public key is 78 bytes',
    );
    const tpub = good.slice();
    tpub[0] = 0x04;
    tpub[1] = 0x35;
    expect(() => decodeRootKey('SECP256K1', codec.encode(tpub))).toThrow('not an xpub');
    expect(() => decodeRootKey('ED25519', encodeRootKey('SECP256K1', key))).toThrow(
      'an ED25519 key starts with 0x00',
    );
  });
});

describe('loopback over IPv6', () => {
  it('reaches a server on [::1] by its bracketed address', async () => {
    const server = (await import('node:http')).createServer((_, res) => json(res, 200, { vault_id: 'v6' }));
    await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
    servers.push({ close: () => new Promise<void>((r) => server.close(() => r())) });
    const { port } = server.address() as AddressInfo;
    const client = createCoboClient({ baseUrl: `http://[::1]:${port}/v2`, sign, timeoutMs: 2_000 });
    expect((await client.getMpcVault('v1')).vault_id).toBe('v6');
  });
});

describe('the clock, remembered', () => {
  it('blames a later refusal without a Date header on the skew seen earlier', async () => {
    const { client } = await setup((_, res, count) =>
      count === 1
        ? json(res, 200, { vault_id: 'v1' }, { Date: new Date(Date.now() + 600_000).toUTCString() })
        : (res.removeHeader('Date'), (res.sendDate = false), json(res, 401, { error_code: 2023 })),
    );
    await client.getMpcVault('v1');
    expect((await failure(client.getMpcVault('v1'))).code).toBe('cobo.clock_skew');
  });
});
