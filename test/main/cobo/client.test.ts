// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createCoboClient, type CoboClientOptions } from '../../../main/cobo/client';
import { generateKeyPair, signRequest, verifyRequest } from '../../../main/cobo/sign';
import { failure, coboError, json, startFakeCobo, type Responder } from './fake-cobo';

const keys = generateKeyPair();
const sign: CoboClientOptions['sign'] = (parts) => signRequest({ secretHex: keys.secretHex, ...parts });
const tss = (id: string, status = 'PendingKeyHolderConfirmation') => ({
  tss_request_id: id,
  status,
  type: 'KeyGen',
});

let servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function setup(responder: Responder, options: Partial<CoboClientOptions> = {}) {
  const fake = await startFakeCobo(responder);
  servers.push(fake);
  const delays: number[] = [];
  const client = createCoboClient({
    baseUrl: fake.baseUrl,
    sign,
    sleep: async (ms) => void delays.push(ms),
    random: () => 0.5,
    timeoutMs: 2_000,
    ...options,
  });
  return { fake, client, delays };
}

describe('Cobo client on the wire', () => {
  it('sends verifiable authentication headers, the query exactly as signed, and the body byte for byte', async () => {
    const { fake, client } = await setup((_r, res) => json(res, 201, tss('t1')));
    await client.createTssRequest('vault-1', {
      type: 'KeyGenFromKeyGroup',
      target_key_share_holder_group_id: 'signing-1',
      source_key_share_holder_group: {
        key_share_holder_group_id: 'main-1',
        tss_node_ids: ['cobo-node', 'mobile-1'],
      },
      description: 'Signing group for Zoë — 🔑',
    });
    const r = fake.received[0]!;
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/v2/wallets/mpc/vaults/vault-1/tss_requests');
    expect(r.headers['biz-api-key']).toBe(keys.apiKey);
    expect(r.headers['content-type']).toBe('application/json');
    const body = r.body.toString('utf8');
    expect(JSON.parse(body)).toMatchObject({ description: 'Signing group for Zoë — 🔑' });
    const ok = verifyRequest({
      apiKey: String(r.headers['biz-api-key']),
      signature: String(r.headers['biz-api-signature']),
      method: r.method,
      path: r.path,
      nonce: String(r.headers['biz-api-nonce']),
      queryString: r.rawQuery,
      body,
    });
    expect(ok).toBe(true);
  });

  it("sends a GET's query unmodified, characters that fetch would re-encode included", async () => {
    const { fake, client } = await setup((_r, res) =>
      json(res, 200, { data: [], pagination: { before: '', after: '', total_count: 0 } }),
    );
    await client.listTssRequests('v1', { key_share_holder_group_id: "g'1 (x)", limit: 5, after: 'c u' });
    const r = fake.received[0]!;
    expect(r.rawQuery).toBe("key_share_holder_group_id=g'1+(x)&limit=5&after=c+u");
    expect(r.body.length).toBe(0);
    expect(r.headers['content-length']).toBe('0');
    expect(
      verifyRequest({
        apiKey: keys.apiKey,
        signature: String(r.headers['biz-api-signature']),
        method: 'GET',
        path: r.path,
        nonce: String(r.headers['biz-api-nonce']),
        queryString: r.rawQuery,
        body: '',
      }),
    ).toBe(true);
  });

  it('cancels with an empty body and Content-Length 0', async () => {
    const { fake, client } = await setup((_r, res) => json(res, 201, tss('t1', 'Success')));
    const result = await client.cancelTssRequest('v1', 't1');
    expect(result.status).toBe('Success');
    expect(fake.received[0]!.path).toBe('/v2/wallets/mpc/vaults/v1/tss_requests/t1/cancel');
    expect(fake.received[0]!.headers['content-length']).toBe('0');
    expect(fake.received[0]!.headers['content-type']).toBeUndefined();
  });

  it('walks every page by the after cursor', async () => {
    const pages: Record<string, { data: unknown[]; after: string }> = {
      '': { data: [tss('a'), tss('b')], after: 'p2' },
      p2: { data: [tss('c')], after: 'p3' },
      p3: { data: [tss('d')], after: '' },
    };
    const { fake, client } = await setup((r, res) => {
      const after = new URLSearchParams(r.rawQuery).get('after') ?? '';
      const page = pages[after]!;
      json(res, 200, { data: page.data, pagination: { before: '', after: page.after, total_count: 4 } });
    });
    const all = await client.listAllTssRequests('v1', 'g1');
    expect(all.map((t) => t.tss_request_id)).toEqual(['a', 'b', 'c', 'd']);
    expect(fake.received).toHaveLength(3);
  });

  it('refuses a cursor that loops', async () => {
    const { client } = await setup((_r, res) =>
      json(res, 200, { data: [tss('a')], pagination: { before: '', after: 'same', total_count: 9 } }),
    );
    expect((await failure(client.listAllTssRequests('v1', 'g1'))).code).toBe('cobo.protocol');
  });

  it.each([
    [400, 2006, 'cobo.invalid_request', 'invalid'],
    [400, 2003, 'cobo.invalid_request', 'missing'],
    [401, 2023, 'cobo.auth', 'signature'],
    [401, 2024, 'cobo.auth', 'API key'],
    [403, 2025, 'cobo.forbidden', 'not allowed'],
    [404, 2028, 'cobo.not_found', 'could not find'],
    [400, 2029, 'cobo.invalid_state', 'current state'],
    [400, 2040, 'cobo.duplicate', 'already exists'],
    [404, 2021, 'cobo.not_found', 'endpoint'],
  ])('maps HTTP %i with Cobo code %i to %s, keeping the error id', async (status, code, expected, words) => {
    const { fake, client } = await setup((_r, res) => coboError(res, status, code, 'detail from Cobo'));
    const error = await failure(client.getMpcVault('v1'));
    expect(error.code).toBe(expected);
    expect(error.message).toContain(words);
    expect(error.message).toContain(`err-${code}-${status}`);
    expect(error.details.errorId).toBe(`err-${code}-${status}`);
    expect(error.hint.length).toBeGreaterThan(10);
    expect(fake.received).toHaveLength(1); // a 4xx is not retried
  });

  it('retries a read after 5xx with growing jittered delays, within the attempt budget', async () => {
    const { fake, client, delays } = await setup((_r, res) => coboError(res, 503, 2000));
    const error = await failure(client.getMpcVault('v1'));
    expect(error.code).toBe('cobo.server');
    expect(fake.received).toHaveLength(4);
    expect(delays).toEqual([150, 300, 600]); // random 0.5 × 300·2^n
    const nonces = fake.received.map((r) => r.headers['biz-api-nonce']);
    expect(new Set(nonces).size).toBe(4); // each attempt signed afresh
  });

  it('recovers when a retried read succeeds', async () => {
    const { fake, client } = await setup((_r, res, n) =>
      n < 3 ? coboError(res, 500, 2000) : json(res, 200, { vault_id: 'v1', name: 'Treasury' }),
    );
    expect((await client.getMpcVault('v1')).name).toBe('Treasury');
    expect(fake.received).toHaveLength(3);
  });

  it('honours Retry-After on 429', async () => {
    const { client, delays } = await setup((_r, res, n) =>
      n === 1
        ? coboError(res, 429, 2010, 'slow down', { 'Retry-After': '2' })
        : json(res, 200, { vault_id: 'v1' }),
    );
    await client.getMpcVault('v1');
    expect(delays).toEqual([2000]);
  });

  it('gives up when the retry hint exceeds the time budget', async () => {
    const { fake, client } = await setup(
      (_r, res) => coboError(res, 429, 2010, 'slow', { 'Retry-After': '60' }),
      {
        retry: { budgetMs: 10_000 },
      },
    );
    expect((await failure(client.getMpcVault('v1'))).code).toBe('cobo.rate_limited');
    expect(fake.received).toHaveLength(1);
  });

  it('never retries a POST, and calls a 5xx answer an unknown outcome', async () => {
    const { fake, client } = await setup((_r, res) => coboError(res, 500, 2000));
    const error = await failure(
      client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(error.code).toBe('cobo.unknown_outcome');
    expect(error.details.errorId).toBe('err-2000-500');
    expect(fake.received).toHaveLength(1);
  });

  it('reports a POST refused with 4xx as a definite refusal', async () => {
    const { fake, client } = await setup((_r, res) => coboError(res, 400, 2029, 'group not new'));
    expect(
      (
        await failure(
          client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
        )
      ).code,
    ).toBe('cobo.invalid_state');
    expect(fake.received).toHaveLength(1);
  });

  it('times out a POST as an unknown outcome, sent once', async () => {
    const { fake, client } = await setup(() => undefined, { timeoutMs: 200 });
    const error = await failure(
      client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(error.code).toBe('cobo.unknown_outcome');
    expect(fake.received).toHaveLength(1);
  });

  it('times out and retries a read', async () => {
    const { fake, client } = await setup(() => undefined, { timeoutMs: 150, retry: { maxAttempts: 2 } });
    const started = Date.now();
    expect((await failure(client.getMpcVault('v1'))).code).toBe('cobo.timeout');
    expect(fake.received).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('treats a reset connection on a read as retryable, and on a POST as an unknown outcome', async () => {
    const reset: Responder = (_r, res) => res.socket?.destroy();
    const read = await setup(reset, { retry: { maxAttempts: 3 } });
    expect((await failure(read.client.getMpcVault('v1'))).code).toBe('cobo.network');
    expect(read.fake.received).toHaveLength(3);
    const write = await setup(reset);
    expect(
      (
        await failure(
          write.client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
        )
      ).code,
    ).toBe('cobo.unknown_outcome');
    expect(write.fake.received).toHaveLength(1);
  });

  it('says a POST that never connected was not sent', async () => {
    const { fake, client } = await setup(() => undefined);
    await fake.close();
    servers = [];
    const error = await failure(
      client.createTssRequest('v1', { type: 'KeyGen', target_key_share_holder_group_id: 'g1' }),
    );
    expect(error.code).toBe('cobo.network');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('retries a truncated or malformed JSON read, then reports a protocol error', async () => {
    const { fake, client } = await setup((_r, res) => json(res, 200, '{"vault_id": "v1", "na'), {
      retry: { maxAttempts: 2 },
    });
    expect((await failure(client.getMpcVault('v1'))).code).toBe('cobo.protocol');
    expect(fake.received).toHaveLength(2);
  });

  it('reports an answer missing what the client needs as a protocol error, without retrying', async () => {
    const { fake, client } = await setup((_r, res) =>
      json(res, 200, { tss_request_id: ['t1'], status: 'Success' }),
    );
    const error = await failure(client.getTssRequest('v1', 't1'));
    expect(error.code).toBe('cobo.protocol');
    expect(error.message).toContain('tss_request_id');
    expect(fake.received).toHaveLength(1);
  });

  it('keeps an unknown TSS status', async () => {
    const { client } = await setup((_r, res) => json(res, 200, tss('t1', 'QuantumApproval')));
    expect((await client.getTssRequest('v1', 't1')).status).toBe('QuantumApproval');
  });

  it('reports clock skew from the Date header when authentication fails', async () => {
    const skewed = new Date(Date.now() + 10 * 60_000).toUTCString();
    const { client } = await setup((_r, res) => coboError(res, 401, 2023, 'nonce', { Date: skewed }));
    const error = await failure(client.getMpcVault('v1'));
    expect(error.code).toBe('cobo.clock_skew');
    expect(error.message).toMatch(/behind/);
    expect(client.lastClockSkewMs).toBeGreaterThan(9 * 60_000);
  });

  it('does not follow a redirect to another origin', async () => {
    const elsewhere = await setup((_r, res) => json(res, 200, { vault_id: 'evil' }));
    const { client } = await setup((_r, res) => {
      res.writeHead(302, { Location: `${elsewhere.fake.baseUrl}/wallets/mpc/vaults/v1` });
      res.end();
    });
    expect((await failure(client.getMpcVault('v1'))).code).toBe('cobo.protocol');
    expect(elsewhere.fake.received).toHaveLength(0);
  });

  it('validates request bodies before sending anything', async () => {
    const { fake, client } = await setup((_r, res) => json(res, 201, tss('t1')));
    await expect(
      client.createTssRequest('v1', { type: 'Recovery', target_key_share_holder_group_id: 'g1' }),
    ).rejects.toMatchObject({
      code: 'cobo.invalid_request_body',
    });
    await expect(
      client.createKeyShareHolderGroup('v1', {
        key_share_holder_group_type: 'MainGroup',
        threshold: 1,
        participants: 3,
        key_share_holders: [],
      }),
    ).rejects.toMatchObject({ code: 'cobo.invalid_request_body' });
    expect(fake.received).toHaveLength(0);
  });

  it.each(['../admin', 'a/b', '', 'v1?x=1', 'v%2F1'])('refuses the id %j as a path segment', async (id) => {
    const { fake, client } = await setup((_r, res) => json(res, 200, { vault_id: 'v1' }));
    await expect(client.getMpcVault(id)).rejects.toMatchObject({ code: 'cobo.refused' });
    expect(fake.received).toHaveLength(0);
  });
});

describe('environments the client will talk to', () => {
  it.each([
    ['http://api.cobo.com/v2', /plain http/],
    ['https://api.cobo.com/v2/', /trailing slash/],
    ['https://api.cobo.com/v1', /end in \/v2/],
    ['https://api.cobo.com/v2?x=1', /query/],
    ['https://user:pw@api.cobo.com/v2', /credentials/],
    ['ftp://api.cobo.com/v2', /plain http|Refusing/],
    ['not a url', /not a valid URL/],
  ])('refuses the base URL %s', (baseUrl, reason) => {
    expect(() => createCoboClient({ baseUrl, sign })).toThrow(reason);
  });

  it.each([
    'https://api.cobo.com/v2',
    'https://api.dev.cobo.com/v2',
    'http://127.0.0.1:8080/v2',
    'http://[::1]:9/v2',
    'http://localhost:1/v2',
  ])('accepts %s', (baseUrl) => {
    expect(createCoboClient({ baseUrl, sign }).origin).toBe(new URL(baseUrl).origin);
  });
});
