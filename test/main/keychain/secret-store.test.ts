// @vitest-environment node
// Runs against the real Secret Service of the throwaway keyring started by scripts/with-keyring.sh.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_HOST_KEYCHAIN_SERVICE,
  createSecretStore,
  KEYCHAIN_SERVICE,
  keychainServiceFor,
} from '../../../main/keychain/secret-store';

describe('secret store over the OS keychain', () => {
  const store = createSecretStore(undefined, 'Key Ceremony tests');

  it('stores, reads and deletes a secret', async () => {
    await store.set('profile:a', 'a'.repeat(64));
    expect(await store.get('profile:a')).toBe('a'.repeat(64));
    expect(await store.delete('profile:a')).toBe(true);
    expect(await store.get('profile:a')).toBeNull();
    expect(await store.delete('profile:a')).toBe(false);
  });

  it('keeps two accounts apart, and two services apart', async () => {
    const other = createSecretStore(undefined, 'Key Ceremony tests (other)');
    await store.set('profile:1', '1'.repeat(64));
    await store.set('profile:2', '2'.repeat(64));
    await other.set('profile:1', 'f'.repeat(64));
    expect(await store.get('profile:1')).toBe('1'.repeat(64));
    expect(await store.get('profile:2')).toBe('2'.repeat(64));
    expect(await other.get('profile:1')).toBe('f'.repeat(64));
    await store.delete('profile:1');
    expect(await store.get('profile:2')).toBe('2'.repeat(64));
    expect(await other.get('profile:1')).toBe('f'.repeat(64));
    await Promise.all([store.delete('profile:2'), other.delete('profile:1')]);
  });

  it('gives the browser host a keychain service of its own', () => {
    expect(keychainServiceFor('electron')).toBe(KEYCHAIN_SERVICE);
    expect(keychainServiceFor('browser')).toBe(BROWSER_HOST_KEYCHAIN_SERVICE);
    expect(BROWSER_HOST_KEYCHAIN_SERVICE).not.toBe(KEYCHAIN_SERVICE);
  });

  it('reports a keychain module that cannot load as "not available", at first use, without stopping the process', async () => {
    const broken = createSecretStore(
      Promise.reject(new Error('keytar.node: cannot open shared object file')),
    );
    // Long enough for an unhandled rejection to be reported (vitest fails the run on one).
    await new Promise((r) => setTimeout(r, 50));
    await expect(broken.get('profile:x')).rejects.toMatchObject({ code: 'keychain.unavailable' });
    await expect(broken.set('profile:x', 'a'.repeat(64))).rejects.toMatchObject({
      code: 'keychain.unavailable',
    });
  });
});
