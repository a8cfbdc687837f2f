// @vitest-environment node
/** Which language a system's preferences ask for (issue #32, item 3): Simplified Chinese only when asked. */
import { describe, expect, it } from 'vitest';
import { localeFromSystem } from '../../../common/i18n/locales';
import { translator } from '../../../common/i18n/translate';
import type { Catalogue } from '../../../common/i18n/translate';
import { en } from '../../../common/i18n/messages/en';

describe('the language a system asks for', () => {
  it('takes the first of the system’s languages the app has', () => {
    expect(localeFromSystem(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(localeFromSystem(['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(localeFromSystem(['en-GB', 'zh-CN'])).toBe('en');
    for (const simplified of ['zh', 'ZH-cn', 'zh-SG', 'zh-Hans'])
      expect(localeFromSystem([simplified])).toBe('zh-CN');
  });

  it('does not guess Simplified Chinese for a Traditional-Chinese system, and falls back to English', () => {
    for (const other of [['zh-TW'], ['zh-HK'], ['zh-Hant-TW'], ['fr-FR', 'de'], []])
      expect(localeFromSystem(other)).toBe('en');
  });

  it('shows English for a key a catalogue lacks, never the key', () => {
    const partial = { ...en, 'nav.about': undefined } as unknown as Catalogue;
    expect(translator('zh-CN', partial)('nav.about')).toBe('About');
  });
});
