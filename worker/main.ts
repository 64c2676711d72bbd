/**
 * The worker process (`npm run worker`): a thin host that runs the shared scan processor on
 * BullMQ, plus the reconciler that re-enqueues what the database still shows unfinished.
 * configuration → secrets → database → object store → events → queue.start(processor), and one
 * shutdown path: stop the reconciler, stop taking jobs and let running ones finish (under a
 * force-quit timer: BullMQ's close never times out by itself), close Redis, then the store and
 * the database.
 *
 * Besides contract §5 it reads worker-only tuning (all optional): VEIL_REDIS_PREFIX (BullMQ and
 * event-channel prefix, shared with the API; default `veil`), WORKER_CONCURRENCY (2),
 * WORKER_LOCK_MS (30000) and WORKER_STALLED_INTERVAL_MS (15000), WORKER_SHUTDOWN_MS (30000),
 * RECONCILE_INTERVAL_MS (30000) and RECONCILE_GRACE_MS (60000).
 */
import { z } from 'zod';
import { ConfigError, loadConfig } from '../shared/config';
import { createOrgKeys } from '../shared/crypto/org-keys';
import { openDatabaseWithOwner } from '../shared/db';
import { openBullmqQueue } from '../shared/jobs/bullmq';
import { createRedisEventBus } from '../shared/jobs/redis-events';
import { exitOnStartupError, handleShutdown } from '../shared/lifecycle';
import { createLogger } from '../shared/log';
import { openObjectStore } from '../shared/objects';
import { createScanDeps } from '../shared/scan/deps';
import { onScanJobFailed, processScanJob } from '../shared/scan/process-scan-job';
import { warmScanThread } from '../shared/scan/scan-thread';
import { startReconciler } from '../shared/scan/reconcile';
import { resolveSecrets } from '../shared/secrets';

const ms = (fallback: number) => z.coerce.number().int().min(100).max(3_600_000).default(fallback);
const WorkerEnv = z.object({
  VEIL_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).default('veil'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  WORKER_LOCK_MS: ms(30_000),
  WORKER_STALLED_INTERVAL_MS: ms(15_000),
  WORKER_SHUTDOWN_MS: ms(30_000),
  RECONCILE_INTERVAL_MS: ms(30_000),
  RECONCILE_GRACE_MS: ms(60_000),
});

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const parsed = WorkerEnv.safeParse(process.env);
  if (!parsed.success) throw new ConfigError(`${String(parsed.error.issues[0].path[0])}: invalid value`);
  const tuning = parsed.data;
  if (!config.redisUrl) throw new ConfigError('REDIS_URL: the worker needs Redis; without it jobs run inside the API (npm start)');
  const log = createLogger({ level: config.logLevel }).child({ process: 'worker' });
  const secrets = await resolveSecrets(config, (msg) => log.warn({ event: 'generated_secret' }, msg));

  const { db, owner } = await openDatabaseWithOwner({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (err) => log.error({ err }, 'idle database connection failed'),
  });
  const objects = await openObjectStore(config);
  const orgKeys = createOrgKeys(secrets.masterKey);
  const events = createRedisEventBus({ url: config.redisUrl, prefix: tuning.VEIL_REDIS_PREFIX });
  const queue = await openBullmqQueue({
    url: config.redisUrl,
    prefix: tuning.VEIL_REDIS_PREFIX,
    events,
    logger: log,
    concurrency: tuning.WORKER_CONCURRENCY,
    lockDurationMs: tuning.WORKER_LOCK_MS,
    stalledIntervalMs: tuning.WORKER_STALLED_INTERVAL_MS,
  });
  const deps = createScanDeps({ db, objects, orgKeys, config, log });
  warmScanThread();
  await queue.start((job, ctx) => processScanJob(deps, job, ctx), { onFailed: onScanJobFailed(deps) });
  const reconciler = startReconciler({ ...deps, owner, queue }, { intervalMs: tuning.RECONCILE_INTERVAL_MS, graceMs: tuning.RECONCILE_GRACE_MS });
  log.info({ concurrency: tuning.WORKER_CONCURRENCY, database: db.kind, ai: deps.ai !== null }, 'veil worker started');

  handleShutdown(log, {
    forceAfterMs: tuning.WORKER_SHUTDOWN_MS,
    // Running jobs see their signal abort and are taken over by another worker once the lock expires.
    forceMessage: 'running jobs did not finish in time; leaving them to another worker',
    onForce: () => queue.close({ force: true }),
    async stop() {
      // Stop taking jobs first; the reconciler may be mid-sweep, and its enqueues must not be lost either.
      const draining = queue.close();
      await reconciler.stop();
      await draining;
      await events.close();
      await objects.close();
      await db.close();
      log.info('worker stopped');
    },
  });
}

main().catch(exitOnStartupError('veil worker'));
