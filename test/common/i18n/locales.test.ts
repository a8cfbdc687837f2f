// @vitest-environment node
/** Which language a system's preferences ask for (issue #32, item 3): Simplified Chinese only when asked. */
import { describe, expect, it } from 'vitest';
import { localeFromEnvironment, localeFromSystem } from '../../../common/i18n/locales';
import { EN, translator } from '../../../common/i18n/translate';
import { translatorFor } from '../../../common/i18n/translator-for';
import type { Catalogue } from '../../../common/i18n/translate';
import { en } from '../../../common/i18n/messages/en';

describe('the language a system asks for', () => {
  it('takes the first of the system’s languages the app has', () => {
    expect(localeFromSystem(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(localeFromSystem(['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(localeFromSystem(['en-GB', 'zh-CN'])).toBe('en');
    expect(localeFromSystem(['en', 'zh-CN'])).toBe('en');
    // English is a tag that starts with it: Venda (ven) is not English.
    expect(localeFromSystem(['ven', 'zh-CN'])).toBe('zh-CN');
    for (const simplified of ['zh', 'ZH-cn', 'zh-SG', 'zh-Hans'])
      expect(localeFromSystem([simplified])).toBe('zh-CN');
  });

  it('does not guess Simplified Chinese for a Traditional-Chinese system, and falls back to English', () => {
    for (const other of [['zh-TW'], ['zh-HK'], ['zh-Hant-TW'], ['fr-FR', 'de'], []])
      expect(localeFromSystem(other)).toBe('en');
  });

  it('reads a POSIX environment as its system’s language: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnvironment({ LANG: 'zh_SG.GB2312@pinyin' })).toBe('zh-CN');
    expect(localeFromEnvironment({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({ LC_MESSAGES: 'zh_CN', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    // Set but empty is not set.
    expect(localeFromEnvironment({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    for (const other of [{ LANG: 'zh_TW.UTF-8' }, { LANG: 'C.UTF-8' }, { LANG: 'POSIX' }, {}])
      expect(localeFromEnvironment(other)).toBe('en');
  });

  it('gives main a translator in each language, English at hand and the others loaded when asked', async () => {
    expect(await translatorFor('en')).toBe(EN);
    expect((await translatorFor('zh-CN'))('nav.about')).toBe('关于');
    expect((await translatorFor('en-XA'))('nav.about')).toMatch(/^\[.*Á.*\]$/u);
  });

  it('shows English for a key a catalogue lacks, never the key', () => {
    const partial = { ...en, 'nav.about': undefined } as unknown as Catalogue;
    expect(translator('zh-CN', partial)('nav.about')).toBe('About');
  });
});
