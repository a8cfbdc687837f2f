// @vitest-environment node
/**
 * The preload checks every call against the contract, and the contract's sentences travel as message
 * keys (`Said`): no catalogue needs to be in the preload, and none may be (it was, through a recovery
 * file's schema, at 449 kB). Walks what the preload and the browser bridge import at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Relative imports and re-exports that bring code at run time (`import type` and `export type` do not). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^(?:import|export)\s+(?!type\s)(?:[\s\S]*?\sfrom\s+)?'(\.{1,2}\/[^']+)';/gm;
  for (const m of source.matchAll(statement)) if (m[1]) found.push(m[1]);
  return found;
}

function resolve(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (existsSync(file) && file.match(/\.tsx?$/)) return file;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) queue.push(resolve(file, spec));
  }
  return new Set([...seen].map((f) => path.relative(ROOT, f)));
}

const isCatalogue = (file: string) =>
  file.startsWith('common/i18n/messages/') || file === 'common/i18n/translate.ts';

describe('the preload carries no message catalogue', () => {
  it.each(['preload/index.ts', 'preload/browser-entry.ts'])('%s imports none at run time', (entry) => {
    const files = reachable(entry);
    expect(files.has('common/contract/index.ts')).toBe(true);
    expect([...files].filter(isCatalogue)).toEqual([]);
  });

  it('reads imports as a bundler would: type-only ones bring nothing, re-exports and multi-line ones do', () => {
    const source = [
      "import type { Said } from '../i18n/said';",
      "import {\n  a,\n  b,\n} from './multi';",
      "export { GroupInfo } from './group-schema';",
      "export type { X } from './types-only';",
      "import './side-effect';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['./multi', './group-schema', './side-effect']);
    // The recovery file's reader does say its sentences: reaching it would bring the catalogue.
    expect([...reachable('common/recovery-kit/file-format.ts')].filter(isCatalogue)).not.toEqual([]);
  });
});
