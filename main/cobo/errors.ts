/**
 * What can go wrong talking to Cobo, in words an officer can act on, and which failures may be retried.
 */
import type { Said, SaidValue } from '../../common/i18n/said';
import { said, type MessageKey } from '../../common/i18n/translate';
import { AppError } from '../app-error';

export type CoboErrorKind =
  | 'auth' // 401: the key, the signature or the nonce was refused
  | 'clock_skew' // 401 or nonce trouble while our clock is far from the server's
  | 'forbidden' // 403: the key lacks permission
  | 'not_found'
  | 'invalid_request' // 400: a parameter or body was refused
  | 'invalid_state' // 400/2029: the resource is not in a state that allows this
  | 'duplicate'
  | 'rate_limited'
  | 'server' // 5xx
  | 'network' // no answer: DNS, refused, reset before the request was sent or during a read
  | 'timeout'
  | 'unknown_outcome' // a POST whose fate is unknown: it may or may not have taken effect
  | 'protocol' // the answer was not what the spec promises
  | 'refused'; // the client refused to send (wrong origin, insecure URL)

export interface CoboErrorDetails {
  readonly kind: CoboErrorKind;
  readonly httpStatus?: number;
  readonly coboCode?: number;
  /** Cobo's error_id, for support. */
  readonly errorId?: string;
  /** Whether a read may be sent again. POSTs are never retried whatever this says. */
  readonly retryable: boolean;
  /** Milliseconds to wait before retrying, from a Retry-After header. */
  readonly retryAfterMs?: number;
}

export class CoboApiError extends AppError {
  readonly details: CoboErrorDetails;
  constructor(code: string, message: Said, hint: Said, details: CoboErrorDetails) {
    super(code, message, hint);
    this.name = 'CoboApiError';
    this.details = details;
  }
}

export const isCoboApiError = (e: unknown): e is CoboApiError => e instanceof CoboApiError;

/**
 * Whether Cobo answered that the record asked for does not exist (error code 2028). Narrower than
 * kind 'not_found', which also covers an unknown endpoint: that must never read as "the record is gone".
 */
export const isRecordNotFound = (e: unknown): boolean => isCoboApiError(e) && e.details.coboCode === 2028;

interface Explanation {
  kind: CoboErrorKind;
  message: MessageKey;
  hint: MessageKey;
  retryable: boolean;
}

const INTERNAL: Explanation = {
  kind: 'server',
  message: 'errorsMore.cobo.internal',
  hint: 'errorsMore.cobo.internalHint',
  retryable: true,
};
const METHOD: Explanation = {
  kind: 'invalid_request',
  message: 'errorsMore.cobo.method',
  hint: 'errorsMore.cobo.bugReference',
  retryable: false,
};
const MISSING_PARAM: Explanation = {
  kind: 'invalid_request',
  message: 'errorsMore.cobo.missingParam',
  hint: 'errorsMore.cobo.missingParamHint',
  retryable: false,
};
const INVALID_PARAM: Explanation = {
  kind: 'invalid_request',
  message: 'errorsMore.cobo.invalidParam',
  hint: 'errorsMore.cobo.invalidParamHint',
  retryable: false,
};
const RATE_LIMIT: Explanation = {
  kind: 'rate_limited',
  message: 'errorsMore.cobo.rateLimit',
  hint: 'errorsMore.cobo.waitsHint',
  retryable: true,
};
const NO_ROUTE: Explanation = {
  kind: 'not_found',
  message: 'errorsMore.cobo.noRoute',
  hint: 'errorsMore.cobo.noRouteHint',
  retryable: false,
};
const HEADERS_MISSING: Explanation = {
  kind: 'auth',
  message: 'errorsMore.cobo.headersMissing',
  hint: 'errorsMore.cobo.bugReference',
  retryable: false,
};
const BAD_SIGNATURE: Explanation = {
  kind: 'auth',
  message: 'errorsMore.cobo.badSignature',
  hint: 'errorsMore.cobo.badSignatureHint',
  retryable: false,
};
const BAD_API_KEY: Explanation = {
  kind: 'auth',
  message: 'errorsMore.cobo.badApiKey',
  hint: 'errorsMore.cobo.badApiKeyHint',
  retryable: false,
};
const FORBIDDEN: Explanation = {
  kind: 'forbidden',
  message: 'errorsMore.cobo.forbidden',
  hint: 'errorsMore.cobo.forbiddenHint',
  retryable: false,
};
const TOO_MANY: Explanation = {
  kind: 'rate_limited',
  message: 'errorsMore.cobo.tooMany',
  hint: 'errorsMore.cobo.waitsHint',
  retryable: true,
};
const NOT_FOUND: Explanation = {
  kind: 'not_found',
  message: 'errorsMore.cobo.notFound',
  hint: 'errorsMore.cobo.notFoundHint',
  retryable: false,
};
const INVALID_STATE: Explanation = {
  kind: 'invalid_state',
  message: 'errorsMore.cobo.invalidState',
  hint: 'errorsMore.cobo.invalidStateHint',
  retryable: false,
};
const DUPLICATE: Explanation = {
  kind: 'duplicate',
  message: 'errorsMore.cobo.duplicate',
  hint: 'errorsMore.cobo.duplicateHint',
  retryable: false,
};

