// @vitest-environment node
/** The screens' language kept per installation (issue #32, item 3): chosen, changed, or following the system. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLanguageSetting } from '../../../main/settings/language';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the language setting', () => {
  it('follows the system until one is chosen, keeps the choice, and can follow the system again', async () => {
    const file = path.join(dir, 'language.json');
    const setting = createLanguageSetting(file);
    expect(await setting.get()).toEqual({ chosen: null });
    expect(await setting.set('zh-CN')).toEqual({ chosen: 'zh-CN' });
    // Kept: a new reader of the same folder finds it.
    expect(await createLanguageSetting(file).get()).toEqual({ chosen: 'zh-CN' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ locale: 'zh-CN' });
    await setting.set(null);
    expect(await setting.get()).toEqual({ chosen: null });
  });

  it('reads a damaged or foreign file as no choice: the screens follow the system', async () => {
    const file = path.join(dir, 'damaged.json');
    for (const text of ['{not json', '{"locale":"fr"}', '{"locale":"en","extra":1}']) {
      writeFileSync(file, text);
      expect(await createLanguageSetting(file).get(), text).toEqual({ chosen: null });
    }
  });
});
