import { AsyncLocalStorage } from 'node:async_hooks';
import { pino } from 'pino';
import type { ErrorCode } from './errors';

/** The logger type every module takes as a dependency (pino's, so child loggers work). */
export type Logger = import('pino').Logger;

/**
 * Request-scoped identifiers, set once by the HTTP layer (and the worker per job) so every log
 * line carries them without threading a child logger through every call.
 */
export const logContext = new AsyncLocalStorage<{ reqId: string; orgId?: string; userId?: string }>();

/**
 * Redaction by key name down to five levels deep (pino's paths have no recursive wildcard). A backstop only: the serializers below are allow-lists, and
 * nothing should pass a body, row or token to the logger in the first place.
 */
const REDACTED_KEYS = ['authorization', 'cookie', 'password', 'token', 'accessToken', 'refreshToken', 'mfaToken', 'code', 'secret', 'otp'];
const REDACT_PATHS = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`, `*.*.*.*.${k}`]).concat(
  ['headers.authorization', 'headers.cookie', 'headers["set-cookie"]', '*.headers.authorization', '*.headers.cookie', '*.headers["set-cookie"]'],
);

/** The contract's codes, spelled out so tsc fails here when the union grows. */
const CONTRACT_CODES: Record<ErrorCode, true> = {
  invalid_request: true, weak_password: true, invalid_email: true, email_taken: true, invalid_token: true,
  invalid_credentials: true, email_not_verified: true, invalid_code: true, rate_limited: true, unauthorized: true,
  forbidden: true, not_found: true, conflict: true, raw_passwords_detected: true, file_too_large: true,
  unsupported_file_type: true, malformed_file: true, payment_required: true, service_unavailable: true, internal_error: true,
};

/**
 * An error's own `code` is worth keeping when it is a contract code, a SQLSTATE or a Node error
 * code; any other value under a `code` key (an OTP, an e-mailed code) is censored. pino's
 * wildcard paths cannot tell `err.code` from `body.code`, hence the check on the value.
 */
function censor(value: unknown, path: Array<string | null>): unknown {
  const errorCodeShaped =
    path.length === 2 &&
    path[1] === 'code' &&
    typeof value === 'string' &&
    (value in CONTRACT_CODES || /^[0-9A-Z]{5}$/.test(value) || /^(?:E[A-Z]{2,}|ERR_[A-Z0-9_]+)$/.test(value));
  return errorCodeShaped ? value : '[redacted]';
}

const SAFE_MESSAGE_TYPES = new Set(['AppError', 'ConfigError', 'ReadError', 'DecryptError']);

type ErrLike = { name?: unknown; code?: unknown; message?: unknown; constructor?: { name?: string } };

/**
 * Errors keep their type, code and message only. Stack frames and `details`/`cause` can carry
 * values (a driver error quotes the failing row), so they stay out.
 */
function serializeErr(err: unknown): Record<string, unknown> {
  if (typeof err !== 'object' || err === null) return { type: typeof err };
  const e = err as ErrLike;
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined;
  const type = typeof e.name === 'string' ? e.name : (e.constructor?.name ?? 'Error');
  // Only our own errors promise value-free messages. Anything else may quote its input: a driver
  // repeats the row ("Key (email)=(a@b.c) already exists"), JSON.parse quotes the text it choked on.
  const ownMessage = SAFE_MESSAGE_TYPES.has(type) && typeof e.message === 'string';
  return { type, code, message: ownMessage ? (e.message as string).slice(0, 500) : undefined };
}

/** Requests are summarised, never dumped: the route pattern, not the URL (query strings carry tokens). */
function serializeReq(req: unknown): Record<string, unknown> {
  if (typeof req !== 'object' || req === null) return {};
  const r = req as { method?: unknown; route?: unknown; status?: unknown; ms?: unknown };
  return { method: r.method, route: r.route, status: r.status, ms: r.ms };
}

/**
 * Creates the process logger: JSON lines with reqId/orgId/userId from `logContext`. Tests pass a
 * `destination` to capture output and grep it for secrets.
 */
export function createLogger(opts: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const options: pino.LoggerOptions = {
    level: opts.level ?? 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeErr, error: serializeErr, req: serializeReq },
    redact: { paths: REDACT_PATHS, censor: censor as (value: unknown, path: string[]) => unknown },
    mixin: () => {
      const ctx = logContext.getStore();
      if (!ctx) return {};
      return { reqId: ctx.reqId, ...(ctx.orgId ? { orgId: ctx.orgId } : {}), ...(ctx.userId ? { userId: ctx.userId } : {}) };
    },
  };
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options);
}
