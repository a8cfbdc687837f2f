/**
 * The full re-check, one command away (`npm run verify-all`): every ceremony record in a data folder
 * verified from scratch, as if never seen before: form, chain and every signature of each journal,
 * its signer among this installation's keys, the state file's checkpoint and its agreement with the
 * journal. The memo of records verified before (record-memo.ts) is not consulted.
 */
import path from 'node:path';
import type { DamagedRecord } from '../../common/contract';
import { JOURNAL_SUFFIX, readRecord, recordIds, STATE_SUFFIX, type RecordKeys } from './record-load';

export interface FullCheck {
  readonly verified: number;
  readonly damaged: DamagedRecord[];
}

export async function verifyAllRecords(dataDir: string, keys: RecordKeys): Promise<FullCheck> {
  const dir = path.join(dataDir, 'ceremonies');
  const damaged: DamagedRecord[] = [];
  let verified = 0;
  for (const id of (await recordIds(dir, STATE_SUFFIX, JOURNAL_SUFFIX)).sort()) {
    const found = await readRecord({
      id,
      journalFile: path.join(dir, `${id}${JOURNAL_SUFFIX}`),
      stateFile: path.join(dir, `${id}${STATE_SUFFIX}`),
      keys,
    });
    if ('damaged' in found) damaged.push(found.damaged.record);
    else verified++;
  }
  return { verified, damaged };
}

/** The command's words: one line per damaged record, then the count; exit code 0 only when all verify. */
export function fullCheckReport(dataDir: string, check: FullCheck): { text: string; code: number } {
  const lines = check.damaged.map(
    (d) =>
      `DAMAGED  ${d.id}  ${d.kind ?? 'unknown kind'}${d.startedAt ? `, started ${d.startedAt}` : ''}\n` +
      `         ${d.summary}`,
  );
  const total = check.verified + check.damaged.length;
  const verdict = check.damaged.length
    ? `${check.damaged.length} of ${total} ceremony records are damaged: keep the files as they are, and compare them with the transcripts exported before.`
    : total
      ? `All ${total} ceremony records verified in full (every signature checked).`
      : `No ceremony records in ${dataDir}.`;
  return { text: [...lines, verdict].join('\n') + '\n', code: check.damaged.length ? 1 : 0 };
}
