import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The commit being built, shown in About and written into every transcript. */
function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${hash}-modified` : hash;
  } catch {
    return 'unknown';
  }
}

export default defineConfig({
  main: {
    define: { __APP_COMMIT__: JSON.stringify(commit()) },
    build: {
      outDir: 'out/main',
      sourcemap: false,
      rolldownOptions: {
        input: {
          index: resolve('main/index.ts'),
          'browser-host': resolve('main/entry/browser-host.ts'),
          sandbox: resolve('main/entry/sandbox.ts'),
          'verify-transcript': resolve('main/entry/verify-transcript.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      sourcemap: false,
      // A sandboxed preload can only require('electron'): bundle zod and the contract into it.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
