/**
 * The sandbox's refusals, in Cobo's error body (spec: ErrorResponse) with Cobo's codes and statuses.
 * The table of which refusal uses which code is in the README's sandbox section.
 */
import { randomBytes } from 'node:crypto';

export class SandboxError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
  }

  body() {
    return {
      error_code: this.errorCode,
      error_message: this.message,
      error_id: randomBytes(16).toString('hex'),
    };
  }
}

export const missingParameter = (what: string) =>
  new SandboxError(400, 2003, `Required parameter missing: ${what}`);
export const invalidParameter = (what: string) => new SandboxError(400, 2006, `Invalid parameter: ${what}`);
export const notFound = (what: string) => new SandboxError(404, 2028, `${what} not found`);
export const invalidStatus = (what: string) => new SandboxError(400, 2029, `Invalid status: ${what}`);
export const unknownRoute = () => new SandboxError(404, 2021, 'No handler found for this request');
export const methodNotAllowed = () => new SandboxError(405, 2002, 'HTTP method not supported for this path');
export const headersMissing = (which: string) =>
  new SandboxError(401, 2022, `Required request headers missing: ${which}`);
export const badSignature = (why: string) => new SandboxError(401, 2023, `API signature invalid: ${why}`);
export const unknownApiKey = () =>
  new SandboxError(401, 2024, 'API key authentication failed: this API key is not registered');
