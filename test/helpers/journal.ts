/** Signed journals built in a throwaway folder, and the forger's tools the tests attack them with. */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Signer } from '../../main/journal/ed25519';
import {
  GENESIS,
  sha256Hex,
  signedLine,
  type JournalEntry,
  type JournalKind,
  type JsonValue,
} from '../../main/journal/chain';
import { openJournal } from '../../main/journal/journal';

export type EntrySpec = [JournalKind, { [key: string]: JsonValue }];

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-test-journal-'));

/** A journal written by the app's own code: a start, then the given entries; its lines as on disk. */
export async function journalLines(
  signer: Signer,
  start: { [key: string]: JsonValue },
  entries: readonly EntrySpec[],
): Promise<string[]> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  const journal = await openJournal(file, { signer: async () => signer });
  await journal.append('ceremony_started', start);
  for (const [kind, data] of entries) await journal.append(kind, data);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

export const parseLine = (line: string) => JSON.parse(line) as JournalEntry;

/** An entry as a reader of facts sees it, its chain and signature left out (zeros): for rules, not chains. */
export const unsignedEntry = (
  seq: number,
  kind: JournalEntry['kind'],
  data: Record<string, unknown>,
): JournalEntry => ({
  seq,
  at: '2026-01-01T00:00:00.000Z',
  kind,
  data: data as JournalEntry['data'],
  prev: '0'.repeat(64),
  sig: '0'.repeat(128),
});

/**
 * Re-signs and re-chains lines from `from` on, as someone holding `by` would (with a key that signs
 * nothing valid, as someone without any key would).
 */
export function rechain(
  lines: readonly string[],
  from: number,
  by: Pick<Signer, 'sign'> = { sign: () => 'ab'.repeat(64) },
): string[] {
  const out = lines.slice(0, from);
  let prev = from ? sha256Hex(out[from - 1]!) : GENESIS;
  lines.slice(from).forEach((line, i) => {
    const { sig: _sig, ...entry } = parseLine(line);
    const next = signedLine({ ...entry, seq: from + i + 1, prev }, by).line;
    out.push(next);
    prev = sha256Hex(next);
  });
  return out;
}
