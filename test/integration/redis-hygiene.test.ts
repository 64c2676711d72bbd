/**
 * Q10 (reliability.md §8): what the BullMQ adapter (shared/jobs/bullmq.ts) leaves in Redis and
 * checks at start-up, on a redis-server this file owns (test/support/redis.ts):
 * - the completed set stays within `removeOnComplete.count`: 20 when set, and the default 1,000
 *   after 1,050 real jobs;
 * - job data, progress, results, failures and the events stream hold ids and codes only, never a
 *   cell value (a processor error quoting one included);
 * - opening the queue on a Redis whose `maxmemory-policy` is not `noeviction` logs a warning;
 * - the worker's Redis connections (its command connection and the blocking one) have
 *   `maxRetriesPerRequest: null`. BullMQ forces that on the blocking connection only, so the
 *   adapter must pass it for the other; a Redis outage would otherwise fail the worker's commands
 *   after 20 reconnection attempts. Checked on the ioredis clients of the Worker the adapter
 *   built (recorded by wrapping bullmq's Worker class).
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Worker as BullWorker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { ScanJob, type JobQueue, type ScanProcessor } from '../../shared/jobs';
import { openBullmqQueue, type BullmqQueueOptions } from '../../shared/jobs/bullmq';
import { createMemoryEventBus } from '../../shared/jobs/in-process';
import { createLogger } from '../../shared/log';
import { startRedis, type TestRedis } from '../support/redis';

/** Every Worker the adapter constructs, so the test can look at its connections. */
const workers = vi.hoisted(() => [] as BullWorker[]);
vi.mock('bullmq', async (importOriginal) => {
  const mod = await importOriginal<typeof import('bullmq')>();
  class RecordingWorker extends mod.Worker {
    constructor(...args: ConstructorParameters<typeof mod.Worker>) {
      super(...args);
      workers.push(this as unknown as BullWorker);
    }
  }
  return { ...mod, Worker: RecordingWorker };
});

/** A value a spreadsheet cell could hold; it must never reach Redis. */
const CELL = 'anna.lindqvist@example.se';
const PREFIX = 'veil-q10';

let redis: TestRedis;
let raw: Redis;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  redis = await startRedis();
  raw = new Redis(redis.url);
});

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

afterAll(async () => {
  await raw?.quit();
  await redis?.dispose();
});

/** A logger whose lines the test can read. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

async function open(opts: Partial<BullmqQueueOptions> = {}): Promise<{ queue: JobQueue; name: string }> {
  const name = `scan-${randomUUID()}`;
  const queue = await openBullmqQueue({ url: redis.url, prefix: PREFIX, queueName: name, events: createMemoryEventBus(), concurrency: 8, ...opts });
  cleanups.push(() => queue.close({ force: true }));
  return { queue, name };
}

const newJob = (): ScanJob => ({ orgId: randomUUID(), fileId: randomUUID(), jobId: randomUUID() });

/** Enqueues `n` jobs and resolves once the processor has finished all of them. */
async function runJobs(queue: JobQueue, n: number, processor: ScanProcessor): Promise<void> {
  let finished = 0;
  await queue.start(async (job, ctx) => {
    try {
      return await processor(job, ctx);
    } finally {
      finished++;
    }
  });
  for (let i = 0; i < n; i++) await queue.enqueue(newJob());
  const deadline = Date.now() + 30_000;
  while (finished < n) {
    if (Date.now() > deadline) throw new Error(`only ${finished} of ${n} jobs ran within 30 s`);
    await sleep(50);
  }
}

/** Waits until no job is waiting, active or delayed: every finished run has been moved to completed or failed. */
async function settled(queue: JobQueue): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const c = await queue.counts();
    if (c.waiting + c.active + c.delayed + c.prioritized === 0) return;
    if (Date.now() > deadline) throw new Error(`queue not settled: ${JSON.stringify(c)}`);
    await sleep(50);
  }
}

/** Every key of the queue with its content as text (hashes, sets, lists, strings, streams). */
async function dumpQueue(name: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await raw.scan(cursor, 'MATCH', `${PREFIX}:${name}:*`, 'COUNT', 1000);
    for (const key of keys) {
      const type = await raw.type(key);
      const value =
        type === 'hash' ? await raw.hgetall(key)
        : type === 'zset' ? await raw.zrange(key, '0', '-1', 'WITHSCORES')
        : type === 'list' ? await raw.lrange(key, 0, -1)
        : type === 'set' ? await raw.smembers(key)
        : type === 'stream' ? await raw.xrange(key, '-', '+')
        : type === 'string' ? await raw.get(key)
        : `<${type}>`;
      out.set(key, JSON.stringify(value));
    }
    cursor = next;
  } while (cursor !== '0');
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const jobHashKeys = (dump: Map<string, string>, name: string) =>
  [...dump.keys()].filter((k) => k.startsWith(`${PREFIX}:${name}:`) && UUID.test(k.slice(`${PREFIX}:${name}:`.length)));

