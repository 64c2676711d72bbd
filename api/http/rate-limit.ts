import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { sha256Hex } from '../../shared/crypto/hashing';
import { AppError } from '../../shared/errors';
import type { Logger } from '../../shared/log';
import type { AuthFailureReason } from './metrics';

const MINUTE = 60_000;
/** Requests per IP per minute on each credential-guessing route; the 11th is refused (A4). */
export const AUTH_PER_IP_PER_MINUTE = 10;
/** Failed logins per account before it is throttled; a window, not a lock, so a hostile lockout ends by itself. */
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_ACCOUNT_WINDOW_MS = 15 * MINUTE;

export type RateLimits = {
  login: RequestHandler;
  loginAccount: RequestHandler;
  register: RequestHandler;
  verifyEmail: RequestHandler;
  twoFactorComplete: RequestHandler;
  /** Per user on 2FA setup/enable/disable: a stolen access token must not brute-force the factor away. */
  twoFactorManage: RequestHandler;
};

/**
 * The throttles of design.md "Security model". Keys come from `req.ip`, which Express derives
 * from the socket unless `trust proxy` (config.trustProxy, 0 by default) says how many proxy hops
 * to believe — so a client rotating X-Forwarded-For cannot get a fresh bucket (ASVS 4.1.3,
 * 15.3.4). With a Redis client the counters live in Redis and hold across API instances;
 * otherwise in memory. Refusals go through the error mapper as 429 `rate_limited`.
 */
export function createRateLimits(deps: { redis: Redis | null; logger: Logger; countFailure: (reason: AuthFailureReason) => void }): RateLimits {
  const store = (name: string): Store | undefined =>
    deps.redis
      ? new RedisStore({
          prefix: `veil:rl:${name}:`,
          sendCommand: (command: string, ...args: string[]) => deps.redis!.call(command, ...args) as Promise<RedisReply>,
        })
      : undefined;

  const limiter = (name: string, opts: { windowMs: number; limit: number; key?: (req: Request) => string; failuresOnly?: boolean }) =>
    rateLimit({
      windowMs: opts.windowMs,
      limit: opts.limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: store(name),
      skipSuccessfulRequests: opts.failuresOnly ?? false,
      ...(opts.key ? { keyGenerator: opts.key } : {}),
      // We ignore X-Forwarded-For on purpose when trust proxy is 0; the library would warn about it on every start.
      validate: { xForwardedForHeader: false },
      // A store failure (Redis down) is an error, not a pass: the throttle fails closed.
      logger: {
        error: (err, message) => deps.logger.error({ err }, message ?? 'rate limiter error'),
        warn: (err, message) => deps.logger.warn({ err }, message ?? 'rate limiter warning'),
      },
      handler: (_req, _res, next) => {
        deps.countFailure('rate_limited');
        next(new AppError('rate_limited', 'too many requests; wait a minute and try again'));
      },
    });

  const perIp = (name: string) => limiter(name, { windowMs: MINUTE, limit: AUTH_PER_IP_PER_MINUTE });

  return {
    login: perIp('login-ip'),
    register: perIp('register-ip'),
    verifyEmail: perIp('verify-email-ip'),
    twoFactorComplete: perIp('2fa-complete-ip'),
    loginAccount: limiter('login-account', {
      windowMs: LOGIN_ACCOUNT_WINDOW_MS,
      limit: LOGIN_FAILURES_PER_ACCOUNT,
      failuresOnly: true,
      // Hashed so no e-mail address is written to Redis; any string counts, so the limit does not reveal which accounts exist.
      key: (req) => `acct:${sha256Hex(String((req.body as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase())}`,
    }),
    twoFactorManage: limiter('2fa-manage-user', {
      windowMs: MINUTE,
      limit: AUTH_PER_IP_PER_MINUTE,
      key: (req) => `user:${req.actor?.userId ?? ipKeyGenerator(req.ip ?? '')}`,
    }),
  };
}
