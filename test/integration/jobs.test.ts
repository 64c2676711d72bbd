import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { openBullmqQueue, type BullmqQueueOptions } from '../../shared/jobs/bullmq';
import { createInProcessQueue, createMemoryEventBus } from '../../shared/jobs/in-process';
import type { EventBus, JobEvent, JobQueue, ScanJob, ScanProcessor } from '../../shared/jobs';
import { createRedisEventBus } from '../../shared/jobs/redis-events';
import { startRedis } from '../support/redis';

const REDIS_URL = process.env.VEIL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** One prefix per run of this file, so parallel files and earlier runs never share keys. */
const PREFIX = `veil-test-${randomBytes(4).toString('hex')}`;
/** Short locks so a crashed worker's job is taken over within seconds (reliability Q2). */
const FAST_LOCKS = { lockDurationMs: 5_000, stalledIntervalMs: 2_000, maxStalledCount: 5 };

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
});

const newJob = (orgId = randomUUID()): ScanJob => ({ orgId, fileId: randomUUID(), jobId: randomUUID() });

/** Polls `check` (sync or async; a throw counts as "not yet") until it returns something truthy. */
async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await Promise.resolve().then(check).catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

type Harness = {
  queue: JobQueue;
  /** Where a test listens: a separate connection from the one the worker publishes on (Redis). */
  listener: EventBus;
  /** Events of `orgId` as they arrive. */
  record(orgId: string | null): Promise<JobEvent[]>;
};

type Kind = 'bullmq' | 'in-process';

async function harness(kind: Kind, opts: { backoffMs?: number } = {}): Promise<Harness> {
  let queue: JobQueue;
  let listener: EventBus;
  if (kind === 'bullmq') {
    const events = createRedisEventBus({ url: REDIS_URL, prefix: PREFIX });
    listener = createRedisEventBus({ url: REDIS_URL, prefix: PREFIX });
    queue = await openBullmqQueue({ url: REDIS_URL, prefix: PREFIX, queueName: `scan-${randomUUID()}`, events, backoffMs: opts.backoffMs, ...FAST_LOCKS });
    cleanups.push(() => events.close(), () => listener.close());
  } else {
    listener = createMemoryEventBus();
    queue = createInProcessQueue({ events: listener, concurrency: 2, backoffMs: opts.backoffMs });
    cleanups.push(() => listener.close());
  }
  cleanups.push(() => queue.close());
  return {
    queue,
    listener,
    async record(orgId) {
      const seen: JobEvent[] = [];
      const off = listener.subscribe(orgId, (e) => seen.push(e));
      cleanups.push(async () => off());
      await off.ready;
      return seen;
    },
  };
}

