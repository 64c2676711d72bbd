import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { AppError, isAppError, type ErrorCode } from '../../shared/errors';
import type { Logger } from '../../shared/log';
import { ReadError } from '../../shared/read';

/**
 * THE mapping from contract error codes to HTTP statuses. Exhaustive: a new code in
 * shared/errors.ts fails `tsc` here until it has a status.
 */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'invalid_request':
    case 'weak_password':
    case 'invalid_email':
    case 'malformed_file':
      return 400;
    case 'invalid_token':
    case 'invalid_credentials':
    case 'invalid_code':
    case 'unauthorized':
      return 401;
    case 'payment_required':
      return 402;
    case 'email_not_verified':
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'email_taken':
    case 'conflict':
      return 409;
    case 'file_too_large':
      return 413;
    case 'unsupported_file_type':
      return 415;
    case 'raw_passwords_detected':
      return 422;
    case 'rate_limited':
      return 429;
    case 'internal_error':
      return 500;
    case 'service_unavailable':
      return 503;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/** A reader's refusal (415, 413, 400) in the contract's words; anything else passes through. */
export function fromReadError(err: unknown): unknown {
  return err instanceof ReadError ? new AppError(err.code, err.message) : err;
}

const OVERRIDES = 'errorStatusOverrides';

/**
 * The contract gives one code two statuses in a few places (`invalid_token` is 400 on
 * verify-email and register, 401 on refresh). A route declares its exception here, so the
 * mapping stays in this file rather than in handlers.
 */
export function statusFor(code: ErrorCode, status: number): RequestHandler {
  return (_req, res, next) => {
    res.locals[OVERRIDES] = { ...(res.locals[OVERRIDES] as object | undefined), [code]: status };
    next();
  };
}

/**
 * Seconds a client is asked to wait after a 503 (a database, queue or store outage): long enough
 * for a restart or a failover to be over, short enough that an upload page retries by itself.
 */
const RETRY_AFTER_OUTAGE_S = 5;

/** Sends the contract's error body. */
export function sendError(res: Response, code: ErrorCode, message: string, details?: Record<string, unknown>): void {
  const override = (res.locals[OVERRIDES] as Partial<Record<ErrorCode, number>> | undefined)?.[code];
  if (code === 'unauthorized' || (code === 'invalid_token' && !override)) res.set('WWW-Authenticate', 'Bearer');
  if (code === 'service_unavailable' && !res.get('Retry-After')) res.set('Retry-After', String(RETRY_AFTER_OUTAGE_S));
  res.status(override ?? statusOf(code)).json({ error: { ...details, code, message } });
}

/** Names the field and the problem, never the value (zod messages do not quote input). */
export function describeZodError(err: ZodError, where: string): string {
  const issue = err.issues[0];
  if (!issue) return `${where} is invalid`;
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  const path = issue.path.length ? `${where}.${issue.path.join('.')}` : where;
  return `${path}: ${issue.message}`;
}

/** Raised by validate.ts so the mapper knows which part of the request was wrong. */
export class RequestValidationError extends Error {
  constructor(
    readonly where: 'body' | 'query' | 'params',
    readonly zod: ZodError,
  ) {
    super(describeZodError(zod, where));
  }
}

type BodyParserError = Error & { type?: string; status?: number; expose?: boolean };

/**
 * The last middleware. Expected errors become their contract code; body-parser failures become
 * 413/400; anything else is a 500 with a fixed message, its cause logged (with the reqId the
 * logger adds) and never sent.
 */
export function errorMapper(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (res.headersSent) {
      logger.error({ err }, 'error after the response started');
      res.destroy();
      return;
    }
    if (isAppError(err)) return sendError(res, err.code, err.message, err.details);
    if (err instanceof RequestValidationError) return sendError(res, 'invalid_request', err.message);
    if (err instanceof ZodError) return sendError(res, 'invalid_request', describeZodError(err, 'request'));
    const bp = err as BodyParserError;
    if (bp?.type === 'entity.too.large') return sendError(res, 'file_too_large', 'the request body is too large');
    if (bp?.type === 'entity.parse.failed') return sendError(res, 'invalid_request', 'the request body is not valid JSON');
    if (typeof bp?.type === 'string' && bp.expose && typeof bp.status === 'number' && bp.status < 500) {
      return sendError(res, 'invalid_request', 'the request body could not be read');
    }
    logger.error({ err }, 'unhandled error');
    sendError(res, 'internal_error', 'internal error');
  };
}

/** The 404 for any route nobody answered. */
export const notFound: RequestHandler = (_req, _res, next) => next(new AppError('not_found', 'no such route'));
