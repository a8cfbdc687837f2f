import type { ErrorPayload } from '../common/contract';
import { SaidSchema, type Said } from '../common/i18n/said';
import { sayEnglish } from '../common/i18n/translate';

/**
 * A failure that is safe to show: what happened, and what to do next. Services throw it; the dispatch
 * turns it into the contract's error payload. Anything else thrown is reported as an internal error
 * without its message, because a foreign message may carry a path, a stack or worse.
 *
 * Both are said as message keys and values (issue #32): main keeps the English for its logs and the
 * command line, and the page says them again in its language.
 */
export class AppError extends Error {
  readonly hint: string;
  readonly said: { readonly message: Said; readonly hint: Said };

  constructor(
    readonly code: string,
    message: Said,
    hint: Said,
  ) {
    super(sayEnglish(message));
    this.name = 'AppError';
    this.hint = sayEnglish(hint);
    this.said = { message, hint };
  }

  toPayload(): ErrorPayload {
    return saidPayload(this.code, this.said.message, this.said.hint);
  }
}

/**
 * A payload in English with its keys; a said value too long for the boundary's bounds (a foreign text
 * quoted whole) leaves the keys out, and the page shows the English.
 */
export function saidPayload(code: string, message: Said, hint: Said): ErrorPayload {
  const payload = { code, message: sayEnglish(message), hint: sayEnglish(hint) };
  return fitsBoundary(message, hint) ? { ...payload, said: { message, hint } } : payload;
}

/** Whether sentences fit the boundary's bounds (key shape, value lengths), so the page accepts them. */
export const fitsBoundary = (...sentences: Said[]): boolean =>
  sentences.every((s) => SaidSchema.safeParse(s).success);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
