/**
 * What the file routes and the WebSocket stand on, chosen from configuration (design.md "Two ways
 * to run, one code path"):
 * - REDIS_URL set: BullMQ for enqueue only (the `npm run worker` processes run the scans, and the
 *   reconciler) and Redis pub/sub for events, so a client on any API instance sees every job.
 * - REDIS_URL unset (single-process mode): the in-process queue runs `processScanJob` in this
 *   process, the in-process bus feeds the WebSocket, and the reconciler runs here, because
 *   nothing else would re-enqueue the jobs a restart dropped.
 * The object store is S3 when S3_BUCKET is set, the local disk otherwise.
 */
import type { Config } from '../shared/config';
import { createOrgKeys } from '../shared/crypto/org-keys';
import type { Database, OwnerAccess } from '../shared/db';
import type { EventBus, JobQueue } from '../shared/jobs';
import { openBullmqQueue } from '../shared/jobs/bullmq';
import { createInProcessQueue, createMemoryEventBus } from '../shared/jobs/in-process';
import { createRedisEventBus } from '../shared/jobs/redis-events';
import type { Logger } from '../shared/log';
import { openObjectStore, type ObjectStore, type S3Tuning } from '../shared/objects';
import { createScanDeps } from '../shared/scan/deps';
import { onScanJobFailed, processScanJob } from '../shared/scan/process-scan-job';
import { warmScanThread } from '../shared/scan/scan-thread';
import { startReconciler, type Reconciler } from '../shared/scan/reconcile';
import type { ReadyCheck } from './routes/ops';

export type FilesPlatform = {
  store: ObjectStore;
  queue: JobQueue;
  events: EventBus;
  /** `queue` and `storage` for /ready. */
  readyChecks: ReadyCheck[];
  /** Stops intake and scans (with `force`, without waiting for running ones), then releases connections. */
  close(opts?: { force?: boolean }): Promise<void>;
};

export type PlatformInput = {
  config: Pick<Config, 'redisUrl' | 's3' | 'dataDir' | 'gemini'>;
  db: Database;
  /** Needed only in single-process mode, for the reconciler's cross-tenant sweep. */
  owner: OwnerAccess | null;
  masterKey: Buffer;
  logger: Logger;
  s3Tuning?: S3Tuning;
  /** Key prefix of BullMQ and the event channels (tests use one per file). */
  redisPrefix?: string;
};

/** Opens the store, the bus and the queue; in single-process mode also starts the scans and the reconciler. */
export async function openFilesPlatform(input: PlatformInput): Promise<FilesPlatform> {
  const { config, db, logger } = input;
  const store = await openObjectStore(config, input.s3Tuning);
  let events: EventBus;
  let queue: JobQueue;
  let reconciler: Reconciler | null = null;
  try {
    // Every upload of a delimited file is checked on a scan thread while it arrives (and in
    // single-process mode the jobs scan on one too): have one ready before the first upload.
    warmScanThread();
    if (config.redisUrl) {
      events = createRedisEventBus({ url: config.redisUrl, prefix: input.redisPrefix, logger });
      queue = await openBullmqQueue({ url: config.redisUrl, prefix: input.redisPrefix, events, logger });
    } else {
      events = createMemoryEventBus();
      queue = createInProcessQueue({ events, logger });
      const scanDeps = createScanDeps({ db, objects: store, orgKeys: createOrgKeys(input.masterKey), config, log: logger });
      await queue.start((job, ctx) => processScanJob(scanDeps, job, ctx), { onFailed: onScanJobFailed(scanDeps) });
      if (input.owner) reconciler = startReconciler({ ...scanDeps, owner: input.owner, queue });
    }
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return {
    store,
    queue,
    events,
    readyChecks: [
      { name: 'queue', check: () => queue.ping() },
      { name: 'storage', check: () => store.ping() },
    ],
    async close(opts = {}) {
      await reconciler?.stop();
      await queue.close(opts);
      await events.close();
      await store.close();
    },
  };
}
