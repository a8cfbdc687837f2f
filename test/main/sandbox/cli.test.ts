// @vitest-environment node
/** `npm run sandbox` as a person runs it: the built CLI, real signed requests, clean stop on signals. */
import { describe, expect, it } from 'vitest';
import { standaloneSandbox } from './helpers';

describe('npm run sandbox', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'serves signed requests for --api-key and stops cleanly on %s',
    async (signal) => {
      const run = await standaloneSandbox(['--auto-approve-ms', '10']);
      const vaults = await run.client.listAllMpcVaults('Org-Controlled');
      expect(vaults[0]!.name).toBe('Rehearsal Treasury');
      expect((await run.control('GET', '/state')).status).toBe(200);
      expect(await run.stop(signal)).toBe(0);
      expect(run.output()).toContain(`sandbox stopped (${signal})`);
    },
  );

  it('refuses a malformed --api-key with a clear message', async () => {
    await expect(standaloneSandbox(['--api-key', 'nothex'])).rejects.toThrow(
      /--api-key must be an Ed25519 API key: 64 hex characters/,
    );
  });
});
