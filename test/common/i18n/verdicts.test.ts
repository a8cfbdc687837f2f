// @vitest-environment node
/**
 * The sentences main sends as data (issue #32): each, said from its message keys, is exactly the
 * English main keeps (logs, tests, the command line), and says itself in Chinese with no English word
 * beyond the names kept and the values it carries.
 */
import { describe, expect, it } from 'vitest';
import { groupView, holderView, vaultView } from '../../../main/ceremony/cobo-views';
import { concludeKit } from '../../../main/recovery-kit/kit-check';
import { verifyTranscript } from '../../../main/journal/transcript';
import { describeEntryProblem, readChainLines } from '../../../main/journal/chain';
import { describeEntryProblemSaid } from '../../../main/journal/entry-problem';
import { describeRecordProblem, describeRecordProblemSaid } from '../../../main/ceremony/record-check';
import { KeyShareHolder, KeyShareHolderGroup, MPCVault } from '../../../main/cobo/schemas';
import { said, say, sayEnglish, translator } from '../../../common/i18n/translate';
import type { Said } from '../../../common/i18n/said';
import { lines } from '../../../common/i18n/said-list';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { NAMES } from '../../../common/i18n/do-not-translate';

const ZH = translator('zh-CN', zhCN);

/** Latin words left in a Chinese sentence once the kept names and the values it carries are taken out. */
function english(text: string, values: readonly string[] = []): string[] {
  let rest = text;
  for (const kept of [...Object.values(NAMES), ...values].sort((a, b) => b.length - a.length))
    rest = rest.split(kept).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

function saysBoth(sentence: Said | undefined | null, englishText: string | null, values: string[] = []) {
  expect(sentence).toBeTruthy();
  expect(sayEnglish(sentence!)).toBe(englishText);
  const chinese = say(ZH, sentence!);
  expect(chinese).not.toBeNull();
  expect(english(chinese!, values), chinese!).toEqual([]);
}

describe('what Cobo left out of a vault, a group or a holder', () => {
  it('says the same English as the problem, and says it in Chinese', () => {
    const holder = holderView(KeyShareHolder.parse({ name: 'Fola', type: 'Mobile' }));
    saysBoth(holder.problemSaid, holder.problem);
    const vault = vaultView(MPCVault.parse({ name: 'Treasury' }));
    saysBoth(vault.problemSaid, vault.problem);
    for (const g of [
      { type: 'MainGroup', status: 'New' },
      { key_share_holder_group_id: 'g', status: 'New' },
      { key_share_holder_group_id: 'g', type: 'MainGroup' },
    ]) {
      const group = groupView(KeyShareHolderGroup.parse(g));
      saysBoth(group.problemSaid, group.problem);
    }
    expect(vaultView(MPCVault.parse({ vault_id: 'v' })).problemSaid).toBeUndefined();
  });
});

describe('the recovery drill’s verdict', () => {
  it('says nothing proven, and the dated count, as the drill always wrote them', () => {
    const nothing = concludeKit([], [], null);
    saysBoth(nothing.said, nothing.summary);
    for (let month = 0; month < 12; month++) {
      const at = new Date(Date.UTC(2026, month, 3));
      const day = said('verdicts.kit.day', {
        d: String(at.getUTCDate()),
        m: String(at.getUTCMonth() + 1),
        y: String(at.getUTCFullYear()),
      });
      const english = at.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(sayEnglish(said('verdicts.kit.countOn', { proven: '2', participants: '3', day }))).toBe(
        `2 of 3 shares proven on ${english}`,
      );
      expect(say(ZH, day)).toBe(`2026年${month + 1}月3日`);
    }
  });

  it('joins lines as the summary always did', () => {
    const count = said('verdicts.kit.count', { proven: '1', participants: '3' });
    const sentence = lines(
      said('verdicts.kit.failed', { count, threshold: '2' }),
      said('verdicts.kit.notProvenFile', { file: 'a.json', message: 'wrong password' }),
      said('verdicts.kit.notProven', { problem: said('verdicts.kit.notRecorded') }),
    );
    saysBoth(
      sentence,
      '1 of 3 shares proven (threshold 2)\nNot proven: a.json: wrong password\nNot proven: the root key the share public keys give is not the vault’s recorded root key.',
      ['a.json', 'wrong password'],
    );
  });
});

describe('the transcript verifier’s verdict', () => {
  it('says each verdict on a file that is no transcript as its summary and problem', () => {
    for (const text of [
      'not json',
      '{"__proto__": 1}',
      '{}',
      JSON.stringify({ header: { format: 'key-ceremony.transcript.v9' } }),
      JSON.stringify({ header: { format: 'key-ceremony.transcript.v2' } }),
    ]) {
      const verdict = verifyTranscript(text);
      const { said: sentence, problemSaid } = verdict;
      // The values it carries: the format's names, and the path of the field at fault (a code).
      const field = /transcript \(([\w.]+):/.exec(verdict.problem ?? '')?.[1];
      const kept = [
        'JSON',
        '__proto__',
        'key-ceremony.transcript.v9',
        '.transcript.json',
        ...(field ? [field] : []),
      ];
      saysBoth(sentence, verdict.summary, kept);
      saysBoth(problemSaid, verdict.problem, kept);
    }
  });

  it('says where a journal is damaged, and what History says of the record', () => {
    const reading = readChainLines(['not json']);
    const problem = reading.problem!;
    saysBoth(describeEntryProblemSaid(problem), describeEntryProblem(problem));
    saysBoth(describeRecordProblemSaid(problem), describeRecordProblem(problem));
    const whole = { line: null, kind: null, field: null, reason: 'unreadable' };
    saysBoth(describeRecordProblemSaid(whole), describeRecordProblem(whole), ['unreadable']);
  });
});
