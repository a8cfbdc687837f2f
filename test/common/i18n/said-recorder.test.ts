// @vitest-environment node
/** Shared code's sentences, recorded as message keys: the same English, another language's words. */
import { describe, expect, it } from 'vitest';
import { checkSelection } from '../../../common/ceremony/rules';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { recorder, saidBy } from '../../../common/i18n/said-recorder';
import { joinSaid } from '../../../common/i18n/said-list';
import type { Said } from '../../../common/i18n/said';
import { EN, say, sayEnglish, translator, type Translate } from '../../../common/i18n/translate';
import { group, holder } from '../../fixtures/groups';

const zh = translator('zh-CN', zhCN);

describe('a recording translator', () => {
  it('reads composed text back as one sentence: messages, the names between them, nested values', () => {
    const compose = (t: Translate) =>
      `${t('words.quorum.theOne')}${t('errors.join.semicolon', { first: 'Alice', rest: t('words.quorum.canSucceed') })}`;
    const rec = recorder();
    const s = rec.said(compose(rec.t)) as Said;
    expect(sayEnglish(s)).toBe(compose(EN));
    expect(say(zh, s)).toBe(compose(zh));
    expect(say(zh, s)).toMatch(/唯一的持有者须批准Alice；现在可以成功/);
  });

  it('says the rules’ problems in Chinese, and their English exactly as before', () => {
    const main = group('g-main', 'MainGroup', [holder('Cobo', { type: 'Cobo' }), holder('Alice')]);
    const check = (t: Translate) =>
      checkSelection(
        'KeyGenFromKeyGroup',
        { vaultId: 'v', targetGroupId: 'g-main' } as never,
        [main],
        true,
        t,
      );
    const english = check(EN).problems;
    expect(english.length).toBeGreaterThan(0);
    const said = saidBy(check, (v) => v.problems);
    expect(said.map((s) => (typeof s === 'object' ? sayEnglish(s) : s))).toEqual(english);
    expect(said.every((s) => typeof s === 'object')).toBe(true);
    expect(say(zh, said[0] as Said)).toMatch(/\p{Script=Han}/u);
  });

  it('reads plain text as it is, even text that looks like a mark’s number, and nothing as nothing', () => {
    const rec = recorder();
    const text = `${rec.t('words.quorum.theOne')}a0b${rec.t('words.quorum.canSucceed')}`;
    const s = rec.said(text) as Said;
    expect(sayEnglish(s)).toBe('The one holder must approvea0bthis can succeed now');
    expect(rec.said('')).toBe('');
    expect(rec.said('Alice')).toBe('Alice');
    expect(joinSaid([], 'list')).toBe('');
    expect(joinSaid(['Alice'], 'list')).toBe('Alice');
  });

  it('gives the English when the code changed the text it was given (the keys would not say it)', () => {
    const shout = (t: Translate) => [t('words.quorum.canSucceed').toUpperCase()];
    expect(saidBy(shout, (v) => v)).toEqual(['THIS CAN SUCCEED NOW']);
  });

  it('takes the English the caller already has: the check runs once more, not twice', () => {
    const calls: string[] = [];
    const check = (t: Translate) => {
      calls.push(t === EN ? 'en' : 'recording');
      return [t('words.quorum.canSucceed')];
    };
    const english = check(EN);
    const said = saidBy(check, (v) => v, english);
    expect(calls).toEqual(['en', 'recording']);
    expect(said).toEqual([{ key: 'words.quorum.canSucceed' }]);
    // The English given is what the recorded keys must say: another text keeps that text.
    expect(saidBy(check, (v) => v, ['Something else'])).toEqual(['Something else']);
  });
});
