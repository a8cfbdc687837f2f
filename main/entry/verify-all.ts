/**
 * `npm run verify-all -- --data-dir <folder>`: verifies every ceremony record in an app's data folder
 * in full, ignoring what start-up remembered verifying. Needs no keychain: which keys are this
 * installation's comes from the folder's key history. Exit code 0 when every record verifies, 1 when
 * one is damaged, 2 when the command is used wrongly.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fullCheckReport, verifyAllRecords } from '../ceremony/verify-all';
import { createInstallationKey } from '../journal/installation-key';
import type { SecretStore } from '../keychain/secret-store';

const USAGE = `usage: npm run verify-all -- --data-dir <folder>
  The folder is the app's data folder: the one given to the browser host with --data-dir, or the
  desktop app's (Linux: ~/.config/Key Ceremony, macOS: ~/Library/Application Support/Key Ceremony,
  Windows: %APPDATA%\\Key Ceremony).
`;

// Verifying reads public keys only: this store holds no secret and keeps none.
const noSecrets: SecretStore = {
  get: async () => null,
  set: async () => {
    throw new Error('verify-all never writes to the keychain');
  },
  delete: async () => false,
};

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--data-dir');
  const dataDir = at >= 0 ? args[at + 1] : undefined;
  if (!dataDir || args.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!existsSync(path.join(dataDir, 'ceremonies'))) {
    process.stderr.write(`No ceremonies folder in ${dataDir}: is it the app's data folder?\n${USAGE}`);
    return 2;
  }
  const keys = createInstallationKey(noSecrets, path.join(dataDir, 'installation-keys.json'));
  const report = fullCheckReport(dataDir, await verifyAllRecords(dataDir, keys));
  process.stdout.write(report.text);
  return report.code;
}

void main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`verify-all failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
