// @vitest-environment node
// Profiles over the real Secret Service of the throwaway keyring started by scripts/with-keyring.sh.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { apiKeyFromSecret, generateKeyPair, verifyRequest } from '../../../main/cobo/sign';
import { fingerprintOfHexKey } from '../../../common/fingerprint';
import { FIRST_RUN_PROFILE_NAME } from '../../../main/profiles/service';
import { coboError, json, startFakeCobo, type Responder } from '../cobo/fake-cobo';
import { profileServiceFor } from '../keychain/helpers';

const contexts: Array<ReturnType<typeof profileServiceFor>> = [];
const fresh = (...args: Parameters<typeof profileServiceFor>) => {
  const ctx = profileServiceFor(...args);
  contexts.push(ctx);
  return ctx;
};
afterAll(() => contexts.forEach((c) => c.cleanup()));

const readFile = (ctx: { dataDir: string }) => readFileSync(path.join(ctx.dataDir, 'profiles.json'), 'utf8');

describe('profiles', () => {
  it('generates a key pair whose secret lives only in the keychain', async () => {
    const ctx = fresh();
    const profile = await ctx.service.generate({ name: 'Treasury ops', environment: 'development' });
    expect(profile).toMatchObject({ name: 'Treasury ops', environment: 'development' });
    expect(profile.fingerprint).toBe(fingerprintOfHexKey(profile.apiKey));
    const secret = await ctx.secrets.get(`profile:${profile.id}`);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(apiKeyFromSecret(secret!)).toBe(profile.apiKey);
    expect(readFile(ctx)).not.toContain(secret!);
    expect(JSON.stringify(profile)).not.toContain(secret!);
    expect(ctx.emitted).toContainEqual({ event: 'app.changed', payload: { topic: 'profiles' } });
  });

  it('imports a secret with 0x and whitespace, deriving the API key', async () => {
    const ctx = fresh();
    const { secretHex, apiKey } = generateKeyPair();
    const profile = await ctx.service.importSecret({
      name: 'Imported',
      environment: 'production',
      secret: `  0x${secretHex.toUpperCase()}\n`,
      expectedApiKey: apiKey,
    });
    expect(profile.apiKey).toBe(apiKey);
    expect(await ctx.secrets.get(`profile:${profile.id}`)).toBe(secretHex);
  });

  it('refuses an import whose expected API key does not match, keeping nothing', async () => {
    const ctx = fresh();
    const { secretHex } = generateKeyPair();
    await expect(
      ctx.service.importSecret({
        name: 'X',
        environment: 'production',
        secret: secretHex,
        expectedApiKey: generateKeyPair().apiKey,
      }),
    ).rejects.toMatchObject({ code: 'profile.bad_secret' });
    expect((await ctx.service.list()).profiles).toEqual([]);
  });

  it('refuses the same API key twice in one environment', async () => {
    const ctx = fresh();
    const { secretHex } = generateKeyPair();
    await ctx.service.importSecret({ name: 'A', environment: 'development', secret: secretHex });
    await expect(
      ctx.service.importSecret({ name: 'B', environment: 'development', secret: secretHex }),
    ).rejects.toMatchObject({
      code: 'profile.duplicate_key',
    });
  });

  it('keeps unicode names intact through create, list and rename', async () => {
    const ctx = fresh();
    const name = 'Trésorerie — 金庫 🔐';
    const p = await ctx.service.generate({ name, environment: 'sandbox' });
    expect((await ctx.service.list()).profiles[0]!.name).toBe(name);
    const renamed = await ctx.service.rename({ id: p.id, name: 'Ελληνικά ✓' });
    expect(renamed.name).toBe('Ελληνικά ✓');
    expect((await ctx.service.list()).profiles[0]!.name).toBe('Ελληνικά ✓');
  });

  it('keeps two profiles isolated, and deletes one only after a confirmation naming it', async () => {
    const ctx = fresh();
    const a = await ctx.service.generate({ name: 'Alpha', environment: 'sandbox' });
    const b = await ctx.service.generate({ name: 'Bravo', environment: 'sandbox' });
    const secretA = await ctx.secrets.get(`profile:${a.id}`);
    const secretB = await ctx.secrets.get(`profile:${b.id}`);
    expect(secretA).not.toBe(secretB);
    await expect(ctx.service.delete({ id: a.id, confirmName: 'Bravo' })).rejects.toMatchObject({
      code: 'profile.confirmation_mismatch',
    });
    expect(await ctx.secrets.get(`profile:${a.id}`)).toBe(secretA);
    await ctx.service.delete({ id: a.id, confirmName: 'Alpha' });
    expect(await ctx.secrets.get(`profile:${a.id}`)).toBeNull();
    expect(await ctx.secrets.get(`profile:${b.id}`)).toBe(secretB);
    expect((await ctx.service.list()).profiles.map((p) => p.name)).toEqual(['Bravo']);
  });

  it.each([
    ['not JSON', '{ this is not json'],
    [
      'hand-edited with a bad API key',
      JSON.stringify({
        format: 'key-ceremony.profiles',
        version: 1,
        profiles: [
          {
            id: '6b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a',
            name: 'X',
            environment: 'sandbox',
            apiKey: 'nothex',
            createdAt: '2026-01-01T00:00:00.000Z',
          },
        ],
      }),
    ],
    ['from a future version', JSON.stringify({ format: 'key-ceremony.profiles', version: 2, profiles: [] })],
  ])('reports a profile file that is %s, and never overwrites it', async (_name, content) => {
    const ctx = fresh();
    writeFileSync(path.join(ctx.dataDir, 'profiles.json'), content);
    const listed = await ctx.service.list();
    expect(listed.profiles).toEqual([]);
    expect(listed.problem).toMatchObject({ code: 'profile.file_unreadable' });
    expect(listed.problem!.message).toContain('left untouched');
    await expect(ctx.service.generate({ name: 'New', environment: 'sandbox' })).rejects.toMatchObject({
      code: 'profile.file_unreadable',
    });
    await ctx.service.ensureFirstRunProfile();
    expect(readFile(ctx)).toBe(content);
  });

  it('creates the first-run Sandbox profile once, and never again once a file exists', async () => {
    const ctx = fresh();
    await ctx.service.ensureFirstRunProfile();
    await ctx.service.ensureFirstRunProfile();
    const { profiles } = await ctx.service.list();
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ name: FIRST_RUN_PROFILE_NAME, environment: 'sandbox' });
    await ctx.service.delete({ id: profiles[0]!.id, confirmName: FIRST_RUN_PROFILE_NAME });
    await ctx.service.ensureFirstRunProfile();
    expect((await ctx.service.list()).profiles).toEqual([]);
  });

  it('names the first-run profile in the system’s language, once: a name is data from then on', async () => {
    const ctx = fresh();
    await ctx.service.ensureFirstRunProfile('zh-CN');
    const [profile] = (await ctx.service.list()).profiles;
    expect(profile).toMatchObject({ name: '演练（离线沙盒）', environment: 'sandbox' });
    // Started again on an English system, nothing is renamed.
    await ctx.service.ensureFirstRunProfile('en');
    expect((await ctx.service.list()).profiles.map((p) => p.name)).toEqual(['演练（离线沙盒）']);
    expect(FIRST_RUN_PROFILE_NAME).toBe('Rehearsal (offline sandbox)');
  });
});

