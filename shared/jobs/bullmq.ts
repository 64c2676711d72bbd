/**
 * The distributed `JobQueue`: BullMQ on Redis. The retry and lock policy of the scan queue lives
 * here and nowhere else:
 * - 3 attempts, exponential backoff from 1 s (1 s, then 2 s); permanent errors fail at once.
 * - `lockDuration` 30 s, renewed every 15 s: the scan yields to the event loop far more often,
 *   and a crashed worker's job is taken over within about lockDuration + 2 × stalledInterval
 *   (measured here: an 8 s synchronous block under a 3 s lock ran one job six times).
 * - Finished jobs are trimmed by age and count; their ids stop de-duplicating after that, which
 *   is why the processor must be idempotent and the database decides what still needs running.
 * - Enqueue fails fast (no offline queue, bounded wait) so an HTTP request answers 503 in time
 *   instead of hanging while Redis is down or frozen.
 * - What BullMQ stores about a failure is our error code only: error messages from parsers can
 *   quote cell values, and Redis holds job data in clear text.
 */
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { AppError, type ErrorCode } from '../errors';
import type { Logger } from '../log';
import {
  classifyFailure,
  JobProgress,
  ScanJob,
  ScanOutcome,
  type EventBus,
  type FailureHook,
  type JobEvent,
  type JobQueue,
  type ScanProcessor,
} from './index';

/** Connection, policy knobs (defaults are production values) and where events go. */
export type BullmqQueueOptions = {
  url: string;
  /** Where progress and outcome events go (Redis pub/sub in production). */
  events: EventBus;
  logger?: Logger;
  /** Key prefix in Redis; tests use a unique one per file. Never use ioredis `keyPrefix` with BullMQ. */
  prefix?: string;
  queueName?: string;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Stalls tolerated before BullMQ fails a job; crashes are not the job's fault, so more than BullMQ's 1. */
  maxStalledCount?: number;
  attempts?: number;
  backoffMs?: number;
  /** An enqueue not acknowledged by Redis within this time answers `service_unavailable`. */
  enqueueTimeoutMs?: number;
  /** How many completed jobs Redis keeps (`removeOnComplete.count`; they also go after a day). Default 1,000. */
  keepCompleted?: number;
};

const DAY_S = 24 * 3600;

function isErrorCode(s: string): s is ErrorCode {
  return /^[a-z_]{1,64}$/.test(s);
}

function unavailable(what: string, cause?: unknown): AppError {
  return new AppError('service_unavailable', `job queue unavailable: ${what}`, undefined, { cause });
}

