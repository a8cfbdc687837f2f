// @vitest-environment node
/** The embedded sandbox lets in exactly the API keys of the Sandbox profiles that exist. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoboClient } from '../../../main/cobo/client';
import { generateKeyPair, signRequest } from '../../../main/cobo/sign';
import { setLogSink } from '../../../main/log';
import { startRuntime } from '../../../main/runtime';
import { defaultSandboxDataDir } from '../../../main/sandbox/index';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-sandbox-keys-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('API keys of Sandbox profiles', () => {
  it('are let in while their profile exists, and no longer once it is deleted', async () => {
    setLogSink(() => {});
    const runtime = await startRuntime({ frontEnd: 'browser', dataDir, firstRunProfile: false });
    try {
      const { profiles } = runtime.services;
      const engine = runtime.services.sandbox!.engine;
      const a = await profiles.generate({ name: 'A', environment: 'sandbox' });
      const b = await profiles.generate({ name: 'B', environment: 'sandbox' });
      expect(engine.isKnownApiKey(a.apiKey)).toBe(true);
      await profiles.delete({ id: a.id, confirmName: 'A' });
      expect(engine.isKnownApiKey(a.apiKey)).toBe(false);
      // Only the deleted profile's key goes.
      expect(engine.isKnownApiKey(b.apiKey)).toBe(true);
      // Refused on the wire too: Cobo's "unknown API key".
      const { secretHex } = generateKeyPair();
      const gone = await profiles.importSecret({ name: 'C', environment: 'sandbox', secret: secretHex });
      const client = createCoboClient({
        baseUrl: runtime.services.sandbox!.baseUrl,
        sign: (parts) => signRequest({ secretHex, ...parts }),
        retry: { maxAttempts: 1 },
      });
      expect(await client.listAllMpcVaults('Org-Controlled')).toBeInstanceOf(Array);
      await profiles.delete({ id: gone.id, confirmName: 'C' });
      await expect(client.listAllMpcVaults('Org-Controlled')).rejects.toMatchObject({
        details: { coboCode: 2024, httpStatus: 401 },
      });
    } finally {
      await runtime.close();
    }
  });
});

describe('the standalone sandbox’s data folder', () => {
  it('is in the user’s own state folder, never a shared temporary one', () => {
    expect(defaultSandboxDataDir({}, '/home/officer')).toBe(
      '/home/officer/.local/state/key-ceremony-sandbox',
    );
    expect(defaultSandboxDataDir({ XDG_STATE_HOME: '/var/officer' }, '/home/officer')).toBe(
      '/var/officer/key-ceremony-sandbox',
    );
  });
});
