/**
 * Composition root of the API process: configuration → secrets → database → app → listen, and
 * the one shutdown path. Nothing else reads process.env.
 */
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { ConfigError, loadConfig } from '../shared/config';
import { openDatabaseWithOwner } from '../shared/db';
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

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, FORCE_QUIT_MS).unref();
    // In-process scans get most of the budget; past it they are abandoned to the reconciler.
    const forceScans = setTimeout(() => void files.close({ force: true }), FORCE_QUIT_MS - 2_000);
    forceScans.unref();
    try {
      // Stop accepting, let in-flight requests finish, then release what they used.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await ws.close();
      await closed;
      await files.close();
      await db.close();
      await redis?.quit();
      await mailer.close();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // Last resort (ASVS 16.5.4): log without the payload and leave; a supervisor restarts us.
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled rejection');
    process.exit(1);
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
}

main().catch((err: unknown) => {
  // One line, no stack: configuration mistakes are the common case and name the variable only.
  const message = err instanceof ConfigError ? `configuration error: ${err.message}` : `start-up failed: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`veil: ${message}\n`);
  process.exit(1);
});
