// @vitest-environment node
/**
 * Schema problems as sentences for the page (issue #32): the field's path as it is, the problem said by
 * zod's issue code in the page's language, never zod's English inside a Chinese sentence.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, describeIssuesSaid } from '../../common/describe-issues';
import { channels } from '../../common/contract';
import { label } from '../../common/contract/model';
import { zhCN } from '../../common/i18n/messages/zh-CN';
import { say, sayEnglish, translator } from '../../common/i18n/translate';
import { SaidSchema, type Said } from '../../common/i18n/said';

const zh = translator('zh-CN', zhCN);
const chinese = (s: Said) => say(zh, s);

/** The first issue of a parse that must fail. */
function failed(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the parse to fail');
  return result.error;
}

/** Latin words in a Chinese sentence, less the codes it is allowed to keep. */
const englishIn = (text: string, ...codes: string[]) => {
  let rest = text;
  for (const code of codes) rest = rest.split(code).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
};

describe('describeIssuesSaid', () => {
  it.each<[string, z.ZodType, unknown, string, string, string[]]>([
    [
      'a type',
      z.strictObject({ threshold: z.number() }),
      { threshold: 'x' },
      'threshold: must be a number',
      '字段 threshold 必须是数字',
      ['threshold'],
    ],
    ['a whole number', z.number().int(), 1.5, 'the input must be a whole number', '输入必须是整数', []],
    [
      'a maximum',
      z.strictObject({ threshold: z.number().max(5) }),
      { threshold: 6 },
      'threshold: must be at most 5',
      '字段 threshold 不得大于 5',
      ['threshold'],
    ],
    ['an exclusive maximum', z.number().lt(5), 6, 'the input must be less than 5', '输入必须小于 5', []],
    [
      'a length, too short',
      z.string().length(3),
      'ab',
      'the input must be exactly 3 characters long',
      '输入必须正好是 3 个字符',
      [],
    ],
    [
      'a length, too long',
      z.string().length(3),
      'abcd',
      'the input must be exactly 3 characters long',
      '输入必须正好是 3 个字符',
      [],
    ],
    [
      'a list’s size',
      z.array(z.number()).length(2),
      [1],
      'the input must have exactly 2 items',
      '输入必须正好有 2 项',
      [],
    ],
    [
      'a text’s length',
      z.string().max(3),
      'abcd',
      'the input must be at most 3 characters',
      '输入不得超过 3 个字符',
      [],
    ],
    [
      'a list’s length',
      z.array(z.string()).max(1),
      ['a', 'b'],
      'the input must have at most 1 item',
      '输入不得超过 1 项',
      [],
    ],
    [
      'an exact length',
      z.string().length(3),
      'ab',
      'the input must be exactly 3 characters long',
      '输入必须正好是 3 个字符',
      [],
    ],
    ['an empty text', z.string().min(1), '', 'the input must not be empty', '输入不得为空', []],
    [
      'a minimum length',
      z.string().min(3),
      'ab',
      'the input must be at least 3 characters',
      '输入至少须有 3 个字符',
      [],
    ],
    ['a minimum', z.number().min(2), 1, 'the input must be at least 2', '输入不得小于 2', []],
    ['an exclusive minimum', z.number().gt(2), 2, 'the input must be more than 2', '输入必须大于 2', []],
    [
      'a UUID',
      z.strictObject({ id: z.uuid() }),
      { id: 'x' },
      'id: must be a UUID',
      '字段 id 必须是有效的唯一 ID',
      ['id', 'ID'],
    ],
    [
      'a pattern',
      z.string().regex(/^a$/, 'must be an id'),
      'b',
      'the input is not in the expected form',
      '输入格式不符合要求',
      [],
    ],
    [
      'a multiple',
      z.number().multipleOf(3),
      4,
      'the input must be a multiple of 3',
      '输入必须是 3 的倍数',
      [],
    ],
    [
      'fields not taken',
      z.strictObject({ a: z.string() }),
      { a: 'x', extra: 1, more: 2 },
      'the input has fields not expected here: extra, more',
      '输入含有此处不应有的字段：extra、more',
      ['extra', 'more'],
    ],
    [
      'an option',
      z.strictObject({ environment: z.enum(['sandbox', 'production']) }),
      { environment: 'x' },
      'environment: must be one of “sandbox”, “production”',
      '字段 environment 必须是 “sandbox”、“production” 之一',
      ['environment', 'sandbox', 'production'],
    ],
    ['a literal', z.literal('x'), 'y', 'the input must be “x”', '输入必须是 “x”', []],
    [
      'a union',
      z.union([z.string(), z.number()]),
      true,
      'the input matches none of the forms expected here',
      '输入不符合此处应有的任何一种形式',
      [],
    ],
    [
      'a discriminator',
      z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.literal('b') })]),
      { t: 'c' },
      't: must be one of “a”, “b”',
      '字段 t 必须是 “a”、“b” 之一',
      [],
    ],
    [
      'a record’s key',
      z.record(z.string().max(2), z.number()),
      { abc: 1 },
      'abc: is not an accepted key (must be at most 2 characters)',
      '字段 abc 不是可接受的键（不得超过 2 个字符）',
      ['abc'],
    ],
    ['a set’s item', z.set(z.number()), new Set(['a']), 'the input must be a number', '输入必须是数字', []],
    [
      'a refinement without words of ours',
      z.string().refine(() => false, 'is bad in English'),
      'a',
      'the input is not valid',
      '输入无效',
      [],
    ],
  ])(
    'says %s by its code, in English and in Chinese',
    (_what, schema, value, english, chineseText, codes) => {
      const s = describeIssuesSaid(failed(schema, value));
      expect(sayEnglish(s)).toBe(english);
      expect(chinese(s)).toBe(chineseText);
      expect(englishIn(chineseText, ...codes)).toEqual([]);
    },
  );

  it('says a label’s own refusals by their keys, keeping zod’s English for the logs', () => {
    const control = failed(label(80), 'a\u0007b');
    expect(describeIssues(control)).toBe('input: must not contain control characters');
    expect(chinese(describeIssuesSaid(control))).toBe('输入不得包含控制字符');
    const invisible = failed(z.strictObject({ name: label(80) }), { name: 'Al\u200Bice' });
    expect(describeIssues(invisible)).toBe(
      'name: must not contain invisible characters (text-direction controls or zero-width characters): type the name again',
    );
    expect(sayEnglish(describeIssuesSaid(invisible))).toBe(describeIssues(invisible));
    expect(chinese(describeIssuesSaid(invisible))).toBe(
      '字段 name 不得包含不可见字符（文字方向控制符或零宽字符）：请重新输入名称',
    );
    // Its length bounds are said by code, with the bound as a value.
    const long = failed(label(3), 'abcd');
    expect(sayEnglish(describeIssuesSaid(long))).toBe('the input must be at most 3 characters');
    expect(chinese(describeIssuesSaid(long))).toBe('输入不得超过 3 个字符');
    expect(chinese(describeIssuesSaid(failed(label(3), ' ')))).toBe('输入不得为空');
  });

  it('refuses a real call’s bad input in Chinese with only the field’s path kept', () => {
    const error = failed(channels['ceremony.setWitnesses'].input, { id: 'not-a-uuid', witnesses: [] });
    const text = chinese(describeIssuesSaid(error)) ?? '';
    expect(text).toBe('字段 id 必须是有效的唯一 ID');
    // zod's English is what the old refusal carried; none of it is left.
    expect(describeIssues(error)).toMatch(/^id: Invalid UUID/);
    expect(text).not.toMatch(/Invalid|UUID/);
  });

  it('says an empty list of issues, and a code zod may add later, as “not valid”', () => {
    expect(sayEnglish(describeIssuesSaid({ issues: [] }))).toBe('the input is not valid');
    const future = { issues: [{ code: 'something_new', path: ['a'], message: 'x' }] } as never;
    expect(chinese(describeIssuesSaid(future))).toBe('字段 a 无效');
  });

  it('never carries the value refused (it may be a secret)', () => {
    const secret = 'f'.repeat(63);
    const error = failed(z.strictObject({ apiKey: z.string().regex(/^[0-9a-f]{64}$/) }), { apiKey: secret });
    expect(JSON.stringify(describeIssuesSaid(error))).not.toContain(secret);
  });
});

