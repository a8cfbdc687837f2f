// @vitest-environment node
/** 4. Journal: append-with-fsync latency against a bare fsync'ed append; verification against raw SHA-256. */
import { hash } from 'node:crypto';
import { mkdtempSync, openSync, fsyncSync, writeSync, closeSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS, openJournal, readChain, sha256Hex } from '../../main/journal/journal';
import { percentile, QUICK, record, round } from './record';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-bench-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('journal', () => {
  it('measures append and verification', async () => {
    const appends = QUICK ? 30 : 300;
    const data = {
      tss_request_id: '20261124045438000000000000000002',
      status: 'KeyGenerating',
      note: 'x'.repeat(80),
    };
    const journal = await openJournal(path.join(dir, 'ours.jsonl'));
    const ours: number[] = [];
    for (let i = 0; i < appends; i++) {
      const t = performance.now();
      await journal.append('status_observed', data);
      ours.push(performance.now() - t);
    }
    const line =
      JSON.stringify({ seq: 1, at: new Date().toISOString(), kind: 'status_observed', data, prev: GENESIS }) +
      '\n';
    const bare: number[] = [];
    const barePath = path.join(dir, 'bare.jsonl');
    for (let i = 0; i < appends; i++) {
      const t = performance.now();
      const fd = openSync(barePath, 'a');
      writeSync(fd, line);
      fsyncSync(fd);
      closeSync(fd);
      bare.push(performance.now() - t);
    }

    // Verification of a long journal against hashing the same bytes.
    const count = QUICK ? 10_000 : 100_000;
    const lines: string[] = [];
    let prev = GENESIS;
    for (let i = 0; i < count; i++) {
      const l = JSON.stringify({
        seq: i + 1,
        at: '2026-11-24T00:00:00.000Z',
        kind: 'note',
        data: { i, text: 'status observed' },
        prev,
      });
      lines.push(l);
      prev = sha256Hex(l);
    }
    const text = lines.join('\n') + '\n';
    // Alternate the three several times and take medians: one run of each is at the mercy of the machine.
    // The baseline is the fastest way Node hashes the same lines (the one-shot hash), since the chain
    // needs exactly one SHA-256 per line; the floor adds the JSON parse any verifier that hands back
    // its entries must do, and shows how much of the rest is ours.
    const verifyTimes: number[] = [];
    const rawTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let round = 0; round < (QUICK ? 2 : 7); round++) {
      let t = performance.now();
      const reading = readChain(text);
      verifyTimes.push(performance.now() - t);
      expect(reading.problem).toBeNull();
      expect(reading.entries).toHaveLength(count);
      t = performance.now();
      for (const l of lines) hash('sha256', l, 'hex');
      rawTimes.push(performance.now() - t);
      t = performance.now();
      const parsed: unknown[] = [];
      for (const l of lines) {
        parsed.push(JSON.parse(l));
        hash('sha256', l, 'hex');
      }
      floorTimes.push(performance.now() - t);
      expect(parsed).toHaveLength(count);
    }
    const verifyMs = percentile(verifyTimes, 50);
    const rawMs = percentile(rawTimes, 50);
    const floorMs = percentile(floorTimes, 50);

    const p50 = percentile(ours, 50);
    const p99 = percentile(ours, 99);
    const bare50 = percentile(bare, 50);
    record('journal', [
      {
        name: 'journal append + fsync (p50)',
        figure: round(p50, 3),
        unit: 'ms',
        baseline: round(bare50, 3),
        ratio: round(p50 / bare50),
        goal: '≤ 1.5× a bare fsync’ed append',
        pass: p50 / bare50 <= 1.5,
        notes: `p99 ${round(p99, 3)} ms vs bare ${round(percentile(bare, 99), 3)} ms over ${appends} appends`,
      },
      {
        name: `journal verification (${count.toLocaleString('en')} entries)`,
        figure: round(count / (verifyMs / 1000), 0),
        unit: 'entries/s',
        baseline: round(count / (rawMs / 1000), 0),
        ratio: round(rawMs / verifyMs, 3),
        goal: '≥ 0.5× raw SHA-256 over the same lines',
        pass: rawMs / verifyMs >= 0.5,
        notes: `the floor (JSON.parse + SHA-256 of each line, nothing checked) runs at ${round(rawMs / floorMs, 3)}× raw SHA-256`,
      },
      {
        name: 'journal verification against its floor',
        figure: round(count / (verifyMs / 1000), 0),
        unit: 'entries/s',
        baseline: round(count / (floorMs / 1000), 0),
        ratio: round(floorMs / verifyMs, 3),
        goal: 'reported: the cost of the checks beyond parsing and hashing',
        pass: null,
      },
    ]);
  });
});
