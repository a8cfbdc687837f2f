import type { ErrorPayload } from '../common/contract';

/**
 * A failure that is safe to show: what happened, and what to do next. Services throw it; the dispatch
 * turns it into the contract's error payload. Anything else thrown is reported as an internal error
 * without its message, because a foreign message may carry a path, a stack or worse.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
