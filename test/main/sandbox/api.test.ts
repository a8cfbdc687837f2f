// @vitest-environment node
/**
 * The sandbox's Cobo API on the wire: every response checked against the official spec, Cobo's
 * authentication with each of its failures, pagination, and the refusals a ceremony can run into.
 */
import http from 'node:http';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';
import { expectSpec } from '../cobo/spec-validator';
import { sandboxFor, type SandboxContext, type SandboxGroup } from './helpers';

let ctx: SandboxContext;
let vaultId: string;
let groups: Record<string, SandboxGroup>;

interface Raw {
  status: number;
  body: unknown;
  headers: http.IncomingHttpHeaders;
}

/** A signed request with full control over what goes on the wire. */
function raw(
  method: string,
  path: string,
  options: {
    query?: string;
    body?: string;
    headers?: Record<string, string>;
    secretHex?: string;
    nonce?: string;
    sign?: boolean;
  } = {},
): Promise<Raw> {
  const url = new URL(ctx.sandbox.baseUrl);
  const query = options.query ?? '';
  const body = options.body ?? '';
  const signed =
    options.sign === false
      ? null
      : signRequest({
          secretHex: options.secretHex ?? ctx.keys.secretHex,
          method,
          path: `/v2${path}`,
          query: [...new URLSearchParams(query).entries()],
          body,
          nonce: options.nonce,
        });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: `/v2${path}${query ? `?${signed?.queryString ?? query}` : ''}`,
        headers: { ...(signed?.headers ?? {}), 'Content-Type': 'application/json', ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text ? JSON.parse(text) : null,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function expectCoboError(r: Raw, status: number, code: number) {
  expect(r.status).toBe(status);
  expectSpec('ErrorResponse', r.body);
  expect(r.body).toMatchObject({ error_code: code });
}

beforeEach(
  once(async () => {
    ctx = await sandboxFor({ settings: { manualApproval: true } });
    const vaults = (await raw('GET', '/wallets/mpc/vaults', { query: 'vault_type=Org-Controlled' })).body as {
      data: Array<{ vault_id: string }>;
    };
    vaultId = vaults.data[0]!.vault_id;
    const list = (await raw('GET', `/wallets/mpc/vaults/${vaultId}/key_share_holder_groups`)).body as {
      data: SandboxGroup[];
    };
    groups = Object.fromEntries(list.data.map((g) => [g.type, g]));
  }),
);
afterAll(() => ctx?.cleanup());

describe('responses match the official spec', () => {
  it('for every endpoint the client uses', async () => {
    const v = `/wallets/mpc/vaults/${vaultId}`;
    const main = groups.MainGroup!.key_share_holder_group_id;
    expectSpec(
      'list_mpc_vaults_200_response',
      (await raw('GET', '/wallets/mpc/vaults', { query: 'vault_type=Org-Controlled' })).body,
    );
    expectSpec('MPCVault', (await raw('GET', v)).body);
    const cobo = await raw('GET', '/wallets/mpc/cobo_key_share_holders');
    expect(cobo.status).toBe(200);
    for (const h of cobo.body as unknown[]) expectSpec('KeyShareHolder', h);
    expectSpec(
      'list_key_share_holder_groups_200_response',
      (await raw('GET', `${v}/key_share_holder_groups`)).body,
    );
    expectSpec('KeyShareHolderGroup', (await raw('GET', `${v}/key_share_holder_groups/${main}`)).body);
    expectSpec(
      'list_key_share_holders_200_response',
      (await raw('GET', `${v}/key_share_holders`, { query: `key_share_holder_group_ids=${main}` })).body,
    );
    const created = await raw('POST', `${v}/tss_requests`, {
      body: JSON.stringify({ type: 'KeyGen', target_key_share_holder_group_id: main }),
    });
    expect(created.status).toBe(201);
    expectSpec('TSSRequest', created.body);
    const id = (created.body as { tss_request_id: string }).tss_request_id;
    expectSpec(
      'list_tss_requests_200_response',
      (await raw('GET', `${v}/tss_requests`, { query: `key_share_holder_group_id=${main}` })).body,
    );
    expectSpec('TSSRequest', (await raw('GET', `${v}/tss_requests/${id}`)).body);
    const cancelled = await raw('POST', `${v}/tss_requests/${id}/cancel`);
    expect(cancelled.status).toBe(201);
    expectSpec('TSSRequest', cancelled.body);
    expect(cancelled.body).toMatchObject({ status: 'Success' }); // the spec: Success answers a successful cancel
    expect((await raw('GET', `${v}/tss_requests/${id}`)).body).toMatchObject({
      status: 'KeyHolderConfirmationFailed',
    });
    const group = await raw('POST', `${v}/key_share_holder_groups`, {
      body: JSON.stringify({
        key_share_holder_group_type: 'SigningGroup',
        participants: 2,
        threshold: 2,
        // Emeka holds no key of this vault yet: a node may hold shares in one key of a vault only.
        key_share_holders: ctx.sandbox.engine.state.nodes
          .filter((n) => n.name === 'Emeka Nwosu')
          .map((n) => ({ name: n.name, type: n.type, tss_node_id: n.tss_node_id, signer: true })),
      }),
    });
    expect(group.status).toBe(201);
    expectSpec('KeyShareHolderGroup', group.body);
  });
});

describe('authentication, as Cobo does it', () => {
  const path = '/wallets/mpc/cobo_key_share_holders';

  it.each(['BIZ-API-KEY', 'BIZ-API-NONCE', 'BIZ-API-SIGNATURE'])(
    'refuses a request without %s (2022)',
    async (header) => {
      const signed = signRequest({ secretHex: ctx.keys.secretHex, method: 'GET', path: `/v2${path}` });
      const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== header));
      expectCoboError(await raw('GET', path, { sign: false, headers }), 401, 2022);
    },
  );

  it('refuses an unknown API key (2024)', async () => {
    expectCoboError(await raw('GET', path, { secretHex: generateKeyPair().secretHex }), 401, 2024);
  });

  it('refuses a bad signature (2023)', async () => {
    const signed = signRequest({
      secretHex: ctx.keys.secretHex,
      method: 'GET',
      path: `/v2/wallets/mpc/vaults`,
    });
    expectCoboError(await raw('GET', path, { sign: false, headers: { ...signed.headers } }), 401, 2023);
  });

  it('refuses a stale nonce and a nonce from the future (2023)', async () => {
    expectCoboError(await raw('GET', path, { nonce: String(Date.now() - 6 * 60_000) }), 401, 2023);
    expectCoboError(await raw('GET', path, { nonce: String(Date.now() + 6 * 60_000) }), 401, 2023);
    expectCoboError(await raw('GET', path, { nonce: '12345' }), 401, 2023);
  });

  it('refuses a replayed nonce', async () => {
    const signed = signRequest({ secretHex: ctx.keys.secretHex, method: 'GET', path: `/v2${path}` });
    expect((await raw('GET', path, { sign: false, headers: { ...signed.headers } })).status).toBe(200);
    const again = await raw('GET', path, { sign: false, headers: { ...signed.headers } });
    expectCoboError(again, 401, 2023);
    expect((again.body as { error_message: string }).error_message).toContain('already used');
  });

  it('refuses a replay whose API key header differs only in case', async () => {
    const signed = signRequest({ secretHex: ctx.keys.secretHex, method: 'GET', path: `/v2${path}` });
    const upper = { ...signed.headers, 'BIZ-API-KEY': signed.headers['BIZ-API-KEY'].toUpperCase() };
    // The upper-case key is the same key: on its own it is accepted...
    const other = signRequest({ secretHex: ctx.keys.secretHex, method: 'GET', path: `/v2${path}` });
    const otherUpper = { ...other.headers, 'BIZ-API-KEY': other.headers['BIZ-API-KEY'].toUpperCase() };
    expect((await raw('GET', path, { sign: false, headers: otherUpper })).status).toBe(200);
    // ...so a request seen once is refused whatever the case of its key.
    expect((await raw('GET', path, { sign: false, headers: { ...signed.headers } })).status).toBe(200);
    const again = await raw('GET', path, { sign: false, headers: upper });
    expectCoboError(again, 401, 2023);
    expect((again.body as { error_message: string }).error_message).toContain('already used');
  });

  it('refuses the same signed request sent twice at the same moment, once', async () => {
    const signed = signRequest({ secretHex: ctx.keys.secretHex, method: 'GET', path: `/v2${path}` });
    const both = await Promise.all(
      [1, 2].map(() => raw('GET', path, { sign: false, headers: { ...signed.headers } })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('accepts header names in any case, and a query signed as the official SDK signs it', async () => {
    const signed = signRequest({
      secretHex: ctx.keys.secretHex,
      method: 'GET',
      path: '/v2/wallets/mpc/vaults',
      query: [
        ['vault_type', 'Org-Controlled'],
        ['after', "x y'z"],
      ],
    });
    const lower = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v]));
    // The SDK signs "+" and "'" but its HTTP library sends %20 and %27: the sandbox rebuilds the string.
    const r = await raw('GET', '/wallets/mpc/vaults', {
      sign: false,
      headers: lower,
      query: 'vault_type=Org-Controlled&after=x%20y%27z',
    });
    expect([200, 400]).toContain(r.status); // signature accepted; the made-up cursor may then be refused
    expect((r.body as { error_code?: number }).error_code).not.toBe(2023);
  });
});

describe('routing, pagination and refusals', () => {
  const v = () => `/wallets/mpc/vaults/${vaultId}`;

  it('answers an unknown route with 2021 and a wrong method with 2002', async () => {
    expectCoboError(await raw('GET', '/wallets/mpc/nothing'), 404, 2021);
    expectCoboError(await raw('DELETE', v()), 405, 2002);
  });

  it('pages with limit, after and before', async () => {
    const first = (await raw('GET', `${v()}/key_share_holders`, { query: 'limit=3' })).body as {
      data: Array<{ tss_node_id: string }>;
      pagination: { after: string; before: string; total_count: number };
    };
    expect(first.data).toHaveLength(3);
    expect(first.pagination.before).toBe('');
    const all: string[] = first.data.map((h) => h.tss_node_id);
    let after = first.pagination.after;
    while (after) {
      const page = (await raw('GET', `${v()}/key_share_holders`, { query: `limit=3&after=${after}` }))
        .body as typeof first;
      all.push(...page.data.map((h) => h.tss_node_id));
      after = page.pagination.after;
      if (after === '') {
        const back = (
          await raw('GET', `${v()}/key_share_holders`, { query: `limit=3&before=${page.pagination.before}` })
        ).body as typeof first;
        expect(back.data.map((h) => h.tss_node_id)).toEqual(
          all.slice(all.length - page.data.length - 3, all.length - page.data.length),
        );
      }
    }
    expect(all).toHaveLength(first.pagination.total_count);
    expect(new Set(all).size).toBe(all.length);
    expectCoboError(await raw('GET', `${v()}/key_share_holders`, { query: 'limit=500' }), 400, 2006);
    expectCoboError(await raw('GET', `${v()}/key_share_holders`, { query: 'after=garbage!' }), 400, 2006);
  });

  it('takes limit only as plain decimal digits from 1 to 50', async () => {
    for (const limit of ['1e1', '0x10', '%2010', '10.0', '+10', '-1', '0', '51', '0010x'])
      expectCoboError(await raw('GET', `${v()}/key_share_holders`, { query: `limit=${limit}` }), 400, 2006);
    for (const [limit, count] of [
      ['1', 1],
      ['02', 2],
      ['50', 50],
    ] as const) {
      const page = await raw('GET', `${v()}/key_share_holders`, { query: `limit=${limit}` });
      expect(page.status).toBe(200);
      const { data, pagination } = page.body as { data: unknown[]; pagination: { total_count: number } };
      expect(data).toHaveLength(Math.min(count, pagination.total_count));
    }
  });

  it('refuses unknown vaults, groups and requests with 2028', async () => {
    expectCoboError(await raw('GET', '/wallets/mpc/vaults/NoSuchVault'), 404, 2028);
    expectCoboError(await raw('GET', `${v()}/key_share_holder_groups/nope`), 404, 2028);
    expectCoboError(await raw('GET', `${v()}/tss_requests/123`), 404, 2028);
  });

  it('refuses missing and invalid parameters', async () => {
    expectCoboError(await raw('GET', '/wallets/mpc/vaults'), 400, 2003);
    expectCoboError(await raw('GET', '/wallets/mpc/vaults', { query: 'vault_type=Nope' }), 400, 2006);
    expectCoboError(await raw('GET', `${v()}/tss_requests`), 400, 2003);
    expectCoboError(await raw('POST', `${v()}/tss_requests`, { body: '{not json' }), 400, 2006);
    expectCoboError(await raw('POST', `${v()}/tss_requests`, { body: '{"type":"KeyGen"}' }), 400, 2003);
  });

  it('says a required field is missing (2003) at any depth, as at the top level', async () => {
    const missing = await raw('POST', `${v()}/tss_requests`, {
      body: JSON.stringify({
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: groups.SigningGroup!.key_share_holder_group_id,
        source_key_share_holder_group: { tss_node_ids: ['a', 'b'] },
      }),
    });
    expectCoboError(missing, 400, 2003);
    expect((missing.body as { error_message: string }).error_message).toMatch(
      /missing: source_key_share_holder_group\.key_share_holder_group_id/,
    );
    // Present but of the wrong type is not "missing"
    const wrongType = await raw('POST', `${v()}/tss_requests`, {
      body: JSON.stringify({
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: groups.SigningGroup!.key_share_holder_group_id,
        source_key_share_holder_group: { key_share_holder_group_id: 7 },
      }),
    });
    expectCoboError(wrongType, 400, 2006);
  });

  it('answers what the spec’s rules forbid with an error body, never a reset or a 500', async () => {
    // A malformed percent-escape in a path segment
    expectCoboError(await raw('GET', '/wallets/mpc/vaults/%E0%A4%A'), 400, 2006);
    // A type the spec does not define, even without a source group
    const unknownType = await raw('POST', `${v()}/tss_requests`, {
      body: JSON.stringify({ type: 'KeyRotate', target_key_share_holder_group_id: 'g' }),
    });
    expectCoboError(unknownType, 400, 2006);
    expect((unknownType.body as { error_message: string }).error_message).toMatch(
      /type: must be one of KeyGen/,
    );
    // A body over the limit still gets an answer
    const big = JSON.stringify({ type: 'KeyGen', target_key_share_holder_group_id: 'x'.repeat(1_100_000) });
    const tooBig = await raw('POST', `${v()}/tss_requests`, { body: big });
    expectCoboError(tooBig, 400, 2006);
    expect((tooBig.body as { error_message: string }).error_message).toMatch(/too large/);
    // Far over it too: refused with an answer, not a reset connection
    const huge = await raw('POST', `${v()}/tss_requests`, { body: 'x'.repeat(17 * 1024 * 1024) });
    expectCoboError(huge, 400, 2006);
    // A request line and headers over Node's 16 KiB get Cobo's error body, not a bare 431
    const longLine = await raw('GET', '/wallets/mpc/vaults', { query: `vault_type=${'x'.repeat(17_000)}` });
    expectCoboError(longLine, 431, 2006);
    expect((longLine.body as { error_message: string }).error_message).toMatch(/16 KiB/);
    expectCoboError(
      await raw('GET', '/wallets/mpc/vaults', { headers: { 'X-Pad': 'x'.repeat(17_000) } }),
      431,
      2006,
    );
    // and the sandbox still answers afterwards
    expect((await raw('GET', '/wallets/mpc/vaults', { query: 'vault_type=Org-Controlled' })).status).toBe(
      200,
    );
    // list vaults: project_id must be blank for Org-Controlled, and is required for User-Controlled
    const project = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
    expectCoboError(
      await raw('GET', '/wallets/mpc/vaults', { query: `vault_type=Org-Controlled&project_id=${project}` }),
      400,
      2006,
    );
    expectCoboError(
      await raw('GET', '/wallets/mpc/vaults', { query: 'vault_type=User-Controlled' }),
      400,
      2003,
    );
    const ucw = await raw('GET', '/wallets/mpc/vaults', {
      query: `vault_type=User-Controlled&project_id=${project}`,
    });
    expect(ucw.status).toBe(200);
    expectSpec('list_mpc_vaults_200_response', ucw.body);
  });

  /** A new vault of the organisation, in which none of its nodes holds a key yet. */
  async function newVault(name: string) {
    const made = await raw('POST', '/wallets/mpc/vaults', {
      body: JSON.stringify({ name, vault_type: 'Org-Controlled' }),
    });
    expect(made.status).toBe(201);
    const id = (made.body as { vault_id: string }).vault_id;
    const post = (body: unknown) =>
      raw('POST', `/wallets/mpc/vaults/${id}/key_share_holder_groups`, { body: JSON.stringify(body) });
    return { id, post };
  }
  const node = (name: string) => ctx.sandbox.engine.state.nodes.find((n) => n.name === name)!;
  const message = (r: Raw) => (r.body as { error_message: string }).error_message;

  it('adds Cobo’s own node to a Main or Signing Group, as the spec says, and takes holders as the spec allows them', async () => {
    const { post } = await newVault('Holders as the spec allows');
    const cobo = node('Cobo');
    // Only the organisation's holder, with only its TSS node ID and signer flag: Cobo fills in the rest.
    const made = await post({
      key_share_holder_group_type: 'SigningGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [{ tss_node_id: node('Emeka Nwosu').tss_node_id, signer: true }],
    });
    expect(made.status).toBe(201);
    expectSpec('KeyShareHolderGroup', made.body);
    expect((made.body as SandboxGroup).key_share_holders!.map((h) => [h.name, h.type, h.signer])).toEqual([
      ['Cobo', 'Cobo', true],
      ['Emeka Nwosu', 'Mobile', true],
    ]);
    // Listing Cobo's node explicitly is accepted, and it is not added twice.
    const explicit = await post({
      key_share_holder_group_type: 'SigningGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [
        { tss_node_id: cobo.tss_node_id, name: 'Cobo', type: 'Cobo', signer: true },
        { tss_node_id: node('Bilal Haddad').tss_node_id, signer: true },
      ],
    });
    expect(explicit.status).toBe(201);
    expect((explicit.body as SandboxGroup).key_share_holders).toHaveLength(2);
    const short = await post({
      key_share_holder_group_type: 'SigningGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [],
    });
    expectCoboError(short, 400, 2006);
    expect(message(short)).toMatch(/2 participants but 1 key share holders \(Cobo included\)/);
    expectCoboError(
      await post({
        key_share_holder_group_type: 'SigningGroup',
        participants: 2,
        threshold: 2,
        key_share_holders: [{ name: 'Nobody', signer: true }],
      }),
      400,
      2003,
    );
  });

  it('takes a new Recovery Group only with Cobo’s node listed once, counted among the participants', async () => {
    const { post } = await newVault('Recovery with Cobo');
    const [cobo, chen, dana] = [node('Cobo'), node('Chen Wei'), node('Dana Okafor')];
    // Cobo adds its node only to Main and Signing Groups: without it, refused, since recovery without
    // Cobo's share is no longer offered (October 2025).
    const without = await post({
      key_share_holder_group_type: 'RecoveryGroup',
      participants: 3,
      threshold: 2,
      key_share_holders: [{ tss_node_id: chen.tss_node_id }, { tss_node_id: dana.tss_node_id }],
    });
    expectCoboError(without, 400, 2006);
    expect(message(without)).toMatch(
      /must list Cobo's key share holder .* recovery without Cobo's key share is no longer offered/,
    );
    const withCobo = await post({
      key_share_holder_group_type: 'RecoveryGroup',
      participants: 3,
      threshold: 2,
      key_share_holders: [cobo, chen, dana].map((n) => ({ tss_node_id: n.tss_node_id })),
    });
    expect(withCobo.status).toBe(201);
    expectSpec('KeyShareHolderGroup', withCobo.body);
    expect((withCobo.body as SandboxGroup).participants).toBe(3);
    expect((withCobo.body as SandboxGroup).key_share_holders!.filter((h) => h.type === 'Cobo')).toHaveLength(
      1,
    );
  });

  it('keeps one Main Group per vault: a second one is refused beside a New one too, not only beside an active one', async () => {
    const { post } = await newVault('One Main Key');
    const main = (name: string) => ({
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [{ tss_node_id: node(name).tss_node_id, signer: true }],
    });
    expect((await post(main('Bilal Haddad'))).status).toBe(201);
    const second = await post(main('Emeka Nwosu'));
    expect(second.status).toBeGreaterThanOrEqual(400);
    expect(message(second)).toContain('the vault already has a Main Group in use');
  });

  it('lists as a vault’s holders only those of its own groups, never another vault’s (issue #27, item 10)', async () => {
    const first = await newVault('Holders of one vault');
    const second = await newVault('Holders of another');
    const group = (name: string) => ({
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [{ tss_node_id: node(name).tss_node_id, signer: true }],
    });
    expect((await first.post(group('Bilal Haddad'))).status).toBe(201);
    expect((await second.post(group('Emeka Nwosu'))).status).toBe(201);
    const names = async (id: string) =>
      (await ctx.client.listAllKeyShareHolders(id)).map((h) => h.tss_node_id).sort();
    expect(await names(first.id)).toEqual(
      [node('Cobo').tss_node_id, node('Bilal Haddad').tss_node_id].sort(),
    );
    expect(await names(second.id)).toEqual(
      [node('Cobo').tss_node_id, node('Emeka Nwosu').tss_node_id].sort(),
    );
  });

  it('refuses a node that already holds a share of another live key of the vault, naming the key', async () => {
    const { id, post } = await newVault('One node, one key');
    const emeka = node('Emeka Nwosu');
    const signing = await post({
      key_share_holder_group_type: 'SigningGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [{ tss_node_id: emeka.tss_node_id, signer: true }],
    });
    expect(signing.status).toBe(201);
    const signingId = (signing.body as SandboxGroup).key_share_holder_group_id;
    const again = await post({
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [{ tss_node_id: emeka.tss_node_id, signer: true }],
    });
    expectCoboError(again, 400, 2006);
    expect(message(again)).toContain(
      `TSS node ${emeka.tss_node_id} (Emeka Nwosu) already holds a share of this vault's Signing Key (SigningGroup ${signingId})`,
    );
    // In another vault the same node is free; Cobo's own node is in every key.
    const other = await newVault('Another vault');
    expect(
      (
        await other.post({
          key_share_holder_group_type: 'MainGroup',
          participants: 2,
          threshold: 2,
          key_share_holders: [{ tss_node_id: emeka.tss_node_id, signer: true }],
        })
      ).status,
    ).toBe(201);
    // Once its key is deleted, the node may hold another key of the vault.
    expect(
      (await raw('POST', `/wallets/mpc/vaults/${id}/key_share_holder_groups/${signingId}/delete`)).status,
    ).toBe(201);
    const afterDelete = await post({
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [{ tss_node_id: emeka.tss_node_id, signer: true }],
    });
    expect(afterDelete.status).toBe(201);
  });

  it('holds a standard vault to 2/2 Main and Signing Keys and a 2/3 Recovery Key; an advanced vault allows more', async () => {
    const { id, post } = await newVault('Standard, then advanced');
    const body = (type: string, threshold: number, names: string[]) => ({
      key_share_holder_group_type: type,
      participants: names.length + 1,
      threshold,
      key_share_holders: names.map((n) => ({ tss_node_id: node(n).tss_node_id, signer: true })),
    });
    const main23 = await post(body('MainGroup', 2, ['Alice Moreau', 'Bilal Haddad']));
    expectCoboError(main23, 400, 2006);
    expect(message(main23)).toMatch(
      /standard MPC vault a Main Key is 2\/2 .*2\/3 needs an advanced MPC vault, which Cobo activates on request/,
    );
    const signing33 = await post(body('SigningGroup', 3, ['Alice Moreau', 'Bilal Haddad']));
    expectCoboError(signing33, 400, 2006);
    expect(message(signing33)).toMatch(/standard MPC vault a Signing Key is 2\/2/);
    const recovery22 = await post({
      key_share_holder_group_type: 'RecoveryGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [
        { tss_node_id: node('Cobo').tss_node_id },
        { tss_node_id: node('Chen Wei').tss_node_id },
      ],
    });
    expectCoboError(recovery22, 400, 2006);
    expect(message(recovery22)).toMatch(/A Recovery Key is 2\/3/);
    // Cobo activates the vault as advanced (the sandbox's control API plays Cobo's part).
    expect((await ctx.control('POST', `/vaults/${id}/advanced`, { advanced: true })).status).toBe(201);
    expect((await post(body('MainGroup', 2, ['Alice Moreau', 'Bilal Haddad']))).status).toBe(201);
    // Even there a Recovery Key stays 2/3, and 3-of-4 is offered nowhere.
    expectCoboError(
      await post({
        key_share_holder_group_type: 'RecoveryGroup',
        participants: 2,
        threshold: 2,
        key_share_holders: [
          { tss_node_id: node('Cobo').tss_node_id },
          { tss_node_id: node('Chen Wei').tss_node_id },
        ],
      }),
      400,
      2006,
    );
    const wide = await post(body('SigningGroup', 3, ['Chen Wei', 'Dana Okafor', 'Emeka Nwosu']));
    expectCoboError(wide, 400, 2006);
    expect(message(wide)).toMatch(/3\/4 is not offered by Cobo/);
  });

  it('refuses TSS requests whose preconditions fail', async () => {
    const post = (body: unknown) => raw('POST', `${v()}/tss_requests`, { body: JSON.stringify(body) });
    const main = groups.MainGroup!;
    const signing = groups.SigningGroup!.key_share_holder_group_id;
    // KeyGenFromKeyGroup without a source; with a source that has no keys yet (not Valid)
    expectCoboError(
      await post({ type: 'KeyGenFromKeyGroup', target_key_share_holder_group_id: signing }),
      400,
      2003,
    );
    expectCoboError(
      await post({
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: signing,
        source_key_share_holder_group: { key_share_holder_group_id: main.key_share_holder_group_id },
      }),
      400,
      2029,
    );
    // KeyGen with a source; KeyGen on a Signing Group
    expectCoboError(
      await post({
        type: 'KeyGen',
        target_key_share_holder_group_id: main.key_share_holder_group_id,
        source_key_share_holder_group: { key_share_holder_group_id: signing },
      }),
      400,
      2006,
    );
    expectCoboError(await post({ type: 'KeyGen', target_key_share_holder_group_id: signing }), 400, 2006);
  });
});
