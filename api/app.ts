import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Config } from '../shared/config';
import { createOrgKeys } from '../shared/crypto/org-keys';
import { createSigner } from '../shared/crypto/signing';
import type { Database } from '../shared/db';
import type { JobQueue } from '../shared/jobs';
import type { Logger } from '../shared/log';
import type { Mailer } from '../shared/mail';
import type { ObjectStore } from '../shared/objects';
import { requireAuth } from './http/auth';
import { errorMapper, notFound } from './http/errors';
import { createMetrics, type AuthFailureReason } from './http/metrics';
import { createRateLimits } from './http/rate-limit';
import { keepContext, requestContext } from './http/request-context';
import { jsonBody } from './http/validate';
import { accountRouter } from './routes/account';
import { auditRouter } from './routes/audit';
import { certificatesRouter } from './routes/certificates';
import { authRouter } from './routes/auth';
import { filesRouter } from './routes/files';
import { gdprRouter } from './routes/gdpr';
import { jobsRouter } from './routes/jobs';
import { meRouter } from './routes/me';
import { opsRouter, type ReadyCheck } from './routes/ops';
import { orgRouter } from './routes/org';
import { orgDeletionRouter } from './routes/org-deletion';
import { remediateRouter } from './routes/remediate';
import { webRouter } from './routes/web';
import { createAccessTokens } from './services/access-tokens';
import { createAccountService } from './services/account';
import { createAuthService } from './services/auth';
import { createCertificatesService } from './services/certificates';
import { createDsarService } from './services/dsar';
import { createErasureService } from './services/erasure';
import { createFilesService } from './services/files';
import { createJobsService } from './services/jobs';
import { createOrgService } from './services/org';
import { createOrgDeletionService } from './services/org-deletion';
import { createRemediationService } from './services/remediate';
import { createPasswords } from './services/passwords';
import { createSessions } from './services/sessions';
import { createTotp } from './services/totp';

export type AppDeps = {
  config: Config;
  db: Database;
  masterKey: Buffer;
  jwtSecret: string;
  mailer: Mailer;
  logger: Logger;
  /** Rate-limit counters go to Redis when given (REDIS_URL), to memory otherwise. */
  redis?: Redis | null;
  /** Dependencies `/ready` reports on besides the database. */
  readyChecks?: ReadyCheck[];
  /** The TOTP clock in ms (default Date.now); tests move it across 30-s steps instead of sleeping. */
  clock?: () => number;
  /** Where uploads are stored and their scans queued; /files and /jobs exist only with them. */
  files?: { store: ObjectStore; queue: JobQueue };
};

const AUTH_BODY_LIMIT = '100kb';
const ONE_YEAR_S = 365 * 24 * 3600;

/** API JSON is per user and often personal: never stored by a browser or a shared cache (ASVS 14.3.2). */
const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/**
 * Builds the Express app in the order that matters: request context first (so even refused
 * requests are logged and timed), security headers, no-store, CORS, then the routers with their
 * own body limits, the 404, and the error mapper last.
 */
export function createApp(deps: AppDeps): Express {
  const { config, db, logger } = deps;
  const keys = createOrgKeys(deps.masterKey);
  const signer = createSigner(deps.masterKey);
  const metrics = createMetrics();
  // Every failed authentication is counted and logged (ASVS 16.3.1), by reason only: no e-mail, no token.
  const countFailure = (reason: AuthFailureReason) => {
    metrics.authFailures.inc({ reason });
    logger.warn({ event: 'auth_failure', reason }, 'authentication failed');
  };
  const tokens = createAccessTokens(deps.jwtSecret);
  const passwords = createPasswords(deps.masterKey);
  passwords.warmUp().catch((err: unknown) => logger.error({ err }, 'password hashing warm-up failed'));
  const sessions = createSessions({ db, keys, tokens, countFailure });
  const totp = createTotp({ db, keys, masterKey: deps.masterKey, now: deps.clock });
  const auth = createAuthService({ db, keys, passwords, sessions, totp, mailer: deps.mailer, countFailure });
  const org = createOrgService({ db, keys, mailer: deps.mailer });
  const limits = createRateLimits({ redis: deps.redis ?? null, logger, countFailure });
  const authenticate = requireAuth({ db, tokens, countFailure });

  const app = express();
  app.disable('x-powered-by');
  // 0 (the default) ignores X-Forwarded-For entirely: rate limits and audit IPs use the socket.
  app.set('trust proxy', config.trustProxy);

  app.use(requestContext(logger, metrics));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: { maxAge: ONE_YEAR_S, includeSubDomains: true },
      frameguard: { action: 'deny' },
    }),
  );
  app.use(noStore);
  app.use(
    cors({
      origin: (origin, cb) => cb(null, origin !== undefined && config.allowedOrigins.includes(origin)),
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
      maxAge: 600,
    }),
  );

  const readyChecks: ReadyCheck[] = [{ name: 'database', check: () => db.ping() }, ...(deps.readyChecks ?? [])];
  app.use(opsRouter({ checks: readyChecks, metrics, signer }));
  app.use('/auth', jsonBody(AUTH_BODY_LIMIT), keepContext, authRouter({ auth, sessions, totp, limits, requireAuth: authenticate }));
  app.use('/me', jsonBody(AUTH_BODY_LIMIT), keepContext, meRouter({ org, requireAuth: authenticate }));
  app.use('/org', jsonBody(AUTH_BODY_LIMIT), keepContext, orgRouter({ org, requireAuth: authenticate }));
  app.use('/audit', keepContext, auditRouter({ db, keys, signer, requireAuth: authenticate }));
  app.use(keepContext, accountRouter({ account: createAccountService({ db, keys, passwords }), requireAuth: authenticate }));
  if (deps.files) {
    const files = createFilesService({ db, keys, logger, ...deps.files });
    app.use('/files', keepContext, filesRouter({ files, config, db, keys, logger, redis: deps.redis ?? null, requireAuth: authenticate }));
    app.use('/jobs', keepContext, certificatesRouter({ certificates: createCertificatesService({ db, keys, signer }), requireAuth: authenticate }));
    const remediation = createRemediationService({ db, keys, logger, ...deps.files });
    app.use('/jobs', keepContext, remediateRouter({ remediation, requireAuth: authenticate }));
    app.use('/jobs', keepContext, jobsRouter({ jobs: createJobsService({ db }), requireAuth: authenticate }));
    const subject = { db, keys, logger, store: deps.files.store };
    const erasure = createErasureService({ ...subject, queue: deps.files.queue });
    app.use('/gdpr', keepContext, gdprRouter({ dsar: createDsarService(subject), erasure, requireAuth: authenticate }));
    const orgDeletion = createOrgDeletionService({ db, keys, passwords, store: deps.files.store });
    app.use('/org', keepContext, orgDeletionRouter({ orgDeletion, requireAuth: authenticate }));
  }

  // The page last: static files only, so no API path can be shadowed by one.
  app.use(webRouter());
  app.use(notFound);
  app.use(errorMapper(logger));
  return app;
}
