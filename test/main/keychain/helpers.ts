import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEventHub } from '../../../main/ipc/event-hub';
import { createProfileService } from '../../../main/profiles/service';
import { createSecretStore, keychainServiceFor } from '../../../main/keychain/secret-store';
import type { FrontEnd } from '../../../common/contract';

/** A profile service over the real keychain of this test session, in a fresh data folder. */
export function profileServiceFor(frontEnd: FrontEnd = 'electron', baseUrl = 'http://127.0.0.1:9/v2') {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-profiles-'));
  const events = createEventHub();
  const emitted: unknown[] = [];
  events.connect((e) => emitted.push(e));
  const secrets = createSecretStore(undefined, keychainServiceFor(frontEnd));
  const service = createProfileService({
    dataDir,
    frontEnd,
    secrets,
    events,
    baseUrlFor: async () => baseUrl,
  });
  return {
    service,
    secrets,
    dataDir,
    emitted,
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
