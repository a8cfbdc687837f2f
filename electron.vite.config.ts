import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

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

/**
 * The page bundle holds the page, common/ and libraries only: a module from main/ or preload/ (or a Node
 * built-in) fails the build, whatever the lint rules missed.
 */
function pageBoundary(): Plugin {
  const forbidden = [resolve('main') + sep, resolve('preload') + sep];
  return {
    name: 'key-ceremony-page-boundary',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('node:') || source === 'electron')
        this.error(`The page must not import ${source} (from ${importer ? relative('.', importer) : '?'}).`);
      return null;
    },
    load(id) {
      if (forbidden.some((folder) => id.startsWith(folder)))
        this.error(`The page bundle must not contain ${relative('.', id)}: move shared code to common/.`);
      return null;
    },
  };
}

export default defineConfig({
  main: {
    define: { __APP_COMMIT__: JSON.stringify(commit()) },
    build: {
      outDir: 'out/main',
      sourcemap: false,
      rolldownOptions: {
        input: {
          index: resolve('main/entry/electron.ts'),
          'browser-host': resolve('main/entry/browser-host.ts'),
          sandbox: resolve('main/entry/sandbox.ts'),
          'verify-transcript': resolve('main/entry/verify-transcript.ts'),
          'verify-all': resolve('main/entry/verify-all.ts'),
          'verify-recovery-kit': resolve('main/entry/verify-recovery-kit.ts'),
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
    plugins: [pageBoundary(), react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
