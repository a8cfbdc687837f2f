// @vitest-environment node
/** Cobo's errors in the officer's words: by status, by code, with Cobo's own words, and the retry rules. */
import { describe, expect, it } from 'vitest';
import { said } from '../../../common/i18n/translate';
import {
  clockSkewError,
  errorFromResponse,
  isCoboApiError,
  isRecordNotFound,
  networkError,
  protocolError,
  refusedToSend,
  timeoutError,
  unknownOutcome,
} from '../../../main/cobo/errors';

const summary = (e: ReturnType<typeof errorFromResponse>) => ({
  code: e.code,
  message: e.message,
  retryable: e.details.retryable,
});

describe('errors by HTTP status, when Cobo sends no code', () => {
  it.each([
    [401, 'cobo.auth', 'Cobo refused the authentication of this request.', false],
    [403, 'cobo.forbidden', 'This API key is not allowed to do this.', false],
    [404, 'cobo.not_found', 'Cobo could not find what was asked for.', false],
    [405, 'cobo.invalid_request', 'Cobo does not accept this HTTP method here.', false],
    [429, 'cobo.rate_limited', 'Too many requests to Cobo.', true],
    [500, 'cobo.server', 'Cobo had an internal error.', true],
    [501, 'cobo.server', 'Cobo had an internal error.', true],
    [502, 'cobo.server', 'Cobo is temporarily unavailable.', true],
    [503, 'cobo.server', 'Cobo is temporarily unavailable.', true],
    [504, 'cobo.server', 'Cobo is temporarily unavailable.', true],
    [418, 'cobo.invalid_request', 'Cobo refused the request (HTTP 418).', false],
    [400, 'cobo.invalid_request', 'Cobo refused the request (HTTP 400).', false],
  ] as const)('HTTP %i', (status, code, message, retryable) => {
    const error = errorFromResponse(status, null, undefined);
    expect(summary(error)).toEqual({ code, message, retryable });
    expect(error.details).toMatchObject({ httpStatus: status, coboCode: undefined, errorId: undefined });
    expect(error.hint.length).toBeGreaterThan(10);
  });

  it('says what to do next for the ones an officer can act on', () => {
    expect(errorFromResponse(401, null, undefined).hint).toMatch(
      /^Check in Cobo Portal that the key is registered/,
    );
    expect(errorFromResponse(503, null, undefined).hint).toBe('Wait a minute and try again.');
    expect(errorFromResponse(418, null, undefined).hint).toBe(
      'Check the values on this screen and try again.',
    );
    expect(errorFromResponse(500, null, undefined).hint).toMatch(/contact Cobo support with the reference/);
  });
});

describe('errors by Cobo’s code', () => {
  it('prefers the code to the status, and quotes Cobo’s words and reference', () => {
    const error = errorFromResponse(
      400,
      { error_code: 2029, error_message: 'target group has keys', error_id: 'abc-123' },
      undefined,
    );
    expect(error.code).toBe('cobo.invalid_state');
    expect(error.message).toMatch(
      / Cobo said: “target group has keys”\. Reference for Cobo support: abc-123\.$/,
    );
    expect(error.details).toMatchObject({
      httpStatus: 400,
      coboCode: 2029,
      errorId: 'abc-123',
      retryable: false,
    });
  });

  it('falls back to the status for a code it does not know, and leaves out what Cobo did not say', () => {
    const error = errorFromResponse(404, { error_code: 99_999 }, undefined);
    expect(error.code).toBe('cobo.not_found');
    expect(error.message).toBe('Cobo could not find what was asked for.');
  });

  it('reads only Cobo’s "not found" code as a record that is gone, not an unknown endpoint', () => {
    expect(isRecordNotFound(errorFromResponse(404, { error_code: 2028 }, undefined))).toBe(true);
    expect(isRecordNotFound(errorFromResponse(404, { error_code: 2021 }, undefined))).toBe(false);
    expect(isRecordNotFound(errorFromResponse(404, null, undefined))).toBe(false);
    expect(isRecordNotFound(new Error('not found'))).toBe(false);
  });

  it('cuts Cobo’s message at 300 characters', () => {
    const error = errorFromResponse(400, { error_code: 2006, error_message: 'x'.repeat(400) }, undefined);
    expect(error.message).toContain(`“${'x'.repeat(300)}”`);
    expect(error.message).not.toContain('x'.repeat(301));
  });

  it('retries a 5xx whatever its code, a 4xx only when it is a rate limit, and keeps Retry-After', () => {
    expect(errorFromResponse(500, { error_code: 2029 }, undefined).details.retryable).toBe(true);
    expect(errorFromResponse(400, { error_code: 2029 }, undefined).details.retryable).toBe(false);
    expect(errorFromResponse(400, { error_code: 2010 }, 3_000).details).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 3_000,
    });
    expect(errorFromResponse(429, { error_code: 2006 }, undefined).details.retryable).toBe(true);
    expect(errorFromResponse(400, { error_code: 2000 }, undefined).details.retryable).toBe(false);
  });
});

