/**
 * Single-process mode (no REDIS_URL): the same processor, ports and events as BullMQ, run in
 * this process. Nothing here survives a restart; the database is the source of truth and the
 * reconciler re-enqueues jobs it still shows as queued or running, exactly as after a Redis loss.
 */
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../errors';
import type { Logger } from '../log';
import {
  classifyFailure,
  JobEvent,
  JobProgress,
  ScanJob,
  ScanOutcome,
  type EventBus,
  type FailureHook,
  type JobQueue,
  type QueuedJobState,
  type ScanProcessor,
  type Unsubscribe,
} from './index';

/** An EventBus inside one process; events are validated on publish and delivered as copies. */
export function createMemoryEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let closed = false;
  return {
    async publish(event) {
      if (closed) throw new AppError('service_unavailable', 'event bus is closed');
      const parsed = JobEvent.parse(event);
      emitter.emit('event', parsed);
    },
    subscribe(orgId, handler) {
      const listener = (event: JobEvent) => {
        if (orgId !== null && event.orgId !== orgId) return;
        try {
          handler(structuredClone(event));
        } catch {
          // One subscriber's bug must not starve the others or the publisher.
        }
      };
      emitter.on('event', listener);
      const off = (() => {
        emitter.off('event', listener);
      }) as Unsubscribe;
      off.ready = Promise.resolve();
      return off;
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
    },
  };
}

/** Policy knobs of the in-process queue; the defaults mirror the BullMQ adapter's. */
export type InProcessQueueOptions = {
  events: EventBus;
  logger?: Logger;
  /** 1–2: scans share the API's event loop. */
  concurrency?: number;
  attempts?: number;
  /** Delay before the second attempt; doubled for each one after (as BullMQ's exponential backoff). */
  backoffMs?: number;
  /** Ids of finished jobs remembered for de-duplication (BullMQ keeps finished jobs similarly). */
  rememberFinished?: number;
};

/** The in-process `JobQueue`; jobs enqueued before `start` wait for it. */
export function createInProcessQueue(opts: InProcessQueueOptions): JobQueue {
  const { events, logger } = opts;
  const concurrency = Math.min(Math.max(opts.concurrency ?? 1, 1), 2);
  const attempts = opts.attempts ?? 3;
  const backoffMs = opts.backoffMs ?? 1_000;
  const rememberFinished = opts.rememberFinished ?? 1_000;

  const waiting: ScanJob[] = [];
  const states = new Map<string, QueuedJobState>();
  const finished: string[] = [];
  const counts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 };
  const running = new Set<Promise<void>>();
  /** Cuts backoff waits short on any close. */
  const closingSignal = new AbortController();
  /** Tells processors the host will not wait for them. */
  const forced = new AbortController();
  let processor: ScanProcessor | null = null;
  let onFailed: FailureHook | undefined;
  let closing = false;

  function finish(jobId: string, state: 'completed' | 'failed' | 'missing') {
    if (state === 'missing') {
      states.delete(jobId);
      return;
    }
    states.set(jobId, state);
    finished.push(jobId);
    if (finished.length > rememberFinished) states.delete(finished.shift()!);
  }

  async function publish(event: JobEvent) {
    await events.publish(event).catch((err) => logger?.warn({ err, jobId: event.jobId }, 'job event not published'));
  }

  /** Runs every attempt of one job; resolves with the state it ended in. */
  async function run(job: ScanJob, proc: ScanProcessor): Promise<'completed' | 'failed' | 'missing'> {
    for (let attempt = 1; ; attempt++) {
      states.set(job.jobId, 'active');
      const ctx = {
        attempt,
        signal: forced.signal,
        async progress(p: JobProgress) {
          const v = JobProgress.parse(p);
          await publish({ type: 'job.progress', orgId: job.orgId, jobId: job.jobId, ...v });
        },
      };
      try {
        const outcome = ScanOutcome.parse(await proc(structuredClone(job), ctx));
        counts.completed++;
        // The state is final before anyone hears about it, as with BullMQ.
        states.set(job.jobId, 'completed');
        await publish(
          outcome.status === 'rejected'
            ? { type: 'job.rejected', orgId: job.orgId, jobId: job.jobId, reasons: outcome.reasons }
            : { type: 'job.completed', orgId: job.orgId, jobId: job.jobId },
        );
        return 'completed';
      } catch (err) {
        const { code, retryable } = classifyFailure(err);
        if (retryable && attempt < attempts) {
          logger?.warn({ err, jobId: job.jobId, attempt }, 'job attempt failed; retrying');
          counts.delayed++;
          states.set(job.jobId, 'delayed');
          const waited = await sleep(backoffMs * 2 ** (attempt - 1), true, { signal: closingSignal.signal }).catch(() => false);
          counts.delayed--;
          // Shutting down: leave the job to the reconciler rather than fail it.
          if (!waited) return 'missing';
          continue;
        }
        counts.failed++;
        states.set(job.jobId, 'failed');
        logger?.error({ err, jobId: job.jobId, attempt }, 'job failed');
        await publish({ type: 'job.failed', orgId: job.orgId, jobId: job.jobId, error: code });
        await onFailed?.(job, code).catch((hookErr) => logger?.error({ err: hookErr, jobId: job.jobId }, 'failure hook failed'));
        return 'failed';
      }
    }
  }

  function pump() {
    while (processor && !closing && counts.active < concurrency && waiting.length > 0) {
      const job = waiting.shift()!;
      counts.waiting--;
      counts.active++;
      const p = run(job, processor)
        .catch((err) => {
          logger?.error({ err, jobId: job.jobId }, 'job runner failed');
          return 'missing' as const;
        })
        .then((state) => {
          counts.active--;
          finish(job.jobId, state);
          running.delete(p);
          pump();
        });
      running.add(p);
    }
  }

  return {
    async enqueue(job) {
      if (closing) throw new AppError('service_unavailable', 'job queue is shut down');
      const parsed = ScanJob.parse(job);
      if (states.has(parsed.jobId)) return;
      states.set(parsed.jobId, 'waiting');
      waiting.push(parsed);
      counts.waiting++;
      pump();
    },
    async start(proc, hooks = {}) {
      if (processor) throw new Error('job queue already started');
      processor = proc;
      onFailed = hooks.onFailed;
      pump();
    },
    async close(opts = {}) {
      closing = true;
      closingSignal.abort();
      if (opts.force) {
        forced.abort();
        return;
      }
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    async ping() {
      if (closing) throw new AppError('service_unavailable', 'job queue is shut down');
    },
    async counts() {
      return { ...counts };
    },
    async state(jobId) {
      return states.get(jobId) ?? 'missing';
    },
  };
}
