// @vitest-environment node
/** The formatter: plain messages, a gap falling back to English, and messages with parts in them. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../common/i18n/messages/en';
import { EN, richTranslator, translator, type Catalogue } from '../../../common/i18n/translate';

describe('the formatter', () => {
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