describe('errors without an answer', () => {
  it('calls a network failure after a POST left an unknown outcome, and before it a plain network error', () => {
    expect(networkError('api.dev.cobo.com', 'ECONNRESET', true, true)).toMatchObject({
      code: 'cobo.unknown_outcome',
      message:
        'The request reached api.dev.cobo.com but no answer came back (ECONNRESET); it may or may not have taken effect.',
      hint: 'Do not send it again. The app checks with Cobo what happened before doing anything else.',
      details: { kind: 'unknown_outcome', retryable: false },
    });
    for (const [sent, isPost] of [
      [false, true],
      [true, false],
      [false, false],
    ] as const) {
      expect(networkError('h', 'ECONNREFUSED', sent, isPost)).toMatchObject({
        code: 'cobo.network',
        message: 'Could not reach h (ECONNREFUSED).',
        hint: 'Check this computer’s network connection and proxy settings, then try again.',
        details: { kind: 'network', retryable: true },
      });
    }
  });

  it('calls a timed-out POST an unknown outcome, and a timed-out read a timeout, in seconds', () => {
    expect(timeoutError('h', 15_400, true).message).toBe(
      'The request reached h but no answer came back (no answer within 15 s); it may or may not have taken effect.',
    );
    expect(timeoutError('h', 15_600, false)).toMatchObject({
      code: 'cobo.timeout',
      message: 'h did not answer within 16 seconds.',
      hint: 'Check the network connection; the app retries reads by itself a few times.',
      details: { kind: 'timeout', retryable: true },
    });
  });

  it('words protocol, clock and refusal errors', () => {
    expect(protocolError('a cut-off answer', true)).toMatchObject({
      code: 'cobo.protocol',
      message: 'Cobo answered with something the app does not understand: a cut-off answer.',
      details: { kind: 'protocol', retryable: true },
    });
    expect(protocolError('x', false).details.retryable).toBe(false);
    expect(clockSkewError(61_400).message).toBe(
      'This computer’s clock is 61 seconds behind Cobo’s, so Cobo refuses its requests.',
    );
    expect(clockSkewError(-90_000)).toMatchObject({
      code: 'cobo.clock_skew',
      message: 'This computer’s clock is 90 seconds ahead of Cobo’s, so Cobo refuses its requests.',
      hint: 'Set the system clock to synchronise automatically (NTP), then try again.',
      details: { kind: 'clock_skew', retryable: false },
    });
    expect(refusedToSend(said('errorsMore.cobo.badIdHint'), said('errorsMore.cobo.bugHint'))).toMatchObject({
      code: 'cobo.refused',
      message: 'Choose it again from the list.',
      hint: 'This is a bug in the app; report it.',
      details: { kind: 'refused', retryable: false },
    });
    expect(unknownOutcome('h', 'r').details.kind).toBe('unknown_outcome');
    expect(
      isCoboApiError(refusedToSend(said('errorsMore.cobo.badIdHint'), said('errorsMore.cobo.bugHint'))),
    ).toBe(true);
    expect(isCoboApiError(new Error('m'))).toBe(false);
  });
});