/** Cobo's documented error codes (WaaS 2.0 error guide), in plain language. */
const BY_CODE: Readonly<Record<number, Explanation>> = {
  1003: MISSING_PARAM,
  1006: INVALID_PARAM,
  2000: INTERNAL,
  2002: METHOD,
  2003: MISSING_PARAM,
  2006: INVALID_PARAM,
  2010: RATE_LIMIT,
  2021: NO_ROUTE,
  2022: HEADERS_MISSING,
  2023: BAD_SIGNATURE,
  2024: BAD_API_KEY,
  2025: FORBIDDEN,
  2026: TOO_MANY,
  2028: NOT_FOUND,
  2029: INVALID_STATE,
  2040: DUPLICATE,
  4001: FORBIDDEN,
};

function byStatus(status: number): Explanation {
  if (status === 401) return { ...BAD_API_KEY, message: 'errorsMore.cobo.authRefused' };
  if (status === 403) return FORBIDDEN;
  if (status === 404) return NOT_FOUND;
  if (status === 405) return METHOD;
  if (status === 429) return TOO_MANY;
  if (status === 502 || status === 503 || status === 504) {
    return {
      kind: 'server',
      message: 'errorsMore.cobo.unavailable',
      hint: 'errorsMore.cobo.unavailableHint',
      retryable: true,
    };
  }
  if (status >= 500) return INTERNAL;
  return {
    kind: 'invalid_request',
    message: 'errorsMore.cobo.refusedStatus',
    hint: 'errorsMore.cobo.refusedStatusHint',
    retryable: false,
  };
}

/** Our explanation, then what Cobo said in its own words (never translated), then its reference. */
function withReference(
  explanation: Said,
  errorId: string | undefined,
  coboMessage: string | undefined,
): Said {
  const told = coboMessage
    ? said('errorsMore.cobo.said', { explanation, coboMessage: coboMessage.slice(0, 300) })
    : explanation;
  return errorId ? said('errorsMore.cobo.reference', { explanation: told, errorId }) : told;
}

/** Turns an HTTP error answer into a CoboApiError. */
export function errorFromResponse(
  status: number,
  body: { error_code?: number; error_message?: string; error_id?: string } | null,
  retryAfterMs: number | undefined,
): CoboApiError {
  const known = body?.error_code !== undefined ? BY_CODE[body.error_code] : undefined;
  const explanation = known ?? byStatus(status);
  // A 5xx is retryable even when its code says otherwise; a 4xx only when it is a rate limit.
  const retryable =
    status >= 500 || status === 429 || (explanation.retryable && explanation.kind === 'rate_limited');
  return new CoboApiError(
    `cobo.${explanation.kind}`,
    withReference(said(explanation.message, { status: String(status) }), body?.error_id, body?.error_message),
    said(explanation.hint),
    {
      kind: explanation.kind,
      httpStatus: status,
      coboCode: body?.error_code,
      errorId: body?.error_id,
      retryable,
      retryAfterMs,
    },
  );
}

/** A reason is Node's error code (text, as it is), or a sentence of ours. */
export const networkError = (
  host: string,
  reason: SaidValue,
  sent: boolean,
  isPost: boolean,
): CoboApiError =>
  sent && isPost
    ? unknownOutcome(host, reason)
    : new CoboApiError(
        'cobo.network',
        said('errorsMore.cobo.network', { host, reason }),
        said('errorsMore.cobo.networkHint'),
        { kind: 'network', retryable: true },
      );

export const unknownOutcome = (host: string, reason: SaidValue): CoboApiError =>
  new CoboApiError(
    'cobo.unknown_outcome',
    said('errorsMore.cobo.unknownOutcome', { host, reason }),
    said('errorsMore.cobo.unknownOutcomeHint'),
    { kind: 'unknown_outcome', retryable: false },
  );

export const timeoutError = (host: string, ms: number, isPost: boolean): CoboApiError =>
  isPost
    ? unknownOutcome(
        host,
        said('errorsMore.cobo.reason.noAnswerWithin', { seconds: String(Math.round(ms / 1000)) }),
      )
    : new CoboApiError(
        'cobo.timeout',
        said('errorsMore.cobo.timeout', { host, seconds: String(Math.round(ms / 1000)) }),
        said('errorsMore.cobo.timeoutHint'),
        { kind: 'timeout', retryable: true },
      );

/** What was wrong: a sentence of ours, or the schema's issues (text, they name fields). */
export const protocolError = (what: SaidValue, retryable: boolean): CoboApiError =>
  new CoboApiError(
    'cobo.protocol',
    said('errorsMore.cobo.protocol', { what }),
    said('errorsMore.cobo.protocolHint'),
    { kind: 'protocol', retryable },
  );

export const clockSkewError = (skewMs: number): CoboApiError =>
  new CoboApiError(
    'cobo.clock_skew',
    said('errorsMore.cobo.clockSkew', {
      seconds: String(Math.round(Math.abs(skewMs) / 1000)),
      direction: said(skewMs > 0 ? 'errorsMore.cobo.clockBehind' : 'errorsMore.cobo.clockAhead'),
    }),
    said('errorsMore.cobo.clockSkewHint'),
    { kind: 'clock_skew', retryable: false },
  );

export const refusedToSend = (message: Said, hint: Said): CoboApiError =>
  new CoboApiError('cobo.refused', message, hint, { kind: 'refused', retryable: false });
