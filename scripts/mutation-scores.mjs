#!/usr/bin/env node
// Mutation score per folder from Stryker's JSON reports (one per group), against the goal of 80 % for
// each. Prints a Markdown table (pasted into the README) and writes test/mutation/scores.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const GOAL = 80;
const FOLDERS = [
  ['main/cobo/', 'cobo'],
  ['main/ceremony/ and common/ceremony/', 'ceremony'],
  ['main/journal/', 'journal'],
  ['main/ipc/dispatch.ts', 'dispatch'],
  ['main/browser-host/', 'browser-host'],
  ['main/profiles/secret-input.ts', 'secret-input'],
  ['renderer: review step, root-key panel, key text', 'renderer'],
];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const rows = FOLDERS.flatMap(([name, group]) => {
  const file = `test-artifacts/mutation/${group}.json`;
  if (!existsSync(file)) {
    console.error(`No report for ${group}: run "npm run test:mutation -- ${group}".`);
    return [];
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let killed = 0;
  let survived = 0;
  let ignored = 0;
  for (const { mutants } of Object.values(report.files)) {
    for (const m of mutants) {
      if (DETECTED.has(m.status)) killed++;
      else if (UNDETECTED.has(m.status)) survived++;
      else ignored++;
    }
  }
  const score = killed + survived ? (100 * killed) / (killed + survived) : 100;
  return [{ folder: name, killed, survived, ignored, score: Math.round(score * 10) / 10 }];
});

console.log('| folder | killed | survived | ignored (static, or marked equivalent) | score | goal |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.folder} | ${r.killed} | ${r.survived} | ${r.ignored} | ${r.score} % | ${r.score >= GOAL ? 'met' : '**missed**'} (≥ ${GOAL} %) |`,
  );
writeFileSync(
  'test/mutation/scores.json',
  JSON.stringify({ at: new Date().toISOString(), rows }, null, 2) + '\n',
);
process.exit(rows.length === FOLDERS.length && rows.every((r) => r.score >= GOAL) ? 0 : 1);