async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable(`${what} timed out`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } catch (err) {
    throw err instanceof AppError ? err : unavailable(what, err);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Connects the queue (Redis must answer now: BullMQ cannot set up a fail-fast queue offline) and
 * returns the port. `start` adds a worker on its own connections.
 */
export async function openBullmqQueue(opts: BullmqQueueOptions): Promise<JobQueue> {
  const { events, logger } = opts;
  const prefix = opts.prefix ?? 'veil';
  const name = opts.queueName ?? 'scan';
  const enqueueTimeoutMs = opts.enqueueTimeoutMs ?? 1_500;

  const queue = new Queue<ScanJob>(name, {
    connection: { url: opts.url, enableOfflineQueue: false },
    prefix,
    defaultJobOptions: {
      attempts: opts.attempts ?? 3,
      backoff: { type: 'exponential', delay: opts.backoffMs ?? 1_000 },
      removeOnComplete: { age: DAY_S, count: opts.keepCompleted ?? 1_000 },
      removeOnFail: { age: 7 * DAY_S, count: 5_000 },
    },
  });
  queue.on('error', (err) => logger?.warn({ err }, 'job queue connection error'));
  try {
    await within(5_000, 'connect', queue.waitUntilReady());
  } catch (err) {
    await queue.close().catch(() => undefined);
    throw err;
  }
  await warnUnlessNoEviction(queue, logger);

  let worker: Worker<ScanJob, ScanOutcome> | null = null;
  let closing: Promise<void> | null = null;

  async function publish(event: JobEvent) {
    await events.publish(event).catch((err) => logger?.warn({ err, jobId: event.jobId }, 'job event not published'));
  }

  async function processJob(processor: ScanProcessor, bjob: Job<ScanJob>, signal?: AbortSignal): Promise<ScanOutcome> {
    const parsed = ScanJob.safeParse(bjob.data);
    if (!parsed.success) throw new UnrecoverableError('invalid_request');
    const job = parsed.data;
    const ctx = {
      // Counts starts, not failures: a run after a crash (a stall) counts as a new attempt too.
      attempt: Math.max(bjob.attemptsStarted, bjob.attemptsMade + 1),
      signal: signal ?? new AbortController().signal,
      async progress(p: JobProgress) {
        const v = JobProgress.parse(p);
        await bjob.updateProgress(v);
        await publish({ type: 'job.progress', orgId: job.orgId, jobId: job.jobId, ...v });
      },
    };
    try {
      return ScanOutcome.parse(await processor(job, ctx));
    } catch (err) {
      const { code, retryable } = classifyFailure(err);
      logger?.warn({ err, jobId: job.jobId, attempt: ctx.attempt, retryable }, 'job attempt failed');
      throw retryable ? new Error(code) : new UnrecoverableError(code);
    }
  }

  return {
    async enqueue(job) {
      if (closing) throw unavailable('shut down');
      const data = ScanJob.parse(job);
      // The job id makes the add idempotent. A timed-out add may still land once Redis answers:
      // harmless, for the same reason.
      await within(enqueueTimeoutMs, 'enqueue', queue.add('scan', data, { jobId: data.jobId }));
    },

    async start(processor, hooks: { onFailed?: FailureHook } = {}) {
      if (worker) throw new Error('job queue already started');
      worker = new Worker<ScanJob, ScanOutcome>(name, (bjob, _token, signal) => processJob(processor, bjob, signal), {
        // Blocking worker connections must wait out a Redis restart rather than give up on a command.
        connection: { url: opts.url, maxRetriesPerRequest: null },
        prefix,
        concurrency: opts.concurrency ?? 2,
        lockDuration: opts.lockDurationMs ?? 30_000,
        stalledInterval: opts.stalledIntervalMs ?? 15_000,
        maxStalledCount: opts.maxStalledCount ?? 3,
      });
      // Without an error listener a worker may stop processing (BullMQ docs).
      worker.on('error', (err) => logger?.error({ err }, 'job worker error'));
      worker.on('completed', (bjob, outcome) => {
        const { orgId, jobId } = bjob.data;
        void publish(outcome.status === 'rejected' ? { type: 'job.rejected', orgId, jobId, reasons: outcome.reasons } : { type: 'job.completed', orgId, jobId });
      });
      worker.on('failed', (bjob, err) => {
        // BullMQ emits this for every failed attempt; only a job that is finished has failed for good.
        if (!bjob || bjob.finishedOn === undefined) return;
        const parsed = ScanJob.safeParse(bjob.data);
        if (!parsed.success) return;
        const code = isErrorCode(err.message) ? err.message : 'internal_error';
        logger?.error({ jobId: parsed.data.jobId, code, attempts: bjob.attemptsMade }, 'job failed');
        void publish({ type: 'job.failed', orgId: parsed.data.orgId, jobId: parsed.data.jobId, error: code });
        void hooks.onFailed?.(parsed.data, code).catch((hookErr) => logger?.error({ err: hookErr, jobId: parsed.data.jobId }, 'failure hook failed'));
      });
      await worker.waitUntilReady();
    },

    async close(how = {}) {
      if (how.force && worker) {
        worker.cancelAllJobs('shutdown');
        await worker.close(true).catch(() => undefined);
      }
      closing ??= (async () => {
        await worker?.close();
        await queue.close();
      })();
      await closing;
    },

    async ping() {
      const client = await queue.getBackend().client;
      await within(enqueueTimeoutMs, 'ping', client.get(`${prefix}:ping`));
    },

    async state(jobId) {
      const state = await within(enqueueTimeoutMs, 'state', queue.getJobState(jobId));
      switch (state) {
        case 'unknown':
          return 'missing';
        case 'waiting':
        case 'prioritized':
        case 'waiting-children':
          return 'waiting';
        default:
          return state;
      }
    },

    async counts() {
      return within(enqueueTimeoutMs, 'counts', queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'));
    },
  };
}

/** BullMQ is only correct with `noeviction`: an evicting Redis silently drops job keys. */
async function warnUnlessNoEviction(queue: Queue<ScanJob>, logger?: Logger): Promise<void> {
  try {
    const info = await (await queue.getBackend().client).info();
    const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
    if (policy && policy !== 'noeviction') logger?.warn({ policy }, 'Redis maxmemory-policy is not noeviction; queued jobs may be evicted');
  } catch {
    // Some managed Redis services restrict INFO; the check is advice, not a gate.
  }
}