describe.each(['bullmq', 'in-process'] as const)('JobQueue on %s', (kind) => {
  it('runs the processor; progress and completion reach a subscriber on another connection', async () => {
    const h = await harness(kind);
    const job = newJob();
    const events = await h.record(job.orgId);
    const seenJobs: ScanJob[] = [];
    await h.queue.start(async (j, ctx) => {
      seenJobs.push(j);
      for (const p of [10, 50, 100]) await ctx.progress({ progress: p, rowsScanned: p * 10, stage: 'scanning' });
      return { status: 'completed' };
    });
    await h.queue.enqueue(job);
    await waitFor('completed', () => events.find((e) => e.type === 'job.completed'));
    expect(seenJobs).toEqual([job]);
    expect(events).toEqual([
      { type: 'job.progress', orgId: job.orgId, jobId: job.jobId, progress: 10, rowsScanned: 100, stage: 'scanning' },
      { type: 'job.progress', orgId: job.orgId, jobId: job.jobId, progress: 50, rowsScanned: 500, stage: 'scanning' },
      { type: 'job.progress', orgId: job.orgId, jobId: job.jobId, progress: 100, rowsScanned: 1000, stage: 'scanning' },
      { type: 'job.completed', orgId: job.orgId, jobId: job.jobId },
    ]);
  });

  it('reports a rejection as an outcome, without retries', async () => {
    const h = await harness(kind);
    const job = newJob();
    const events = await h.record(job.orgId);
    let runs = 0;
    const reasons = [{ sheet: '', column: 3, header: 'lösenord', category: 'password_raw' as const }];
    await h.queue.start(async () => {
      runs++;
      return { status: 'rejected', reasons };
    });
    await h.queue.enqueue(job);
    const rejected = await waitFor('rejected', () => events.find((e) => e.type === 'job.rejected'));
    expect(rejected).toEqual({ type: 'job.rejected', orgId: job.orgId, jobId: job.jobId, reasons });
    await sleep(200);
    expect(runs).toBe(1);
  });

  it('runs a job id enqueued twice only once', async () => {
    const h = await harness(kind);
    const job = newJob();
    const events = await h.record(job.orgId);
    let runs = 0;
    await h.queue.enqueue(job);
    await h.queue.enqueue(job);
    await h.queue.start(async () => {
      runs++;
      await sleep(100);
      return { status: 'completed' };
    });
    await h.queue.enqueue(job);
    await waitFor('completed', () => events.find((e) => e.type === 'job.completed'));
    await h.queue.enqueue(job);
    await sleep(300);
    expect(runs).toBe(1);
    expect(events.filter((e) => e.type === 'job.completed')).toHaveLength(1);
  });

  it('retries a transient failure with exponential backoff and succeeds on attempt 3', async () => {
    const h = await harness(kind, { backoffMs: 1_000 });
    const job = newJob();
    const events = await h.record(job.orgId);
    const starts: Array<{ attempt: number; at: number }> = [];
    await h.queue.start(async (_j, ctx) => {
      starts.push({ attempt: ctx.attempt, at: Date.now() });
      if (starts.length < 3) throw new AppError('service_unavailable', 'object store blinked');
      return { status: 'completed' };
    });
    await h.queue.enqueue(job);
    await waitFor('completed', () => events.find((e) => e.type === 'job.completed'), 8_000);
    expect(starts.map((s) => s.attempt)).toEqual([1, 2, 3]);
    expect(starts[1].at - starts[0].at).toBeGreaterThanOrEqual(950);
    expect(starts[2].at - starts[1].at).toBeGreaterThanOrEqual(1_950);
    expect(events.some((e) => e.type === 'job.failed')).toBe(false);
  });

  it('fails an always-failing job after 3 attempts: one job.failed event, one failure hook call', async () => {
    const h = await harness(kind, { backoffMs: 100 });
    const job = newJob();
    const events = await h.record(job.orgId);
    let runs = 0;
    const failed: Array<[ScanJob, string]> = [];
    await h.queue.start(
      async () => {
        runs++;
        throw new Error('parser exploded on cell "anna@example.com"');
      },
      { onFailed: async (j, code) => void failed.push([j, code]) },
    );
    await h.queue.enqueue(job);
    await waitFor('failed', () => events.find((e) => e.type === 'job.failed'));
    await sleep(300);
    expect(runs).toBe(3);
    expect(events.filter((e) => e.type === 'job.failed')).toEqual([{ type: 'job.failed', orgId: job.orgId, jobId: job.jobId, error: 'internal_error' }]);
    expect(failed).toEqual([[job, 'internal_error']]);
  });

  it('fails a permanent error after one attempt, with its code', async () => {
    const h = await harness(kind, { backoffMs: 100 });
    const job = newJob();
    const events = await h.record(job.orgId);
    let runs = 0;
    await h.queue.start(async () => {
      runs++;
      throw new AppError('malformed_file', 'the workbook has no sheets');
    });
    await h.queue.enqueue(job);
    const failed = await waitFor('failed', () => events.find((e) => e.type === 'job.failed'));
    expect(failed).toMatchObject({ error: 'malformed_file' });
    await sleep(300);
    expect(runs).toBe(1);
  });

  it('validates payloads, progress and events at the boundary', async () => {
    const h = await harness(kind);
    await expect(h.queue.enqueue({ orgId: 'x', fileId: randomUUID(), jobId: randomUUID() })).rejects.toThrow();
    await expect(h.queue.enqueue({ ...newJob(), fileName: 'customers.csv' } as ScanJob)).rejects.toThrow();
    await expect(h.listener.publish({ type: 'job.failed', orgId: randomUUID(), jobId: randomUUID(), error: 'Anna Andersson, 19121212-1212' })).rejects.toThrow();
    const job = newJob();
    const events = await h.record(job.orgId);
    let progressError: unknown;
    await h.queue.start(async (_j, ctx) => {
      progressError = await ctx.progress({ progress: 101, rowsScanned: 1, stage: 'scanning' }).catch((e) => e);
      return { status: 'completed' };
    });
    await h.queue.enqueue(job);
    await waitFor('completed', () => events.find((e) => e.type === 'job.completed'));
    expect(progressError).toBeInstanceOf(Error);
    expect(events.filter((e) => e.type === 'job.progress')).toEqual([]);
  });

  it('reports job states for the reconciler: missing, waiting, completed, failed', async () => {
    const h = await harness(kind, { backoffMs: 50 });
    const ok = newJob();
    const bad = newJob();
    const events = await h.record(null);
    expect(await h.queue.state(ok.jobId)).toBe('missing');
    await h.queue.enqueue(ok);
    await h.queue.enqueue(bad);
    expect(await h.queue.state(ok.jobId)).toBe('waiting');
    await h.queue.start(async (j) => {
      if (j.jobId === bad.jobId) throw new AppError('malformed_file', 'no sheets');
      return { status: 'completed' };
    });
    await waitFor('both finished', () => events.filter((e) => e.type === 'job.completed' || e.type === 'job.failed').length === 2);
    expect(await h.queue.state(ok.jobId)).toBe('completed');
    expect(await h.queue.state(bad.jobId)).toBe('failed');
  });

  it('close() lets running jobs finish and starts no new ones (graceful shutdown)', async () => {
    const h = await harness(kind);
    const org = randomUUID();
    const events = await h.record(org);
    const started: string[] = [];
    await h.queue.start(async (j) => {
      started.push(j.jobId);
      await sleep(600);
      return { status: 'completed' };
    });
    const jobs = [newJob(org), newJob(org), newJob(org)];
    for (const j of jobs.slice(0, 2)) await h.queue.enqueue(j);
    await waitFor('two running', () => started.length === 2);
    await h.queue.enqueue(jobs[2]);
    await h.queue.close();
    await sleep(100);
    expect(started).toEqual([jobs[0].jobId, jobs[1].jobId]);
    expect(events.filter((e) => e.type === 'job.completed').map((e) => e.jobId).sort()).toEqual([jobs[0].jobId, jobs[1].jobId].sort());
    await expect(h.queue.enqueue(newJob())).rejects.toMatchObject({ code: 'service_unavailable' });
  });

  it("delivers an organisation's events to its subscribers only; null subscribes to all", async () => {
    const h = await harness(kind);
    const a = newJob();
    const b = newJob();
    const ofA = await h.record(a.orgId);
    const all = await h.record(null);
    await h.queue.start(async () => ({ status: 'completed' }));
    await h.queue.enqueue(a);
    await h.queue.enqueue(b);
    await waitFor('both completed', () => all.filter((e) => e.type === 'job.completed').length === 2);
    await sleep(100);
    expect(ofA.map((e) => e.jobId)).toEqual([a.jobId]);
    expect(new Set(all.map((e) => e.orgId))).toEqual(new Set([a.orgId, b.orgId]));
  });
});

