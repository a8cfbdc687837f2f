#!/usr/bin/env node
// `npm run sandbox -- …`: builds the app, then runs the standalone offline sandbox (main/entry/sandbox.ts).
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(process.execPath, ['out/main/sandbox.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
