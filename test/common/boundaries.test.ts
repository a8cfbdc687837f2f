// The import boundaries of ../shared/design/ARCHITECTURE.md are lint rules; this checks that the rules
// really refuse each forbidden direction (and allow the permitted ones), so a loosened config fails here.
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const eslint = new ESLint();

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['common/ceremony/x.ts', "import x from 'node:fs';", 'Node built-ins'],
    ['common/ceremony/x.ts', "import x from 'fs';", 'Node built-ins'],
    ['common/x.ts', "import x from 'electron';", 'Electron'],
    ['common/x.ts', "import x from 'react';", 'no UI code'],
    ['common/x.ts', "import x from '../main/cobo/client';", 'never from main/'],
    ['common/x.ts', "import x from '../preload/bridge';", 'preload/'],
    ['common/x.ts', "import x from '../renderer/src/api';", 'imports the page'],
    ['renderer/src/x.ts', "import x from '../../main/ceremony/service';", 'never from main/'],
    ['renderer/src/x.ts', "import x from '../../preload/http-transport';", 'bridge types'],
    ['renderer/src/x.ts', "import x from 'node:crypto';", 'Node built-ins'],
    ['renderer/src/x.ts', "import x from 'electron';", 'Electron'],
    ['main/ceremony/x.ts', "import x from 'electron';", 'Electron'],
    ['main/ceremony/x.ts', "import x from '../../renderer/src/api';", 'imports the page'],
    ['main/ceremony/x.ts', "import x from '../../preload/http-transport';", 'preload/'],
    ['main/electron/x.ts', "import x from '../../renderer/src/api';", 'imports the page'],
    ['preload/bridge.ts', "import x from 'electron';", 'Electron'],
    ['preload/bridge.ts', "import x from '../main/log';", 'never from main/'],
  ])('%s refuses %s', async (file, code, words) => {
    const messages = await refusals(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(words);
  });

  it.each([
    ['common/ceremony/x.ts', "import x from '../contract';"],
    ['common/x.ts', "import x from 'zod';"],
    ['renderer/src/x.ts', "import x from '../../common/ceremony/rules';"],
    ['renderer/src/x.ts', "import type x from '../../preload/bridge';"],
    ['main/ceremony/x.ts', "import x from '../../common/contract';"],
    ['main/electron/x.ts', "import x from 'electron';"],
    ['main/entry/electron.ts', "import x from 'electron';"],
    ['preload/index.ts', "import x from 'electron';"],
  ])('%s allows %s', async (file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });
});

describe('the shape of the tree', () => {
  const roots = ['main', 'common', 'preload', 'renderer'];
  const sources = roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|css|html)$/.test(f))
      .map((f) => path.join(root, f)),
  );

  it('has no source file longer than 350 lines (styles and pages included)', () => {
    const long = sources.filter((f) => readFileSync(f, 'utf8').split('\n').length > 351);
    expect(long).toEqual([]);
  });

  it('has no import cycle', () => {
    const code = sources.filter((f) => /\.tsx?$/.test(f));
    const resolve = (from: string, spec: string): string | null => {
      const base = path.join(path.dirname(from), spec);
      return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => code.includes(f)) ?? null;
    };
    const edges = new Map(
      code.map((file) => [
        file,
        [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].flatMap(
          (m) => resolve(file, m[1]!) ?? [],
        ),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of code) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
