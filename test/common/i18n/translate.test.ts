// @vitest-environment node
/** The formatter: plain messages, a gap falling back to English, and messages with parts in them. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../common/i18n/messages/en';
import { EN, richTranslator, say, translator, type Catalogue } from '../../../common/i18n/translate';

describe('the formatter', () => {
  it('says a sentence main sent, and nothing for none or for a key this build does not know', () => {
    expect(say(EN, { key: 'nav.about' })).toBe('About');
    expect(say(EN, undefined)).toBeNull();
    expect(say(EN, null)).toBeNull();
    expect(say(EN, { key: 'no.such.key' })).toBeNull();
    // So the page writes `say(t, x.said) ?? x.english`: main's English when there is no sentence.
    expect(say(EN, undefined) ?? 'main’s English').toBe('main’s English');
  });

  it('formats a message with its values, and falls back to English for a key a catalogue lacks', () => {
    expect(EN('about.title', { name: 'Key Ceremony' })).toBe('About Key Ceremony');
    const partial = { ...en, 'about.title': '关于 {name}' } as Catalogue;
    delete (partial as Record<string, string>)['about.version'];
    const t = translator('zh-CN', partial);
    expect(t('about.title', { name: 'Key Ceremony' })).toBe('关于 Key Ceremony');
    expect(t('about.version')).toBe('Version');
  });

  it('gives a rich message its parts in order: a value as given, a tag’s chunks to its wrapper', () => {
    const catalogue = { ...en, 'verify.whereEntry': 'Where: <b>entry {line}</b> of {file}' } as Catalogue;
    const rich = richTranslator('en', catalogue);
    const file = { part: 'file' };
    const parts = rich<{ part: string; of?: unknown[] }>('verify.whereEntry', {
      line: 7,
      file,
      b: (chunks) => ({ part: 'b', of: chunks }),
    });
    expect(parts).toEqual(['Where: ', { part: 'b', of: ['entry 7'] }, ' of ', file]);
  });
});
