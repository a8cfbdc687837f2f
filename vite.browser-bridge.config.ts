// Builds the browser host's bridge script (preload/browser-entry.ts) as one classic script.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'out/browser-bridge',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    lib: {
      entry: resolve('preload/browser-entry.ts'),
      formats: ['iife'],
      name: 'keyCeremonyBridge',
      fileName: () => 'bridge.js',
    },
  },
});
