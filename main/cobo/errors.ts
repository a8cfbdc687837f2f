/**
 * What can go wrong talking to Cobo, in words an officer can act on, and which failures may be retried.
 */
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
  constructor(code: string, message: string, hint: string, details: CoboErrorDetails) {
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
  message: string;
  hint: string;
  retryable: boolean;
}

const INTERNAL: Explanation = {
  kind: 'server',
  message: 'Cobo had an internal error.',
  hint: 'Wait a minute and try again. If it keeps happening, contact Cobo support with the reference below.',
  retryable: true,
};
const METHOD: Explanation = {
  kind: 'invalid_request',
  message: 'Cobo does not accept this HTTP method here.',
  hint: 'This is a bug in the app; report it with the reference below.',
  retryable: false,
};
const MISSING_PARAM: Explanation = {
  kind: 'invalid_request',
  message: 'Cobo says a required parameter is missing.',
  hint: 'Check the values on this screen; if they look right, report it with the reference below.',
  retryable: false,
};
const INVALID_PARAM: Explanation = {
  kind: 'invalid_request',
  message: 'Cobo refused a parameter as invalid.',
  hint: 'Check the values on this screen (group, holders, threshold) and try again.',
  retryable: false,
};
const RATE_LIMIT: Explanation = {
  kind: 'rate_limited',
  message: 'Cobo is limiting how fast this API key may call it.',
  hint: 'The app waits and tries again by itself; if this persists, pause for a minute.',
  retryable: true,
};
const NO_ROUTE: Explanation = {
  kind: 'not_found',
  message: 'Cobo has no such API endpoint.',
  hint: 'Check that the environment is right; the app may need an update.',
  retryable: false,
};
const HEADERS_MISSING: Explanation = {
  kind: 'auth',
  message: 'Cobo says authentication headers are missing.',
  hint: 'This is a bug in the app; report it with the reference below.',
  retryable: false,
};
const BAD_SIGNATURE: Explanation = {
  kind: 'auth',
  message: 'Cobo refused the request signature.',
  hint: 'Check that this profile’s API key is the one registered in Cobo Portal, and that this computer’s clock is right.',
  retryable: false,
};
const BAD_API_KEY: Explanation = {
  kind: 'auth',
  message: 'Cobo did not accept this API key.',
  hint: 'Check in Cobo Portal that the key is registered and active in this environment (a Development key does not work in Production) and that this computer’s IP is allowed.',
  retryable: false,
};
const FORBIDDEN: Explanation = {
  kind: 'forbidden',
  message: 'This API key is not allowed to do this.',
  hint: 'Ask an organisation admin to give the key the MPC vault and key group permissions in Cobo Portal.',
  retryable: false,
};
const TOO_MANY: Explanation = {
  kind: 'rate_limited',
  message: 'Too many requests to Cobo.',
  hint: 'The app waits and tries again by itself; if this persists, pause for a minute.',
  retryable: true,
};
const NOT_FOUND: Explanation = {
  kind: 'not_found',
  message: 'Cobo could not find what was asked for.',
  hint: 'Check that you chose the right vault and group, in the right environment.',
  retryable: false,
};
const INVALID_STATE: Explanation = {
  kind: 'invalid_state',
  message: 'Cobo says this is not possible in the current state.',
  hint: 'Nothing was changed at Cobo. Run the pre-flight checks again: they read the vault and its keys from Cobo and say what is in the way (a request already in progress, a key not active); then choose again.',
  retryable: false,
};
const DUPLICATE: Explanation = {
  kind: 'duplicate',
  message: 'Cobo says this already exists.',
  hint: 'Nothing new was created. Open the step that lists the vault’s keys again (it reads them from Cobo) to see what exists already; do not create it twice.',
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
  if (status === 401) return { ...BAD_API_KEY, message: 'Cobo refused the authentication of this request.' };
  if (status === 403) return FORBIDDEN;
  if (status === 404) return NOT_FOUND;
  if (status === 405) return METHOD;
  if (status === 429) return TOO_MANY;
  if (status === 502 || status === 503 || status === 504) {
    return {
      kind: 'server',
      message: 'Cobo is temporarily unavailable.',
      hint: 'Wait a minute and try again.',
      retryable: true,
    };
  }
  if (status >= 500) return INTERNAL;
  return {
    kind: 'invalid_request',
    message: `Cobo refused the request (HTTP ${status}).`,
    hint: 'Check the values on this screen and try again.',
    retryable: false,
  };
}

const withReference = (message: string, errorId: string | undefined, coboMessage: string | undefined) =>
  [
    message,
    coboMessage ? `Cobo said: “${coboMessage.slice(0, 300)}”.` : '',
    errorId ? `Reference for Cobo support: ${errorId}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

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
    withReference(explanation.message, body?.error_id, body?.error_message),
    explanation.hint,
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

export const networkError = (host: string, reason: string, sent: boolean, isPost: boolean): CoboApiError =>
  sent && isPost
    ? unknownOutcome(host, reason)
    : new CoboApiError(
        'cobo.network',
        `Could not reach ${host} (${reason}).`,
        'Check this computer’s network connection and proxy settings, then try again.',
        { kind: 'network', retryable: true },
      );

export const unknownOutcome = (host: string, reason: string): CoboApiError =>
  new CoboApiError(
    'cobo.unknown_outcome',
    `The request reached ${host} but no answer came back (${reason}); it may or may not have taken effect.`,
    'Do not send it again. The app checks with Cobo what happened before doing anything else.',
    { kind: 'unknown_outcome', retryable: false },
  );

export const timeoutError = (host: string, ms: number, isPost: boolean): CoboApiError =>
  isPost
    ? unknownOutcome(host, `no answer within ${Math.round(ms / 1000)} s`)
    : new CoboApiError(
        'cobo.timeout',
        `${host} did not answer within ${Math.round(ms / 1000)} seconds.`,
        'Check the network connection; the app retries reads by itself a few times.',
        { kind: 'timeout', retryable: true },
      );

export const protocolError = (what: string, retryable: boolean): CoboApiError =>
  new CoboApiError(
    'cobo.protocol',
    `Cobo answered with something the app does not understand: ${what}.`,
    'Try again. If it persists, the app may need an update; report it with the time it happened.',
    { kind: 'protocol', retryable },
  );

export const clockSkewError = (skewMs: number): CoboApiError =>
  new CoboApiError(
    'cobo.clock_skew',
    `This computer’s clock is ${Math.round(Math.abs(skewMs) / 1000)} seconds ${skewMs > 0 ? 'behind' : 'ahead of'} Cobo’s, so Cobo refuses its requests.`,
    'Set the system clock to synchronise automatically (NTP), then try again.',
    { kind: 'clock_skew', retryable: false },
  );

export const refusedToSend = (message: string, hint: string): CoboApiError =>
  new CoboApiError('cobo.refused', message, hint, { kind: 'refused', retryable: false });