describe('the browser host offers Sandbox profiles only', () => {
  it('refuses to create, import, list or use Development and Production profiles', async () => {
    const desktop = fresh('electron');
    const prod = await desktop.service.generate({ name: 'Prod', environment: 'production' });
    const sandbox = await desktop.service.generate({ name: 'Rehearsal', environment: 'sandbox' });
    const browser = profileServiceFor('browser');
    const { createProfileService } = await import('../../../main/profiles/service');
    const service = createProfileService({
      dataDir: desktop.dataDir,
      frontEnd: 'browser',
      secrets: browser.secrets,
      events: { emit: () => undefined, connect: () => () => undefined },
      baseUrlFor: async () => 'http://127.0.0.1:9/v2',
    });
    browser.cleanup();
    expect((await service.list()).profiles.map((p) => p.id)).toEqual([sandbox.id]);
    for (const environment of ['development', 'production'] as const) {
      await expect(service.generate({ name: 'X', environment })).rejects.toMatchObject({
        code: 'environment.not_allowed',
      });
      await expect(
        service.importSecret({ name: 'X', environment, secret: generateKeyPair().secretHex }),
      ).rejects.toMatchObject({
        code: 'environment.not_allowed',
      });
    }
    await expect(service.testConnection({ id: prod.id })).rejects.toMatchObject({
      code: 'environment.not_allowed',
    });
    await expect(service.rename({ id: prod.id, name: 'Y' })).rejects.toMatchObject({
      code: 'environment.not_allowed',
    });
    await expect(service.delete({ id: prod.id, confirmName: 'Prod' })).rejects.toMatchObject({
      code: 'environment.not_allowed',
    });
    expect((await desktop.service.list()).profiles).toHaveLength(2);
    // A desktop profile listed as Sandbox (or planted in the file) still cannot sign here: the browser
    // host keeps its secrets under its own keychain service, where the desktop's secret is not.
    expect(await desktop.secrets.get(`profile:${sandbox.id}`)).toMatch(/^[0-9a-f]{64}$/);
    const client = await service.clientFor(sandbox.id);
    await expect(client.listAllMpcVaults('Org-Controlled')).rejects.toMatchObject({
      code: 'profile.secret_missing',
    });
  });
});

