// @vitest-environment node
/**
 * The message catalogues (issue #32, item 4): every language has exactly English's keys, each message
 * parses as ICU MessageFormat with the same placeholders in every language, no key goes unused, and
 * the Chinese catalogue is Chinese (what stays English is on the do-not-translate list).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../../../common/i18n/messages/en';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { translator } from '../../../common/i18n/translate';
import { NAMES } from '../../../common/i18n/do-not-translate';
import { literals } from '../../helpers/icu';

const CATALOGUES = { en, 'zh-CN': zhCN } as Record<string, Record<string, string>>;

/** The names of a message's placeholders (arguments, plurals, selects, tags), nested ones included. */
function placeholders(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) placeholders(option.value, into);
    if (e.type === TYPE.tag) placeholders(e.children, into);
  }
  return into;
}

/** Every source file of the app, where a message key must be used. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) && !file.includes(`${path.sep}messages${path.sep}`) ? [file] : [];
  });
}

describe('the message catalogues', () => {
  it('have the same keys in every language, each message parsing with the same placeholders', () => {
    const keys = Object.keys(en).sort();
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      expect(Object.keys(catalogue).sort(), locale).toEqual(keys);
      for (const key of keys) {
        const theirs = [...placeholders(parse(catalogue[key]!))].sort();
        expect(theirs, `${locale} ${key}`).toEqual(
          [...placeholders(parse(en[key as keyof typeof en]))].sort(),
        );
      }
    }
  });

  it('finds a placeholder that differs, a missing key and an extra one (the checks can fail)', () => {
    expect([...placeholders(parse('{count, plural, one {# key of {name}} other {# keys}}'))].sort()).toEqual([
      'count',
      'name',
    ]);
    expect([...placeholders(parse('关于 {name}'))]).not.toEqual([...placeholders(parse('关于 {名称}'))]);
  });

  it('uses every key somewhere in the app', () => {
    const code = ['renderer/src', 'main', 'common']
      .flatMap((d) => sources(d))
      .map((f) => readFileSync(f, 'utf8'));
    const all = code.join('\n');
    const unused = Object.keys(en).filter((key) => !all.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('speaks Chinese in zh-CN: every message has Chinese in it, beyond the names it keeps', () => {
    // The message's text (its placeholders and ICU syntax aside), less the names kept in English, the
    // longest first ("Cobo Guard" before "Cobo"), a command line's options and file names, and the
    // examples an officer copies (addresses, key lines, fingerprints: anything with a digit in it).
    const kept = [
      ...Object.values(NAMES),
      'npm run start:browser',
      'npm run verify-transcript',
      'npm run verify-all',
      'npm run verify-recovery-kit',
    ].sort((a, b) => b.length - a.length);
    const english = Object.entries(zhCN).filter(([, text]) => {
      let rest = literals(text);
      for (const name of kept) rest = rest.split(name).join(' ');
      rest = rest.replace(
        /--[a-z][\w-]*|<[^<>]*>|\S+\.(json|txt|sig|pub)\b|\ben\|zh-CN\b|https?:\/\/\S+|\S+@\S+|\S*\d\S*|ssh-\S+|A{4}…/g,
        '',
      );
      return /[A-Za-z]{2,}/.test(rest);
    });
    expect(english.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(Object.values(zhCN).filter((text) => /\p{Script=Han}/u.test(text)).length).toBeGreaterThan(
      Object.keys(zhCN).length * 0.9,
    );
    // Formatting fills placeholders the same way in both.
    expect(translator('zh-CN', zhCN)('about.title', { name: 'Key Ceremony' })).toBe('关于 Key Ceremony');
    expect(translator('en', en)('about.title', { name: 'Key Ceremony' })).toBe('About Key Ceremony');
  });
});
