#!/usr/bin/env node
// `npm run test:mutation [-- group ...]`: Stryker, one run per folder (all of them by default), then
// the score table. Groups: cobo, ceremony, journal, dispatch, browser-host, secret-input, renderer.
import { spawnSync } from 'node:child_process';

const ALL = ['secret-input', 'dispatch', 'renderer', 'browser-host', 'journal', 'cobo', 'ceremony'];
const groups = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const group of groups) {
  if (!ALL.includes(group)) {
    console.error(`Unknown group "${group}". Choose from: ${ALL.join(', ')}.`);
    process.exit(2);
  }
}
for (const group of groups) {
  console.log(`\n=== mutation testing: ${group}`);
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, KC_MUTATION_GROUP: group },
  });
  if (run.status !== 0) {
    console.error(`Stryker failed for ${group} (exit ${run.status}).`);
    process.exit(run.status ?? 1);
  }
}
const scores = spawnSync('node', ['scripts/mutation-scores.mjs'], { stdio: 'inherit' });
process.exit(scores.status ?? 1);
