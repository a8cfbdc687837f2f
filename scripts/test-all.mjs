#!/usr/bin/env node
// `npm test`: every check the project has, in order, with one pass/fail summary at the end.
// typecheck -> lint -> build -> unit and integration tests (in a throwaway keyring) -> end-to-end tests
// in Chromium -> Electron security scan.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const reports = path.resolve('test-artifacts/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitest = (name, extra) => [
  'npx',
  'vitest',
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(reports, name + '.json')}`,
];

const steps = [
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'unit', cmd: ['scripts/with-keyring.sh', ...vitest('unit', [])], report: 'unit' },
  {
    name: 'e2e',
    cmd: ['scripts/with-keyring.sh', ...vitest('e2e', ['--config', 'vitest.e2e.config.ts'])],
    report: 'e2e',
  },
  { name: 'security-scan', cmd: ['npm', 'run', '--silent', 'test:scan'] },
  // The benchmarks' smoke mode: each one runs briefly, so a broken benchmark is caught here.
  { name: 'bench-quick', cmd: ['node', 'scripts/bench.mjs', '--quick'] },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const result = {
    name: step.name,
    ok: run.status === 0,
    seconds: (Date.now() - started) / 1000,
    passed: 0,
    failed: 0,
    skipped: 0,
  };
  if (step.report) {
    const file = path.join(reports, step.report + '.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      result.passed = json.numPassedTests;
      result.failed = json.numFailedTests;
      result.skipped = json.numPendingTests + json.numTodoTests;
    } else {
      result.failed = 1;
    }
  } else {
    result[result.ok ? 'passed' : 'failed'] = 1;
  }
  if (!result.ok && result.failed === 0) result.failed = 1;
  results.push(result);
}

console.log('\n=== summary');
for (const r of results) {
  const counts =
    r.name === 'unit' || r.name === 'e2e'
      ? ` (${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped)`
      : '';
  console.log(
    `${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s${counts}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
const allOk = results.every((r) => r.ok);
console.log(allOk ? '\nAll checks passed.' : '\nSome checks FAILED: see the step output above.');
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(allOk ? 0 : 1);