describe('Q10: Redis hygiene of the BullMQ queue', () => {
  it('Q10: the completed set stays within removeOnComplete.count (20 when set); job data, progress, results, failures and events hold ids and codes only', async () => {
    const { queue, name } = await open({ keepCompleted: 20 });
    // A cell value offered as job data is refused before it reaches Redis.
    await expect(queue.enqueue({ ...newJob(), email: CELL } as unknown as ScanJob)).rejects.toThrow();

    let n = 0;
    await runJobs(queue, 120, async (_job, ctx) => {
      const run = ++n;
      await ctx.progress({ progress: 50, rowsScanned: 7, stage: 'reading' });
      // Every tenth job fails with an error whose message quotes a cell, as a parser's might.
      if (run % 10 === 0) throw new AppError('malformed_file', `cannot read cell "${CELL}" in row 7`);
      return { status: 'completed' };
    });
    await settled(queue);

    expect(await raw.zcard(`${PREFIX}:${name}:completed`)).toBe(20);
    expect(await raw.zcard(`${PREFIX}:${name}:failed`)).toBe(12);
    const dump = await dumpQueue(name);
    // Trimmed jobs are gone with their hashes: only the 20 kept completed and the 12 failed remain.
    const jobs = jobHashKeys(dump, name);
    expect(jobs.length).toBe(32);
    for (const key of jobs) {
      const hash = JSON.parse(dump.get(key)!) as Record<string, string>;
      const data = JSON.parse(hash.data) as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(['fileId', 'jobId', 'orgId']);
      expect(Object.values(data).every((v) => typeof v === 'string' && UUID.test(v))).toBe(true);
      expect(JSON.parse(hash.progress)).toEqual({ progress: 50, rowsScanned: 7, stage: 'reading' });
      if (hash.failedReason !== undefined) expect(hash.failedReason).toBe('malformed_file');
      else expect(JSON.parse(hash.returnvalue)).toEqual({ status: 'completed' });
    }
    const leaks = [...dump].filter(([, v]) => v.includes(CELL) || v.includes('cannot read cell')).map(([k]) => k);
    expect(leaks, 'keys holding a cell value or an error message').toEqual([]);
  });

  it('Q10: after 1,050 jobs the completed set holds the default removeOnComplete.count of 1,000', async () => {
    const { queue, name } = await open();
    await runJobs(queue, 1_050, async () => ({ status: 'completed' }));
    await settled(queue);
    expect(await raw.zcard(`${PREFIX}:${name}:completed`)).toBe(1_000);
    expect(jobHashKeys(await dumpQueue(name), name).length).toBe(1_000);
  }, 60_000);

  it('Q10: start-up warns when maxmemory-policy is not noeviction, and not when it is', async () => {
    await raw.config('SET', 'maxmemory-policy', 'allkeys-lru');
    try {
      const lru = capturedLogger();
      await open({ logger: lru.logger });
      const warning = lru.lines.find((l) => /maxmemory-policy is not noeviction/.test(String(l.msg)));
      expect(warning, JSON.stringify(lru.lines)).toMatchObject({ level: 'warn', policy: 'allkeys-lru' });
    } finally {
      await raw.config('SET', 'maxmemory-policy', 'noeviction');
    }
    const ok = capturedLogger();
    await open({ logger: ok.logger });
    expect(ok.lines.filter((l) => /maxmemory/.test(String(l.msg)))).toEqual([]);
  });

  it('Q10: the worker connections have maxRetriesPerRequest null (command and blocking connection)', async () => {
    const before = workers.length;
    const { queue } = await open();
    await queue.start(async () => ({ status: 'completed' }));
    expect(workers.length).toBe(before + 1);
    const backend = workers[workers.length - 1].getBackend() as unknown as { client: Promise<Redis>; blockingClient: Promise<Redis> | undefined };
    const command = await backend.client;
    const blocking = await backend.blockingClient;
    expect(command.options.maxRetriesPerRequest).toBeNull();
    expect(blocking?.options.maxRetriesPerRequest).toBeNull();
  });
});
