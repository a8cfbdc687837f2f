// @vitest-environment node
/**
 * 4. Journal: append with signing and fsync against a bare fsync'ed append plus one Ed25519 signature
 * of the same bytes; verification of a long journal against the work it cannot avoid (parse, hash and
 * verify the signature of every line).
 */
import { createPublicKey, hash, verify } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS, readChain, sha256Hex, signedLine } from '../../main/journal/chain';
import { openJournal } from '../../main/journal/journal';
import { testSigner } from '../helpers/record-keys';
import { percentile, QUICK, record, round } from './record';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-bench-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const signer = testSigner();

describe('journal', () => {
  it('measures append and verification', async () => {
    const appends = QUICK ? 30 : 300;
    const data = {
      tss_request_id: '20261124045438000000000000000002',
      status: 'KeyGenerating',
      note: 'x'.repeat(80),
    };
    const journal = await openJournal(path.join(dir, 'ours.jsonl'), { signer: async () => signer });
    await journal.append('ceremony_started', { kind: 'KeyGen' });
    // The two alternate, so that both meet the same disk and the same load.
    const ours: number[] = [];
    const bare: number[] = [];
    const barePath = path.join(dir, 'bare.jsonl');
    const unsigned = JSON.stringify({
      seq: 2,
      at: new Date().toISOString(),
      kind: 'status_observed',
      data,
      prev: GENESIS,
    });
    for (let i = 0; i < appends; i++) {
      let t = performance.now();
      await journal.append('status_observed', data);
      ours.push(performance.now() - t);
      t = performance.now();
      const line = `${unsigned.slice(0, -1)},"sig":"${signer.sign(unsigned)}"}\n`;
      const fd = openSync(barePath, 'a');
      writeSync(fd, line);
      fsyncSync(fd);
      closeSync(fd);
      bare.push(performance.now() - t);
    }

    // Verification of a long journal against the work no verifier of this format can skip.
    const count = QUICK ? 2_000 : 100_000;
    const lines: string[] = [];
    let prev = GENESIS;
    for (let i = 0; i < count; i++) {
      const { line } = signedLine(
        {
          seq: i + 1,
          at: '2026-11-24T00:00:00.000Z',
          kind: i === 0 ? 'ceremony_started' : 'note',
          data: i === 0 ? { signer: signer.publicKey } : { i, text: 'status observed' },
          prev,
        },
        signer,
      );
      lines.push(line);
      prev = sha256Hex(line);
    }
    const text = lines.join('\n') + '\n';
    const key = createPublicKey({
      key: Buffer.concat([
        Buffer.from('302a300506032b6570032100', 'hex'),
        Buffer.from(signer.publicKey, 'hex'),
      ]),
      format: 'der',
      type: 'spki',
    });
    // Alternate the two several times and take medians: one run of each is at the mercy of the machine.
    // The floor parses each line, hashes it (the chain needs one SHA-256 per line) and verifies its
    // signature over the bytes before it, with a key made once: nothing checked, nothing kept.
    const verifyTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let round = 0; round < (QUICK ? 2 : 3); round++) {
      let t = performance.now();
      const reading = readChain(text);
      verifyTimes.push(performance.now() - t);
      expect(reading.problem).toBeNull();
      expect(reading.entries).toHaveLength(count);
      t = performance.now();
      let valid = 0;
      for (const l of lines) {
        const entry = JSON.parse(l) as { sig: string };
        hash('sha256', l, 'hex');
        const signed = Buffer.from(`${l.slice(0, l.length - 138)}}`);
        if (verify(null, signed, key, Buffer.from(entry.sig, 'hex'))) valid++;
      }
      floorTimes.push(performance.now() - t);
      expect(valid).toBe(count);
    }
    const verifyMs = percentile(verifyTimes, 50);
    const floorMs = percentile(floorTimes, 50);

    const p50 = percentile(ours, 50);
    const p99 = percentile(ours, 99);
    const bare50 = percentile(bare, 50);
    record('journal', [
      {
        name: 'journal append, signed + fsync (p50)',
        figure: round(p50, 3),
        unit: 'ms',
        baseline: round(bare50, 3),
        ratio: round(p50 / bare50),
        goal: '≤ 1.5× a bare fsync’ed append plus one Ed25519 signature of the same bytes',
        pass: p50 / bare50 <= 1.5,
        notes: `p99 ${round(p99, 3)} ms vs bare ${round(percentile(bare, 99), 3)} ms over ${appends} appends`,
      },
      {
        name: `journal verification (${count.toLocaleString('en')} signed entries)`,
        figure: round(count / (verifyMs / 1000), 0),
        unit: 'entries/s',
        baseline: round(count / (floorMs / 1000), 0),
        ratio: round(floorMs / verifyMs, 3),
        goal: '≥ 0.8× its floor: parse, SHA-256 and Ed25519-verify every line',
        pass: floorMs / verifyMs >= 0.8,
        notes: `${round(verifyMs, 0)} ms against a floor of ${round(floorMs, 0)} ms`,
      },
    ]);
  });
});
