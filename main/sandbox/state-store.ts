/**
 * Keeps the sandbox's state in a JSON file (atomic replacement), loaded and validated at start. Saves
 * are coalesced: many changes in a burst become one write, and `save` resolves once a write that
 * includes the caller's change is on disk.
 */
import path from 'node:path';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { SandboxState, seedState, STATE_FILE } from './state';
import { describeIssues } from '../../common/describe-issues';

export class SandboxStateError extends Error {}

export function createStateStore(dataDir: string) {
  const file = path.join(dataDir, STATE_FILE);
  let version = 0;
  let written = 0;
  let writing: Promise<void> | null = null;
  let latest: SandboxState | null = null;

  async function writeLoop(): Promise<void> {
    while (written < version && latest) {
      const target = version;
      await writeFileAtomic(file, JSON.stringify(latest, null, 1));
      written = target;
    }
  }

  return {
    file,
    async load(now: number): Promise<{ state: SandboxState; created: boolean }> {
      const text = await readTextIfExists(file);
      if (text === null) return { state: seedState(now), created: true };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new SandboxStateError(
          `The sandbox state file ${file} is not valid JSON. Move it aside to start a fresh rehearsal organisation.`,
        );
      }
      const parsed = SandboxState.safeParse(json);
      if (!parsed.success) {
        throw new SandboxStateError(
          `The sandbox state file ${file} is damaged (${describeIssues(parsed.error, 'file')}). Move it aside to start a fresh rehearsal organisation.`,
        );
      }
      return { state: parsed.data, created: false };
    },
    save(state: SandboxState): Promise<void> {
      latest = state;
      version++;
      const mine = version;
      const run = async (): Promise<void> => {
        while (written < mine) {
          if (!writing) {
            writing = writeLoop().finally(() => {
              writing = null;
            });
          }
          await writing;
        }
      };
      return run();
    },
  };
}
