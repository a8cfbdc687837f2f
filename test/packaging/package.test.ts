// @vitest-environment node
/**
 * What ships: package for Linux (the `dir` target) with a stub Electron, then inspect the result —
 * app.asar holds the bundles and package.json and nothing it should not; the keychain module is
 * unpacked; the fuses in the packaged binary are the hardened set. The stub carries a fuse wire
 * in Electron's format, so electron-builder flips real fuses in it.
 *
 * The test packages without electron-builder's native rebuild: that step recompiles keytar in the
 * checkout's own node_modules, and where Electron's headers cannot be downloaded it leaves
 * `node_modules/keytar/build` deleted, failing every keychain test after this one. A release build
 * still rebuilds (the configuration is checked below); this test proves it left the tree as it was.
 */
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { within } from '../helpers/patience';

const HARDENED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

const work = mkdtempSync(path.join(os.tmpdir(), 'kc-package-'));
const out = path.join(work, 'dist');
let files: string[] = [];
let resources = '';

const keytarBuild = path.resolve('node_modules/keytar/build');
const keytarKept = path.join(work, 'keytar-build');

/** Every file under a folder with its SHA-256, so any change to the native module shows. */
function fingerprintTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}
let keytarBefore: Record<string, string> = {};

beforeAll(() => {
  if (!existsSync('out/main/index.js')) throw new Error('run "npm run build" first (npm test does)');
  keytarBefore = fingerprintTree(keytarBuild);
  cpSync(keytarBuild, keytarKept, { recursive: true });
  // A stand-in Electron: a script with Electron's fuse wire (version 1, 8 fuses, Electron's defaults).
  const stub = path.join(work, 'electron-stub');
  mkdirSync(stub);
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
  ]);
  writeFileSync(path.join(stub, 'electron'), wire);
  chmodSync(path.join(stub, 'electron'), 0o755);
  execFileSync(
    'npx',
    [
      'electron-builder',
      '--linux',
      'dir',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${out}`,
      '-c.npmRebuild=false',
      '--publish',
      'never',
    ],
    {
      stdio: 'pipe',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    },
  );
  resources = path.join(out, 'linux-unpacked', 'resources');
  files = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((f) =>
    f.replaceAll('\\', '/'),
  );
}, within(60_000));
afterAll(() => {
  // Whatever happened above, the tests after this one get the keychain module they started with.
  if (JSON.stringify(fingerprintTree(keytarBuild)) !== JSON.stringify(keytarBefore)) {
    rmSync(keytarBuild, { recursive: true, force: true });
    cpSync(keytarKept, keytarBuild, { recursive: true });
  }
  rmSync(work, { recursive: true, force: true });
});

describe('the Linux package', () => {
  it("leaves the checkout's native keychain module exactly as it was", () => {
    expect(Object.keys(keytarBefore)).toContain(path.join('Release', 'keytar.node'));
    expect(fingerprintTree(keytarBuild)).toEqual(keytarBefore);
  });

  it('holds the built bundles and package.json', () => {
    for (const f of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ])
      expect(files).toContain(f);
  });

  it('holds no tests, sources, source maps, sandbox state, environment files or keys', () => {
    const offenders = files.filter(
      (f) =>
        /^\/(main|preload|renderer\/src|test|tests|scripts|tools|build|\.ci)\//.test(f) ||
        /\.(ts|tsx|map)$/.test(f) ||
        /REHEARSAL-ONLY|sandbox-state|profiles\.json|\.journal\.jsonl$/.test(f) ||
        /(^|\/)\.env(\.|$)/.test(f) ||
        /\.(pem|key|p12|pfx)$/.test(f) ||
        /\/(test|tests|__tests__)\//.test(f),
    );
    expect(offenders).toEqual([]);
  });

  it('ships production dependencies only', () => {
    const modules = new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const dep of Object.keys(pkg.dependencies)) expect(modules.has(dep), dep).toBe(true);
    for (const dev of Object.keys(pkg.devDependencies))
      expect(modules.has(dev), `${dev} must not ship`).toBe(false);
  });

  it('unpacks the native keychain module', () => {
    expect(
      existsSync(
        path.join(
          resources,
          'app.asar.unpacked',
          'node_modules',
          'keytar',
          'build',
          'Release',
          'keytar.node',
        ),
      ),
    ).toBe(true);
  });

  it('sets the hardened fuses, in the configuration and in the packaged binary', async () => {
    const config = parse(readFileSync('electron-builder.yml', 'utf8')) as {
      electronFuses: Record<string, boolean>;
      publish: unknown;
      asar: boolean;
      buildDependenciesFromSource: boolean;
      npmRebuild?: boolean;
    };
    expect(config.electronFuses).toEqual(HARDENED_FUSES);
    expect(config.publish).toBeNull();
    expect(config.asar).toBe(true);
    // Native modules from the locked sources, never a downloaded prebuilt.
    expect(config.buildDependenciesFromSource).toBe(true);
    // A release rebuilds them for Electron (only this test turns the rebuild off).
    expect(config.npmRebuild ?? true).toBe(true);
    const fuses = await getCurrentFuseWire(path.join(out, 'linux-unpacked', 'key-ceremony'));
    const on = 49;
    const off = 48;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(off);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
  });

  it('writes a SHA256SUMS file that sha256sum can check', async () => {
    const dir = path.join(work, 'artifacts');
    mkdirSync(dir);
    const a = path.join(dir, 'Key Ceremony-0.1.0.AppImage');
    const b = path.join(dir, 'key-ceremony_0.1.0_amd64.deb');
    writeFileSync(a, 'appimage bytes');
    writeFileSync(b, 'deb bytes');
    const hook = (await import('../../build/checksums.cjs')) as unknown as {
      default: (r: { artifactPaths: string[]; outDir: string }) => Promise<string[]>;
    };
    const written = await hook.default({
      artifactPaths: [a, b, `${a}.blockmap`].filter(existsSync),
      outDir: dir,
    });
    expect(written).toEqual([path.join(dir, 'SHA256SUMS')]);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toMatch(
      /AppImage: OK[\s\S]*deb: OK/,
    );
    writeFileSync(b, 'tampered');
    expect(() => execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });
});
