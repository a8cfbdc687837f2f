#!/usr/bin/env node
// Mutation score per folder from Stryker's JSON report, against the goal of 80 % for each. Prints a
// Markdown table (pasted into the README) and writes test/mutation/scores.json.
import { readFileSync, writeFileSync } from 'node:fs';

const GOAL = 80;
const report = JSON.parse(readFileSync('test-artifacts/mutation/mutation.json', 'utf8'));
const FOLDERS = [
  ['main/cobo/', (f) => f.startsWith('main/cobo/')],
  ['main/ceremony/', (f) => f.startsWith('main/ceremony/')],
  ['main/journal/', (f) => f.startsWith('main/journal/')],
  ['main/ipc/dispatch.ts', (f) => f === 'main/ipc/dispatch.ts'],
  ['main/browser-host/', (f) => f.startsWith('main/browser-host/')],
  ['main/keychain/secret-input.ts', (f) => f === 'main/keychain/secret-input.ts'],
  ['renderer: review and root-key components', (f) => f.startsWith('renderer/')],
];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const rows = FOLDERS.map(([name, match]) => {
  let killed = 0;
  let survived = 0;
  let ignored = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!match(file.replace(/\\/g, '/'))) continue;
    for (const m of mutants) {
      if (DETECTED.has(m.status)) killed++;
      else if (UNDETECTED.has(m.status)) survived++;
      else ignored++;
    }
  }
  const score = killed + survived ? (100 * killed) / (killed + survived) : 100;
  return { folder: name, killed, survived, ignored, score: Math.round(score * 10) / 10 };
});

console.log('| folder | killed | survived | ignored (equivalent, with a reason) | score | goal |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.folder} | ${r.killed} | ${r.survived} | ${r.ignored} | ${r.score} % | ${r.score >= GOAL ? 'met' : '**missed**'} (≥ ${GOAL} %) |`,
  );
writeFileSync(
  'test/mutation/scores.json',
  JSON.stringify({ at: new Date().toISOString(), rows }, null, 2) + '\n',
);
process.exit(rows.every((r) => r.score >= GOAL) ? 0 : 1);
