/**
 * Composition root of the API process: configuration → secrets → database → app → listen, and
 * the one shutdown path. Nothing else reads process.env.
 */
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { loadConfig } from '../shared/config';
import { openDatabaseWithOwner } from '../shared/db';
import { exitOnStartupError, handleShutdown } from '../shared/lifecycle';
import { createLogger } from '../shared/log';
import { createMailer } from '../shared/mail';
import { resolveSecrets } from '../shared/secrets';
import { createApp } from './app';
import { openFilesPlatform } from './platform';
import { attachWebSocket } from './ws';

/** In-flight requests get this long after SIGTERM; then the process exits anyway. */
const FORCE_QUIT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel });
  // On stderr as plain text as well as in the JSON log: an operator starting it by hand must see it.
  const secrets = await resolveSecrets(config, (msg) => {
    process.stderr.write(`veil: warning: ${msg}\n`);
    logger.warn({ event: 'generated_secret' }, msg);
  });
  const { db, owner } = await openDatabaseWithOwner({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (err) => logger.error({ err }, 'idle database connection failed'),
  });
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: false }) : null;
  redis?.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const mailer = createMailer({ smtpUrl: config.smtpUrl, dataDir: config.dataDir });
  // The owner connection is only for the single-process reconciler's cross-tenant sweep; requests never see it.
  const files = await openFilesPlatform({ config, db, owner: config.redisUrl ? null : owner, masterKey: secrets.masterKey, logger });
  const app = createApp({
    config,
    db,
    masterKey: secrets.masterKey,
    jwtSecret: secrets.jwtSecret,
    mailer,
    logger,
    redis,
    readyChecks: [...(redis ? [{ name: 'redis', check: async () => void (await redis.ping()) }] : []), ...files.readyChecks],
    files: { store: files.store, queue: files.queue },
  });

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  const ws = attachWebSocket({ server, db, jwtSecret: secrets.jwtSecret, events: files.events, allowedOrigins: config.allowedOrigins, logger });
  logger.info(
    { port: config.port, database: db.kind, rateLimitStore: redis ? 'redis' : 'memory', jobs: config.redisUrl ? 'bullmq' : 'in-process', objects: config.s3 ? 's3' : 'local' },
    'veil api listening',
  );

  handleShutdown(logger, {
    forceAfterMs: FORCE_QUIT_MS,
    forceMessage: 'shutdown took too long; exiting',
    async stop() {
      // In-process scans get most of the budget; past it they are abandoned to the reconciler.
      setTimeout(() => void files.close({ force: true }), FORCE_QUIT_MS - 2_000).unref();
      // Stop accepting, let in-flight requests finish, then release what they used.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await ws.close();
      await closed;
      await files.close();
      await db.close();
      await redis?.quit();
      await mailer.close();
    },
  });
}

main().catch(exitOnStartupError('veil'));
