#!/usr/bin/env node
// `npm run start:browser [-- --port <n>] [-- --data-dir <dir>]`: builds the app, then runs the browser
// host (the whole app in a real browser on 127.0.0.1, offline sandbox only).
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const host = spawn(process.execPath, ['out/main/browser-host.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