describe('a list of names a file chose', () => {
  it('says the first five, each cut short, and how many more: bounded for the boundary and the stack', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `${'x'.repeat(100)}${i}`);
    const parsed = z.strictObject({}).safeParse(Object.fromEntries(keys.map((k) => [k, 1])));
    if (parsed.success) throw new Error('expected a refusal');
    const said = describeIssuesSaid(parsed.error);
    expect(SaidSchema.safeParse(said).success).toBe(true);
    const english = sayEnglish(said);
    expect(english).toMatch(
      /^the input has fields not expected here: x{60}…, x{60}…, x{60}…, x{60}…, x{60}… and 4995 more$/,
    );
    expect(say(translator('zh-CN', zhCN), said)).toMatch(/等，另有 4995 个$/);
  });

  it('says five names in full, and names of sixty characters uncut: the bounds are the bounds', () => {
    const names = ['a'.repeat(60), 'b', 'c', 'd', 'e'];
    const parsed = z.strictObject({}).safeParse(Object.fromEntries(names.map((k) => [k, 1])));
    if (parsed.success) throw new Error('expected a refusal');
    expect(sayEnglish(describeIssuesSaid(parsed.error))).toBe(
      `the input has fields not expected here: ${'a'.repeat(60)}, b, c, d, e`,
    );
  });
});

describe('describeIssues, in English for the logs and the sandbox', () => {
  it('says where and what, the whole thing named when the path is empty or nothing is known', () => {
    expect(describeIssues({ issues: [] })).toBe('input: not valid');
    expect(describeIssues({ issues: [] }, 'body')).toBe('body: not valid');
    expect(describeIssues({ issues: [{ path: [], message: 'Too big' }] }, 'body')).toBe('body: Too big');
    expect(describeIssues({ issues: [{ path: ['a', 0, 'b'], message: 'Required' }] })).toBe(
      'a.0.b: Required',
    );
  });
});
