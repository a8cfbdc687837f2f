#!/usr/bin/env node
// `npm run bench [-- --quick]`: builds, runs every benchmark in test/bench/ (each measures the app and
// a baseline in the same run), prints a table, and writes test/bench/results.json. `--quick` is the
// smoke mode that `npm test` runs: fewer rounds, results kept under test-artifacts/ only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const quick = process.argv.includes('--quick');
const dir = path.resolve('test-artifacts/bench');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const started = Date.now();
const run = spawnSync(
  'scripts/with-keyring.sh',
  ['npx', 'vitest', 'run', '--config', 'vitest.bench.config.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, BENCH_QUICK: quick ? '1' : '0' },
  },
);
const seconds = (Date.now() - started) / 1000;

const results = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));

const rows = results.map((r) => [
  r.name,
  `${r.figure} ${r.unit}`,
  `${r.baseline} ${r.unit}`,
  String(r.ratio),
  r.goal,
  r.pass === null ? 'reported' : r.pass ? 'pass' : 'FAIL',
]);
const header = ['benchmark', 'figure', 'baseline', 'ratio', 'goal', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
for (const r of results.filter((x) => x.notes)) console.log(`- ${r.name}: ${r.notes}`);
console.log(`\n${results.length} figures in ${seconds.toFixed(0)} s${quick ? ' (quick mode)' : ''}.`);

const summary = { date: new Date().toISOString(), quick, seconds, results };
writeFileSync(path.join(dir, 'results.json'), JSON.stringify(summary, null, 2) + '\n');
if (!quick) writeFileSync('test/bench/results.json', JSON.stringify(summary, null, 2) + '\n');
process.exit(run.status ?? 1);
