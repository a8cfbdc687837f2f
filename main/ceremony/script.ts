/**
 * The ceremony as a witnessed script (issue #31), in main: each printed run sheet's SHA-256 journalled
 * with its version (the same sheet printed again keeps its version; a changed plan's sheet is a new
 * one, saying which it supersedes), and exceptions recorded against the script's steps while the
 * ceremony is open, each a journal entry like everything else.
 */
import type { ScriptException } from '../../common/contract';
import { AppError } from '../app-error';
import { sha256Hex } from '../journal/chain';
import { canonicalJson } from '../journal/json-text';
import type { Registry } from './registry';

const over = () =>
  new AppError(
    'ceremony.over',
    'This ceremony is over: nothing more can be recorded in it.',
    'Record it in a note for the auditors, or in a new ceremony.',
  );

export function createScript({ registry }: { registry: Registry }) {
  return {
    async scriptPrinted(id: string, sheet: Record<string, unknown>) {
      const sha256 = sha256Hex(canonicalJson(sheet));
      let answer = { sha256, version: 1, supersedes: null as string | null };
      await registry.change(id, async (state, journal) => {
        if (state.phase === 'closed' || state.phase === 'abandoned') throw over();
        const last = state.scripts.at(-1);
        if (last?.sha256 === sha256) {
          answer = { sha256, version: last.version, supersedes: null };
          return;
        }
        answer = { sha256, version: (last?.version ?? 0) + 1, supersedes: last?.sha256 ?? null };
        const at = new Date().toISOString();
        await journal.append('script_printed', {
          sha256,
          version: answer.version,
          supersedes: answer.supersedes,
          at,
        });
        state.scripts.push({ version: answer.version, sha256, at });
      });
      return answer;
    },

    recordException: (id: string, exception: Omit<ScriptException, 'at'>) =>
      registry.change(id, async (state, journal) => {
        if (state.phase === 'closed' || state.phase === 'abandoned') throw over();
        const at = new Date().toISOString();
        await journal.append('exception', { ...exception, at });
        state.exceptions.push({ ...exception, at });
      }),
  };
}
