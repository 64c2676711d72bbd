/**
 * The job ports: `JobQueue` runs the scan processor (BullMQ on Redis, or in-process in
 * single-process mode) and `EventBus` carries job events to every API instance (Redis pub/sub,
 * or an in-process emitter). The processor and the WebSocket layer see only these types, so the
 * same code runs in both modes; retry policy (attempts, backoff, locks) lives in the adapters.
 *
 * Job data in Redis is clear text, so a job carries ids only, and both payloads and events are
 * validated when they go in and when they come out.
 */
import { z } from 'zod';
import { AppError, type ErrorCode } from '../errors';

/** The payload of a scan job: ids only. `jobId` is our database job id and the BullMQ job id. */
export const ScanJob = z.object({ orgId: z.uuid(), fileId: z.uuid(), jobId: z.uuid() }).strict();
export type ScanJob = z.infer<typeof ScanJob>;

/** A stage name: short snake_case, so it can never carry a cell value. */
const Stage = z.string().regex(/^[a-z][a-z_]{0,31}$/);

/** What the processor reports while it runs (contract §4 `job.progress`, without the ids). */
export const JobProgress = z
  .object({ progress: z.number().min(0).max(100), rowsScanned: z.number().int().min(0), stage: Stage })
  .strict();
export type JobProgress = z.infer<typeof JobProgress>;

/** Why a file was refused (contract §2 `rejectReasons`): where the credential column is, never its values. */
export const RejectReason = z
  .object({
    sheet: z.string().max(256),
    column: z.number().int().min(0),
    header: z.string().max(256),
    category: z.enum(['password_raw', 'secret']),
  })
  .strict();
export type RejectReason = z.infer<typeof RejectReason>;

/**
 * How a job ended when it did not throw. A rejection (credentials found) is an outcome, not a
 * failure: it is never retried.
 */
export const ScanOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('completed') }).strict(),
  z.object({ status: z.literal('rejected'), reasons: z.array(RejectReason).max(1000) }).strict(),
]);
export type ScanOutcome = z.infer<typeof ScanOutcome>;

const ids = { orgId: z.uuid(), jobId: z.uuid() };

/**
 * The events of contract §4 plus the `orgId` the API needs to route them; the WebSocket layer
 * strips `orgId` before sending. `error` is an error code, never a message that could quote data.
 */
export const JobEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job.progress'), ...ids, progress: z.number().min(0).max(100), rowsScanned: z.number().int().min(0), stage: Stage }).strict(),
  z.object({ type: z.literal('job.completed'), ...ids }).strict(),
  z.object({ type: z.literal('job.failed'), ...ids, error: z.string().regex(/^[a-z_]{1,64}$/) }).strict(),
  z.object({ type: z.literal('job.rejected'), ...ids, reasons: z.array(RejectReason).max(1000) }).strict(),
]);
export type JobEvent = z.infer<typeof JobEvent>;

/** What a processor gets besides the job. */
export type JobContext = {
  /** Persists progress with the job and publishes a `job.progress` event. */
  progress(p: JobProgress): Promise<void>;
  /** 1 on the first run; a retry or a run after a crash counts up. Jobs are at-least-once: steps must be idempotent. */
  attempt: number;
  /** Aborted when the host is shutting down and will not wait for this run (`close({ force: true })`). */
  signal: AbortSignal;
};

/**
 * The scan itself. Throw an `AppError` with a permanent code (e.g. `malformed_file`) to fail
 * without retries; anything else is retried with backoff.
 */
export type ScanProcessor = (job: ScanJob, ctx: JobContext) => Promise<ScanOutcome>;

/** Called once per job that failed for good (after its last attempt, or a permanent error). */
export type FailureHook = (job: ScanJob, error: ErrorCode) => Promise<void>;

/**
 * Where the queue stands on a job. `missing` means the queue has no record of it: never enqueued,
 * trimmed after finishing, or lost with a Redis that had no persistence.
 */
export type QueuedJobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed' | 'missing';

/** Runs scan jobs. Enqueue on an adapter that cannot reach its backend throws, it never drops the job. */
export interface JobQueue {
  /** Idempotent by `job.jobId`: the same id enqueued twice runs once. `service_unavailable` when the backend is down. */
  enqueue(job: ScanJob): Promise<void>;
  /** Starts consuming with `processor`; `onFailed` marks the job failed in the database and the audit log. */
  start(processor: ScanProcessor, hooks?: { onFailed?: FailureHook }): Promise<void>;
  /**
   * Stops taking jobs, waits for running ones, releases connections. Idempotent. With `force`
   * (the shutdown timer ran out) it does not wait: running processors see `signal` abort and
   * their jobs are picked up again later (after the lock expires, on BullMQ).
   */
  close(opts?: { force?: boolean }): Promise<void>;
  /** Throws `service_unavailable` when the backend does not answer (for /ready). */
  ping(): Promise<void>;
  /** Jobs per state (waiting, active, delayed, completed, failed…), for /metrics. */
  counts(): Promise<Record<string, number>>;
  /**
   * For the reconciler, which trusts the database: a job the database shows queued or running
   * is re-enqueued when `missing`, and marked failed when `failed` (e.g. BullMQ gave up after
   * repeated stalls, which no failure hook sees).
   */
  state(jobId: string): Promise<QueuedJobState>;
}

/** Stops a subscription; `ready` resolves once events are flowing (subscribe, await ready, then read current state). */
export type Unsubscribe = (() => void) & { ready: Promise<void> };

/** Job events fanned out to every API instance. Delivery is best-effort: events are hints, the database is the state. */
export interface EventBus {
  /** Validates and publishes. */
  publish(event: JobEvent): Promise<void>;
  /** Events of one organisation, or of all (`null`), validated on receipt. */
  subscribe(orgId: string | null, handler: (event: JobEvent) => void): Unsubscribe;
  close(): Promise<void>;
}

/** Error codes worth another attempt: the backend, the store or our own code may do better next time. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(['service_unavailable', 'internal_error']);

/**
 * The code a failure is reported with (`job.failed` events, the failure hook) and whether it is
 * worth retrying. Errors that are not `AppError`s are unexpected: retried, reported `internal_error`.
 */
export function classifyFailure(err: unknown): { code: ErrorCode; retryable: boolean } {
  if (err instanceof AppError) return { code: err.code, retryable: TRANSIENT.has(err.code) };
  return { code: 'internal_error', retryable: true };
}
