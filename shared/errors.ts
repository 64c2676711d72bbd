/**
 * Errors as typed values. `ErrorCode` is the closed set of codes of the public contract (§3);
 * api/http/errors.ts is the only place that maps them to HTTP statuses, and the CLI maps the
 * reader's codes to exit statuses. Messages are for humans and never carry a cell value, token,
 * key or full URL.
 */
export type ErrorCode =
  | 'invalid_request'
  | 'weak_password'
  | 'invalid_email'
  | 'email_taken'
  | 'invalid_token'
  | 'invalid_credentials'
  | 'email_not_verified'
  | 'invalid_code'
  | 'rate_limited'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'raw_passwords_detected'
  | 'file_too_large'
  | 'unsupported_file_type'
  | 'malformed_file'
  | 'payment_required'
  | 'service_unavailable'
  | 'internal_error';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Structured, non-personal details for the response body (e.g. the rejected column names). */
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
