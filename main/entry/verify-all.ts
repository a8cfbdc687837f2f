/**
 * `npm run verify-all -- --data-dir <folder> [--lang en|zh-CN]`: verifies every ceremony record in an
 * app's data folder in full, ignoring what start-up remembered verifying. Needs no keychain: which
 * keys are this installation's comes from the folder's key history. Exit code 0 when every record
 * verifies, 1 when one is damaged, 2 when the command is used wrongly (main/ceremony/verify-all.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EN } from '../../common/i18n/translate';
import { runVerifyAll, verifyAllRecords } from '../ceremony/verify-all';
import { createInstallationKey } from '../journal/installation-key';
import type { SecretStore } from '../keychain/secret-store';

// Verifying reads public keys only: this store holds no secret and keeps none.
const noSecrets: SecretStore = {
  get: async () => null,
  set: async () => {
    throw new Error('verify-all never writes to the keychain');
  },
  delete: async () => false,
};

void runVerifyAll(process.argv.slice(2), {
  hasCeremonies: (dataDir) => existsSync(path.join(dataDir, 'ceremonies')),
  check: (dataDir) =>
    verifyAllRecords(dataDir, createInstallationKey(noSecrets, path.join(dataDir, 'installation-keys.json'))),
}).then(
  (result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exit(result.code);
  },
  (error: unknown) => {
    const problem = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${EN('cliMore.all.failed', { problem })}\n`);
    process.exit(2);
  },
);