describe('BullMQ specifics', () => {
  it('keeps only ids and error codes in Redis, never job contents or error messages', async () => {
    const h = await harness('bullmq', { backoffMs: 50 });
    const job = newJob();
    const events = await h.record(job.orgId);
    await h.queue.start(async () => {
      throw new Error('cannot parse 4111 1111 1111 1111 in row 7');
    });
    await h.queue.enqueue(job);
    await waitFor('failed', () => events.find((e) => e.type === 'job.failed'));
    const redis = new Redis(REDIS_URL);
    cleanups.push(() => redis.quit());
    const keys = await redis.keys(`${PREFIX}:*${job.jobId}*`);
    expect(keys.length).toBeGreaterThan(0);
    const hash = await redis.hgetall(keys.find((k) => k.endsWith(`:${job.jobId}`))!);
    expect(JSON.parse(hash.data)).toEqual(job);
    expect(hash.failedReason).toBe('internal_error');
    expect(JSON.stringify(hash)).not.toContain('4111');
  });

  it('drops events that fail validation on receipt or arrive on another organisation\'s channel', async () => {
    const h = await harness('bullmq');
    const org = randomUUID();
    const events = await h.record(org);
    const raw = new Redis(REDIS_URL);
    cleanups.push(() => raw.quit());
    const channel = `${PREFIX}:events:${org}`;
    await raw.publish(channel, 'not json');
    await raw.publish(channel, JSON.stringify({ type: 'job.completed', orgId: org, jobId: randomUUID(), extra: 'anna@example.com' }));
    await raw.publish(channel, JSON.stringify({ type: 'job.completed', orgId: randomUUID(), jobId: randomUUID() }));
    const good = { type: 'job.completed' as const, orgId: org, jobId: randomUUID() };
    await raw.publish(channel, JSON.stringify(good));
    await waitFor('the valid event', () => events.length > 0);
    await sleep(100);
    expect(events).toEqual([good]);
  });

  it('publishes events sent right after the bus is created', async () => {
    const h = await harness('bullmq');
    const org = randomUUID();
    const events = await h.record(org);
    const fresh = createRedisEventBus({ url: REDIS_URL, prefix: PREFIX });
    cleanups.push(() => fresh.close());
    await fresh.publish({ type: 'job.completed', orgId: org, jobId: randomUUID() });
    await waitFor('the event', () => events.length === 1, 2_000);
  });

  it('after Redis lost its data, the job is missing and re-enqueueing it runs it once (reconciler path)', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.dispose());
    const events = createMemoryEventBus();
    const job = newJob();
    const producer = await openBullmqQueue({ url: redis.url, prefix: PREFIX, events });
    cleanups.push(() => producer.close({ force: true }));
    await producer.enqueue(job);
    expect(await producer.state(job.jobId)).toBe('waiting');
    await redis.kill();
    await redis.restart();
    expect(await waitFor('queue reconnected', () => producer.state(job.jobId), 10_000)).toBe('missing');
    await producer.enqueue(job);
    const seen: JobEvent[] = [];
    events.subscribe(job.orgId, (e) => seen.push(e));
    let runs = 0;
    await producer.start(async () => {
      runs++;
      return { status: 'completed' };
    });
    await waitFor('completed', () => seen.find((e) => e.type === 'job.completed'));
    expect(runs).toBe(1);
  });

  it('a running worker resumes consuming after Redis is killed for longer than drainDelay (Q4)', async () => {
    const redis = await startRedis({ aof: true });
    cleanups.push(() => redis.dispose());
    const events = createMemoryEventBus();
    const queue = await openBullmqQueue({ url: redis.url, prefix: PREFIX, events, ...FAST_LOCKS });
    cleanups.push(() => queue.close({ force: true }));
    const done: string[] = [];
    await queue.start(async (j) => {
      done.push(j.jobId);
      return { status: 'completed' };
    });
    const before = newJob();
    await queue.enqueue(before);
    await waitFor('first job', () => done.includes(before.jobId));

    await redis.kill();
    await sleep(6_000);
    await redis.restart();
    const after = newJob();
    const restartedAt = Date.now();
    await waitFor('enqueue after restart', () => queue.enqueue(after).then(() => true), 10_000);
    await waitFor('job after restart', () => done.includes(after.jobId), 10_000);
    expect(Date.now() - restartedAt).toBeLessThan(10_000);
  });

  it('a worker SIGKILLed mid-job: another worker takes the job over and completes it once', async () => {
    const queueName = `scan-${randomUUID()}`;
    const dir = await mkdtemp(join(tmpdir(), 'veil-worker-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const shared = (p: string) => fileURLToPath(new URL(`../../shared/jobs/${p}`, import.meta.url));
    const script = join(dir, 'worker.mts');
    await writeFile(
      script,
      `import { openBullmqQueue } from ${JSON.stringify(shared('bullmq.ts'))};
import { createRedisEventBus } from ${JSON.stringify(shared('redis-events.ts'))};
const opts = JSON.parse(process.argv[2]);
const events = createRedisEventBus({ url: opts.url, prefix: opts.prefix });
const queue = await openBullmqQueue({ ...opts, events });
await queue.start(async (job, ctx) => {
  for (let i = 1; i <= 100; i++) {
    await ctx.progress({ progress: i, rowsScanned: i, stage: 'doomed' });
    await new Promise((r) => setTimeout(r, 100));
  }
  return { status: 'completed' };
});
process.send('ready');
`,
    );
    const opts: Partial<BullmqQueueOptions> = { url: REDIS_URL, prefix: PREFIX, queueName, ...FAST_LOCKS };
    const child = fork(script, [JSON.stringify(opts)], { execArgv: ['--import', 'tsx'], cwd: process.cwd(), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    cleanups.push(async () => child.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    });

    const listener = createRedisEventBus({ url: REDIS_URL, prefix: PREFIX });
    const events: JobEvent[] = [];
    const off = listener.subscribe(null, (e) => events.push(e));
    await off.ready;
    const producer = await openBullmqQueue({ url: REDIS_URL, prefix: PREFIX, queueName, events: listener, ...FAST_LOCKS });
    cleanups.push(() => listener.close(), () => producer.close());
    const job = newJob();
    await producer.enqueue(job);
    await waitFor('progress from the doomed worker', () => events.find((e) => e.jobId === job.jobId && e.type === 'job.progress'));
    child.kill('SIGKILL');
    const killedAt = Date.now();

    const rescueEvents = createRedisEventBus({ url: REDIS_URL, prefix: PREFIX });
    const rescuer = await openBullmqQueue({ url: REDIS_URL, prefix: PREFIX, queueName, events: rescueEvents, ...FAST_LOCKS });
    cleanups.push(() => rescueEvents.close(), () => rescuer.close());
    const runs: number[] = [];
    await rescuer.start(async (j, ctx) => {
      runs.push(ctx.attempt);
      await ctx.progress({ progress: 100, rowsScanned: 100, stage: 'rescued' });
      return { status: 'completed' };
    });
    await waitFor('completion by the second worker', () => events.find((e) => e.jobId === job.jobId && e.type === 'job.completed'), 12_000);
    // Reliability Q2: within lockDuration + 2 × stalledInterval of the kill.
    expect(Date.now() - killedAt).toBeLessThan(FAST_LOCKS.lockDurationMs + 2 * FAST_LOCKS.stalledIntervalMs + 1_000);
    await sleep(300);
    expect(runs).toEqual([2]);
    expect(events.filter((e) => e.jobId === job.jobId && e.type === 'job.completed')).toHaveLength(1);
  });

  it('enqueue answers service_unavailable within 2 s while Redis is down or frozen, and recovers', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.dispose());
    const events = createMemoryEventBus();
    const queue = await openBullmqQueue({ url: redis.url, prefix: PREFIX, events });
    cleanups.push(() => queue.close({ force: true }));
    await queue.enqueue(newJob());
    await queue.ping();

    const timed = async (p: Promise<unknown>) => {
      const started = Date.now();
      const err = await p.then(() => null, (e: unknown) => e);
      return { err, ms: Date.now() - started };
    };

    await redis.kill();
    for (const attempt of [queue.enqueue(newJob()), queue.ping()]) {
      const { err, ms } = await timed(attempt);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('service_unavailable');
      expect(ms).toBeLessThan(2_000);
    }

    await redis.restart();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const e = await queue.enqueue(newJob()).then(() => null, (err: unknown) => err);
      if (!e) break;
      if (Date.now() > deadline) throw e;
      await sleep(200);
    }

    redis.freeze();
    const { err, ms } = await timed(queue.enqueue(newJob()));
    redis.thaw();
    expect((err as AppError).code).toBe('service_unavailable');
    expect(ms).toBeLessThan(2_000);
    expect(await queue.counts()).toMatchObject({ waiting: expect.any(Number) });
  });
});
