// @vitest-environment node
/**
 * 8. History at scale: an organisation that rehearses often keeps hundreds of closed ceremonies. Start-up
 * (what stands between launch and the first screen) and a History listing with 1,000 closed ceremonies
 * (about 40 journal entries each), as ratios to the same with 10, and to reading the files alone.
 * The ceremonies are one real closed KeyGen, cloned under new ids and signed again with this
 * installation's key, so every one is a record the app must trust.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { sha256Hex } from '../../main/journal/chain';
import { startRuntime, type ServiceOptions } from '../../main/runtime';
import { setLogSink } from '../../main/log';
import { rechain } from '../helpers/journal';
import { launchBrowser, startHost } from '../e2e/harness';
import { rig } from '../main/ceremony/helpers';
import { median, QUICK, record, round } from './record';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A data folder holding `count` closed ceremonies, all clones of `source`'s one. */
function history(source: string, id: string, count: number, signer: Parameters<typeof rechain>[2]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kc-bench-history-${count}-`));
  folders.push(dir);
  cpSync(source, dir, { recursive: true });
  const ceremonies = path.join(dir, 'ceremonies');
  const lines = readFileSync(path.join(ceremonies, `${id}.journal.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean);
  const state = readFileSync(path.join(ceremonies, `${id}.json`), 'utf8');
  for (let i = 1; i < count; i++) {
    const clone = randomUUID();
    const signed = rechain(
      lines.map((l) => l.replaceAll(id, clone)),
      0,
      signer,
    );
    writeFileSync(path.join(ceremonies, `${clone}.journal.jsonl`), signed.join('\n') + '\n');
    const file = JSON.parse(state.replaceAll(id, clone)) as { journal: { entries: number; head: string } };
    file.journal = { entries: signed.length, head: sha256Hex(signed.at(-1)!) };
    writeFileSync(path.join(ceremonies, `${clone}.json`), JSON.stringify(file, null, 1));
  }
  return { dir, entries: lines.length };
}

async function readAll(dir: string) {
  const ceremonies = path.join(dir, 'ceremonies');
  for (const name of readdirSync(ceremonies)) await readFile(path.join(ceremonies, name));
}

describe('history at scale', () => {
  it('measures start-up and a History listing with 10 and 1,000 closed ceremonies', async () => {
    setLogSink(() => {});
    const r = await rig();
    const id = await r.closedKeyGen();
    const signer = await r.runtime.services.installation.signer();
    await r.runtime.close();
    const large = QUICK ? 100 : 1_000;
    const small = history(r.dataDir, id, 10, signer);
    const big = history(r.dataDir, id, large, signer);
    const options = (dataDir: string): ServiceOptions => ({
      frontEnd: 'browser',
      dataDir,
      sandboxSettings: { autoApproveMs: 10, stepMs: 10 },
      ceremony: { historyDelayMs: 0 },
    });

    const rounds = QUICK ? 2 : 7;
    const starts = { small: [] as number[], big: [] as number[], read: [] as number[] };
    const lists = { small: [] as number[], big: [] as number[] };
    const ready = { small: [] as number[], big: [] as number[] };
    const browser = await launchBrowser();
    try {
      for (let round = 0; round < rounds; round++) {
        for (const [which, folder] of [
          ['small', small],
          ['big', big],
        ] as const) {
          // Start-up to first screen: the browser host started on the folder, until the Ceremonies
          // screen can be used in Chromium (what follows after it is not waited for).
          const t0 = performance.now();
          const host = await startHost([], folder.dir);
          ready[which].push(performance.now() - t0);
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(host.url);
          await page.getByRole('button', { name: 'Start: KeyGen', exact: true }).waitFor();
          starts[which].push(performance.now() - t0);
          await context.close();
          await host.stop();
          // The History listing, as main answers it once every ceremony is loaded.
          const runtime = await startRuntime(options(folder.dir));
          await runtime.services.ceremonies.settled();
          for (let i = 0; i < 4; i++) {
            const t = performance.now();
            const answer = (await runtime.dispatch('ceremony.list', {})) as {
              ok: boolean;
              value: { ceremonies: unknown[]; damaged: unknown[]; historyTotal: number };
            };
            if (i > 0) lists[which].push(performance.now() - t);
            expect(answer.ok).toBe(true);
            expect(answer.value.damaged).toEqual([]);
            expect(answer.value.historyTotal).toBe(which === 'big' ? large : 10);
          }
          await runtime.close();
        }
        const t1 = performance.now();
        await readAll(big.dir);
        starts.read.push(performance.now() - t1);
      }
    } finally {
      await browser.close();
    }
    rmSync(r.dataDir, { recursive: true, force: true });

    const start = { small: median(starts.small), big: median(starts.big), read: median(starts.read) };
    const list = { small: median(lists.small), big: median(lists.big) };
    const label = large.toLocaleString('en');
    record('history-scale', [
      {
        name: `start-up to first screen with ${label} closed ceremonies (${big.entries} entries each)`,
        figure: round(start.big, 0),
        unit: 'ms',
        baseline: round(start.small, 0),
        ratio: round(start.big / start.small),
        goal: '≤ 1.2× start-up with 10',
        pass: start.big / start.small <= 1.2,
        notes: `the host ready to serve in ${round(median(ready.big), 0)} ms (${round(median(ready.small), 0)} ms with 10); reading the ${label} ceremonies' files alone takes ${round(start.read, 0)} ms, start-up is ${round(start.big / start.read)}× that`,
      },
      {
        name: `History listing with ${label} closed ceremonies (main's answer, a page of ${HISTORY_PAGE})`,
        figure: round(list.big, 1),
        unit: 'ms',
        baseline: round(list.small, 1),
        ratio: round(list.big / list.small),
        goal: '≤ 2× the listing with 10',
        pass: list.big / list.small <= 2,
        notes: `reading the ${label} ceremonies' files alone takes ${round(start.read, 0)} ms`,
      },
    ]);
  });
});
