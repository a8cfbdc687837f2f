// @vitest-environment node
/** A journal entry in words: what happened and who acted (issue #29, item 16). */
import { describe, expect, it } from 'vitest';
import { entryInWords } from '../../../common/ceremony/journal-words';
import { EN, translator } from '../../../common/i18n/translate';
import { zhCN } from '../../../common/i18n/messages/zh-CN';

describe('journal entries in words', () => {
  it.each([
    [
      'ceremony_started',
      { kind: 'Recovery', environment: 'sandbox' },
      'Ceremony started: Recovery: after a lost phone, Offline sandbox (sandbox)',
      'The officer',
    ],
    [
      'checklist_tick',
      { item: 'witnesses_present' },
      'Room check ticked: The witnesses are present',
      'The officer',
    ],
    [
      'custodian_checkin',
      { name: 'Alice', tss_node_id: 'n-1' },
      'Custodian present: Alice (TSS node n-1)',
      'The officer',
    ],
    [
      'step_completed',
      { step: 'selection', vault_name: 'Treasury' },
      'Choices recorded for the vault “Treasury”',
      'The officer',
    ],
    [
      'step_completed',
      { step: 'review', call: { method: 'PUT', path: '/wallets/mpc/vaults/v/key_share_holder_groups/g' } },
      'Review prepared: the exact request (PUT /wallets/mpc/vaults/v/key_share_holder_groups/g) and its body',
      'The officer',
    ],
    ['preflight', { ok: false }, 'Pre-flight run: not every check passed', 'The app'],
    [
      'response_received',
      { outcome: 'unknown' },
      'No answer from Cobo: the outcome is unknown, so the app looks for it',
      'Cobo',
    ],
    ['response_received', { tss_request_id: 'r-1' }, 'Cobo accepted the request: TSS request r-1', 'Cobo'],
    [
      'response_received',
      { submitted: true, gone: true },
      'Cobo accepted the deletion; the key is gone',
      'Cobo',
    ],
    ['status_observed', { status: 'KeyGenerating' }, 'Cobo reported the request as KeyGenerating', 'Cobo'],
    ['verification_result', { unchanged: false }, 'Root keys checked: they CHANGED', 'The app'],
    [
      'verification_result',
      { custodians_compared_with_devices: true },
      'The custodians compared the root keys with their devices',
      'The officer',
    ],
    [
      'closure',
      { outcome: 'abandoned', request_left: 'pending', why: 'the API secret is gone' },
      'Abandoned, its request left pending at Cobo: the API secret is gone',
      'The officer',
    ],
    ['closure', { outcome: 'success' }, 'Closed: success', 'The officer'],
    ['something_new', {}, 'An entry of a kind this version does not know (something_new)', '—'],
  ])('%s %j', (kind, data, what, who) => {
    expect(entryInWords(kind, data, EN)).toEqual({ what, who });
  });

  it('names the environment in the reader’s language, its code after it; an unknown code as it is', () => {
    const zh = translator('zh-CN', zhCN);
    const started = (environment: unknown, t = zh) =>
      entryInWords('ceremony_started', { kind: 'KeyGen', environment }, t).what;
    expect(started('sandbox')).toBe('仪式已开始：KeyGen：创建根扩展公钥，离线沙盒（sandbox）');
    expect(started('development')).toBe('仪式已开始：KeyGen：创建根扩展公钥，Cobo 开发环境（development）');
    expect(started('production', EN)).toBe(
      'Ceremony started: KeyGen: create the root keys, Cobo Production (production)',
    );
    expect(started('staging')).toBe('仪式已开始：KeyGen：创建根扩展公钥，staging');
    expect(started('toString')).toBe('仪式已开始：KeyGen：创建根扩展公钥，toString');
    expect(started(42)).toBe('仪式已开始：KeyGen：创建根扩展公钥，');
  });

  it('says the journal’s outcome and note codes in the reader’s language; a code it does not know as it is', () => {
    const zh = translator('zh-CN', zhCN);
    const finished = { outcome: 'cancelled', failure: 'The request was cancelled; nothing was created.' };
    expect(entryInWords('ceremony_finished', finished, EN).what).toBe('The request ended: cancelled');
    expect(entryInWords('ceremony_finished', finished, zh).what).toBe('请求已结束：已取消');
    expect(entryInWords('ceremony_finished', { outcome: 'postponed' }, zh).what).toBe(
      '请求已结束：postponed',
    );
    const note = { note: 'cancel requested', tss_request_id: 'r1' };
    expect(entryInWords('note', note, EN).what).toBe('Note: cancel requested');
    expect(entryInWords('note', note, zh).what).toBe('备注：已请求取消');
    expect(entryInWords('note', { note: 'something new' }, zh).what).toBe('备注：something new');
  });

  it('shows hidden characters in recorded names instead of letting them reorder the line', () => {
    expect(entryInWords('backup_confirmed', { name: 'Al\u202eice' }, EN).what).not.toContain('\u202e');
  });
});
