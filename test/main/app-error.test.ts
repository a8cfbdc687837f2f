// @vitest-environment node
/**
 * Main's refusals said as message keys (issue #32): the English main logs and returns is exactly the
 * English it always said, and the keys the page gets say the same in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { ErrorPayload } from '../../common/contract';
import { zhCN } from '../../common/i18n/messages/zh-CN';
import { said, say, translator } from '../../common/i18n/translate';
import { AppError } from '../../main/app-error';
import { notReadyForReview, OUTCOME_UNKNOWN, confirmationMismatch } from '../../main/ceremony/errors';
import { clockSkewError, errorFromResponse } from '../../main/cobo/errors';
import { keyMissing } from '../../main/journal/installation-key';
import { parseSecretInput } from '../../main/profiles/secret-input';

const ZH = translator('zh-CN', zhCN);
const thrown = (run: () => unknown): AppError => {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
  }
  throw new Error('nothing thrown');
};

describe('an AppError said as message keys', () => {
  it('keeps main’s English byte for byte', () => {
    const e = notReadyForReview([
      said('errors.ceremony.missing.preflight'),
      said('errors.ceremony.missing.checkIn', { names: 'Alice, Bob' }),
    ]);
    expect(e.message).toBe('Before review: pass the pre-flight checks; check in Alice, Bob.');
    expect(e.hint).toBe('Complete the earlier steps, then open the review again.');
    expect(keyMissing('AGGS-5NCG').message).toBe(
      "This installation's transcript key (AGGS-5NCG) is missing from the system keychain.",
    );
    expect(confirmationMismatch(null).hint).toBe('Type “” and try again. Nothing was sent.');
    expect(clockSkewError(-3_600_000).message).toBe(
      'This computer’s clock is 3600 seconds ahead of Cobo’s, so Cobo refuses its requests.',
    );
    expect(thrown(() => parseSecretInput('abc xyz')).message).toBe(
      'The API secret contains a space or line break at position 4.',
    );
    const cobo = errorFromResponse(
      400,
      { error_code: 2029, error_message: 'it’s busy', error_id: 'e-1' },
      undefined,
    );
    expect(cobo.message).toBe(
      'Cobo says this is not possible in the current state. Cobo said: “it’s busy”. Reference for Cobo support: e-1.',
    );
    expect(errorFromResponse(418, null, undefined).message).toBe('Cobo refused the request (HTTP 418).');
  });

  it('gives the page keys that say the same in Chinese, Cobo’s own words kept as Cobo said them', () => {
    const payload = notReadyForReview([
      said('errors.ceremony.missing.preflight'),
      said('errors.ceremony.missing.witness'),
    ]).toPayload();
    expect(ErrorPayload.parse(payload)).toEqual(payload);
    expect(say(ZH, payload.said!.message)).toBe('审核前须：通过预检；至少指定一名见证人。');
    expect(say(ZH, payload.said!.hint)).toBe('请完成前面的步骤，然后重新打开审核。');
    const cobo = errorFromResponse(
      400,
      { error_code: 2029, error_message: 'busy', error_id: 'e-1' },
      undefined,
    );
    expect(say(ZH, cobo.toPayload().said!.message)).toBe(
      'Cobo 表示在当前状态下无法执行此操作。Cobo 的原话：“busy”。Cobo 支持参考编号：e-1。',
    );
    expect(say(ZH, OUTCOME_UNKNOWN.said!.message)).toMatch(/^请求已发送/);
  });

  it('leaves the keys out when a value is too long for the boundary, so the page shows the English', () => {
    const e = new AppError(
      'x.y',
      said('errors.sandbox.refused', { reason: 'r'.repeat(3000) }),
      said('errors.sandbox.refusedHint'),
    );
    expect(e.toPayload().said).toBeUndefined();
    expect(e.toPayload().message).toBe(`The sandbox refused: ${'r'.repeat(3000)}.`);
  });
});

describe('the error payload’s said', () => {
  const base = { code: 'x.y', message: 'm', hint: 'h' };
  it('is refused when malformed', () => {
    const ok = { message: { key: 'errors.ceremony.over' }, hint: { key: 'errors.ceremony.overHint' } };
    expect(ErrorPayload.safeParse({ ...base, said: ok }).success).toBe(true);
    for (const bad of [
      { message: { key: 'errors.ceremony.over' } }, // no hint
      { ...ok, message: { key: 'not a key!' } },
      { ...ok, message: { key: 'errors.x', extra: 1 } },
      { ...ok, message: { key: 'errors.x', values: { v: true } } },
      { ...ok, message: { key: 'errors.x', values: { v: { key: '' } } } },
      { ...ok, hint: 'text' },
    ])
      expect(ErrorPayload.safeParse({ ...base, said: bad }).success, JSON.stringify(bad)).toBe(false);
  });
});
