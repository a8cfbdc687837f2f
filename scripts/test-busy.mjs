#!/usr/bin/env node
// `npm run test:busy`: the whole suite (`npm test`) while a CPU hog keeps every core busy, as on a
// shared CI machine. The hogs run at normal priority and are stopped however the suite ends.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';

const cores = os.availableParallelism();
const hogs = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' }),
);
const stop = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log(`test:busy: ${cores} CPU hog(s) running; now npm test`);
const run = spawnSync('npm', ['test'], { stdio: 'inherit' });
stop();
process.exit(run.status ?? 1);