describe('test connection', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function withServer(responder: Responder) {
    const fake = await startFakeCobo(responder);
    servers.push(fake);
    const ctx = fresh('electron', fake.baseUrl);
    const profile = await ctx.service.generate({ name: 'Dev', environment: 'development' });
    return { ctx, profile, fake };
  }

  const page = { data: [], pagination: { before: '', after: '', total_count: 0 } };

  it('reports success with a signed read call that verifies', async () => {
    const { ctx, profile, fake } = await withServer((_r, res) => json(res, 200, page));
    const report = await ctx.service.testConnection({ id: profile.id });
    expect(report.outcome).toBe('ok');
    const r = fake.received[0]!;
    expect(r.path).toBe('/v2/wallets/mpc/vaults');
    expect(
      verifyRequest({
        apiKey: profile.apiKey,
        signature: String(r.headers['biz-api-signature']),
        method: 'GET',
        path: r.path,
        nonce: String(r.headers['biz-api-nonce']),
        queryString: r.rawQuery,
        body: '',
      }),
    ).toBe(true);
  });

  it('reports an authentication failure with Cobo’s reference', async () => {
    const { ctx, profile } = await withServer((_r, res) => coboError(res, 401, 2024, 'unknown key'));
    const report = await ctx.service.testConnection({ id: profile.id });
    expect(report).toMatchObject({ outcome: 'auth_failed', errorId: 'err-2024-401' });
    expect(report.hint).toMatch(/Cobo Portal/);
  });

  it('reports clock skew distinctly, on success and on failure', async () => {
    const skewed = new Date(Date.now() - 5 * 60_000).toUTCString();
    const ok = await withServer((_r, res) => json(res, 200, page, { Date: skewed }));
    expect((await ok.ctx.service.testConnection({ id: ok.profile.id })).outcome).toBe('clock_skew');
    const refused = await withServer((_r, res) => coboError(res, 401, 2023, 'nonce', { Date: skewed }));
    const report = await refused.ctx.service.testConnection({ id: refused.profile.id });
    expect(report.outcome).toBe('clock_skew');
    expect(report.message).toMatch(/ahead of/);
  });

  it('reports network trouble distinctly', async () => {
    const { ctx, profile, fake } = await withServer(() => undefined);
    await fake.close();
    const report = await ctx.service.testConnection({ id: profile.id });
    expect(report.outcome).toBe('network');
    expect(report.message).toContain('ECONNREFUSED');
  });

  it('does not send the officer to check the network when the offline sandbox does not answer', async () => {
    const { ctx, fake } = await withServer(() => undefined);
    const sandbox = await ctx.service.generate({ name: 'Rehearsal', environment: 'sandbox' });
    await fake.close();
    const report = await ctx.service.testConnection({ id: sandbox.id });
    expect(report).toMatchObject({
      outcome: 'network',
      message: 'The offline sandbox on this computer did not answer.',
      hint: expect.stringMatching(/no network or proxy is involved: restart Key Ceremony/),
    });
    expect(report.hint).not.toMatch(/proxy settings/);
  });

  it('says so when the secret has vanished from the keychain', async () => {
    const { ctx, profile } = await withServer((_r, res) => json(res, 200, page));
    await ctx.secrets.delete(`profile:${profile.id}`);
    await expect(ctx.service.testConnection({ id: profile.id })).rejects.toMatchObject({
      code: 'profile.secret_missing',
    }); // And the list names it, so every place a profile is offered marks it (issue #29, item 9).
    expect((await ctx.service.list()).missingSecret).toEqual([profile.id]);
  });

  it('names no profile as without its secret while the keychain holds them all', async () => {
    const { ctx, profile } = await withServer((_r, res) => json(res, 200, page));
    expect(await ctx.service.list()).toMatchObject({ profiles: [{ id: profile.id }], missingSecret: [] });
  });
});
