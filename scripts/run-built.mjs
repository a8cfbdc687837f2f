#!/usr/bin/env node
// Runs one of the built programs (out/main/<name>.js) with the arguments given, building the app first:
//   npm run sandbox -- …            -> sandbox            (main/entry/sandbox.ts)
//   npm run start:browser -- …      -> browser-host       (main/entry/browser-host.ts)
//   npm run verify-transcript -- …  -> verify-transcript  (main/entry/verify-transcript.ts), built only if missing
//   npm run verify-all -- …         -> verify-all         (main/entry/verify-all.ts), built only if missing
//   npm run verify-recovery-kit -- … -> verify-recovery-kit (main/entry/verify-recovery-kit.ts), built only if missing
// Ctrl-C and SIGTERM are passed on to the program; its exit code is ours.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [name, ...rest] = process.argv.slice(2);
const onlyIfMissing = rest[0] === '--build-if-missing';
const args = onlyIfMissing ? rest.slice(1) : rest;
const program = `out/main/${name}.js`;
if (!name) {
  console.error('usage: node scripts/run-built.mjs <program> [--build-if-missing] [arguments…]');
  process.exit(2);
}
if (!onlyIfMissing || !existsSync(program)) {
  // The build's own messages go to stderr, so a program's output stays clean for pipes.
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 2, 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = spawn(process.execPath, [program, ...args], { stdio: 'inherit' });
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    forwarded = true;
    child.kill(signal);
  });
child.on('exit', (code) => process.exit(code ?? (forwarded ? 0 : 1)));
