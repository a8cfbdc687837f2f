// @vitest-environment node
// No D-Bus session at all: the Secret Service cannot be reached. This file runs in its own process,
// and the environment is cleared before keytar is first loaded.
delete process.env.DBUS_SESSION_BUS_ADDRESS;
delete process.env.DISPLAY;

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretStore, KeychainError } from '../../../main/keychain/secret-store';
import { profileServiceFor } from './helpers';

const ctx = profileServiceFor();
afterAll(ctx.cleanup);

describe('keychain unavailable', () => {
  it('gives the typed error, in words the officer can act on', async () => {
    const error = await createSecretStore()
      .set('profile:x', 'a'.repeat(64))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeychainError);
    expect(error).toMatchObject({ code: 'keychain.unavailable' });
    expect((error as KeychainError).message).toMatch(/keychain is not available/);
    expect((error as KeychainError).hint).toMatch(/Secret Service/);
  });

  it('creates no profile and writes no file: there is no fallback', async () => {
    await expect(ctx.service.generate({ name: 'Ops', environment: 'sandbox' })).rejects.toMatchObject({
      code: 'keychain.unavailable',
    });
    await expect(
      ctx.service.importSecret({ name: 'Ops', environment: 'production', secret: 'ab'.repeat(32) }),
    ).rejects.toMatchObject({
      code: 'keychain.unavailable',
    });
    expect(existsSync(path.join(ctx.dataDir, 'profiles.json'))).toBe(false);
    expect(readdirSync(ctx.dataDir)).toEqual([]);
    expect((await ctx.service.list()).profiles).toEqual([]);
  });

  it('reports a first-run profile that could not be made, through the list', async () => {
    await ctx.service.ensureFirstRunProfile();
    expect((await ctx.service.list()).problem).toMatchObject({ code: 'keychain.unavailable' });
  });

  it('says in the list, before anything is tried, that the keychain is not there and what to do', async () => {
    const fresh = profileServiceFor();
    try {
      expect((await fresh.service.list()).problem).toEqual({
        code: 'keychain.unavailable',
        message:
          'The system keychain is not available, so no profile can sign a request and none can be created.',
        hint: 'Install and start the system keychain (on Linux, a Secret Service such as GNOME Keyring, in a desktop session you are logged in to), then restart Key Ceremony.',
        said: {
          message: { key: 'errorsMore.keychainStatus.unavailable' },
          hint: { key: 'errorsMore.keychainStatus.unavailableHint' },
        },
      });
    } finally {
      fresh.cleanup();
    }
  });
});
