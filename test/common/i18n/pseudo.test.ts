// @vitest-environment node
/** The pseudo-locale: every message accented and longer, its placeholders, plurals and tags kept. */
import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { literals, textLength } from '../../helpers/icu';
import { en } from '../../../common/i18n/messages/en';
import { pseudoCatalogue, pseudoMessage } from '../../../common/i18n/pseudo';
import { translator, type MessageKey } from '../../../common/i18n/translate';

describe('the pseudo-locale', () => {
  it('accents the text, keeps values and plural forms, and is at least 30 % longer', () => {
    const t = translator('en-XA', { ...pseudoCatalogue(), 'about.title': pseudoMessage('About {name}') });
    expect(t('about.title', { name: 'Key Ceremony' })).toMatch(/^\[Áƀóúŧ Key Ceremony( ·)+\]$/);
    const plural = translator('en-XA', {
      ...pseudoCatalogue(),
      'about.title': pseudoMessage('{count, plural, one {# key} other {# keys}} of {name}'),
    });
    expect(plural('about.title', { count: 1, name: 'N' })).toMatch(/^\[1 ķéý óƒ N( ·)+\]$/);
    expect(plural('about.title', { count: 2, name: 'N' })).toMatch(/^\[2 ķéýš óƒ N( ·)+\]$/);
  });

  it('makes every message of the catalogue pseudo, each still parsing', () => {
    const pseudo = pseudoCatalogue();
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(() => parse(pseudo[key]), key).not.toThrow();
      expect(textLength(pseudo[key]), key).toBeGreaterThanOrEqual(textLength(en[key]) * 1.3);
      // No run of plain ASCII letters survives outside placeholders: a string that bypassed it would show.
      expect(literals(pseudo[key]), key).not.toMatch(/[a-z]{3,}/);
    }
  });
});
