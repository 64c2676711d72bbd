/**
 * PostgreSQL, not Redis, is the source of truth for jobs. Redis without persistence (Debian's
 * default) loses every queued job on a restart (measured: 0 of 12 survived), an in-process
 * queue loses them with the process, and BullMQ can give up on a job without any failure hook
 * seeing it (too many stalls). The reconciler compares the two and repairs the queue:
 * - a job the database shows `queued`/`running` for longer than a grace period, which the queue
 *   does not know (`missing`), is enqueued again under the same id, so it runs once;
 * - one the queue has `failed` is marked failed (and audited) in the database;
 * - a file whose deletion was asked for but never confirmed is deleted and confirmed again;
 * - a file of an org with `retain_30_days` older than 30 days is deleted (retention, G4).
 * The grace period keeps it away from uploads between their commit and their enqueue.
 */
import type { OwnerAccess } from '../db';
import type { JobQueue } from '../jobs';
import { listExpiredFiles, listPendingDeletions, listStaleUnfinishedJobs } from '../repo/files';
import type { ScanDeps } from './deps';
import { deleteStoredFile, type DeletionReason } from './delete-stored-file';
import { onScanJobFailed } from './process-scan-job';

export type ReconcileDeps = Pick<ScanDeps, 'db' | 'objects' | 'orgKeys' | 'log' | 'clock'> & {
  /** Cross-tenant reads; only the ids of stale jobs and pending deletions come back. */
  owner: OwnerAccess;
  queue: JobQueue;
};

export type ReconcileOptions = {
  /** How old a job's last start (or creation) must be before the queue is asked about it. */
  graceMs?: number;
};

export type ReconcileResult = { checked: number; reenqueued: number; markedFailed: number; deletionsConfirmed: number; expiredDeleted: number; errors: number };

const DEFAULT_GRACE_MS = 60_000;
const RETENTION_MS = 30 * 24 * 3600 * 1000;

/** One sweep. Errors on single items are counted and logged; the sweep goes on. */
export async function reconcileOnce(deps: ReconcileDeps, opts: ReconcileOptions = {}): Promise<ReconcileResult> {
  const now = deps.clock.now().getTime();
  const cutoff = new Date(now - (opts.graceMs ?? DEFAULT_GRACE_MS));
  const result: ReconcileResult = { checked: 0, reenqueued: 0, markedFailed: 0, deletionsConfirmed: 0, expiredDeleted: 0, errors: 0 };
  const markFailed = onScanJobFailed(deps);

  for (const job of await listStaleUnfinishedJobs(deps.owner, cutoff)) {
    result.checked++;
    try {
      const state = await deps.queue.state(job.jobId);
      if (state === 'missing') {
        await deps.queue.enqueue({ orgId: job.orgId, fileId: job.fileId, jobId: job.jobId });
        result.reenqueued++;
        deps.log.warn({ jobId: job.jobId, orgId: job.orgId, dbStatus: job.status }, 'job unknown to the queue; re-enqueued');
      } else if (state === 'failed') {
        await markFailed({ orgId: job.orgId, fileId: job.fileId, jobId: job.jobId }, 'internal_error');
        result.markedFailed++;
        deps.log.warn({ jobId: job.jobId, orgId: job.orgId }, 'job failed in the queue without a failure hook; marked failed');
      }
    } catch (err) {
      result.errors++;
      deps.log.warn({ err, jobId: job.jobId }, 'reconcile: job not repaired');
    }
  }

  for (const file of await listPendingDeletions(deps.owner, cutoff)) {
    if (await tryDelete(deps, file, 'pending_deletion', result)) result.deletionsConfirmed++;
  }
  for (const file of await listExpiredFiles(deps.owner, new Date(now - RETENTION_MS))) {
    if (await tryDelete(deps, file, 'retention_expired', result)) result.expiredDeleted++;
  }
  return result;
}

async function tryDelete(deps: ReconcileDeps, file: { orgId: string; fileId: string }, reason: DeletionReason, result: ReconcileResult): Promise<boolean> {
  try {
    await deleteStoredFile(deps, { ...file, reason });
    return true;
  } catch (err) {
    result.errors++;
    deps.log.warn({ err, fileId: file.fileId, reason }, 'reconcile: deletion not confirmed; retried next sweep');
    return false;
  }
}

export type Reconciler = {
  /** Runs a sweep now (after the one in progress, if any). */
  runNow(): Promise<ReconcileResult>;
  /** Stops the timer and waits for a sweep in progress. Idempotent. */
  stop(): Promise<void>;
};

/** Sweeps at start and then every `intervalMs`; sweeps never overlap and a failing one is logged. */
export function startReconciler(deps: ReconcileDeps, opts: ReconcileOptions & { intervalMs?: number } = {}): Reconciler {
  let running: Promise<ReconcileResult | null> = Promise.resolve(null);
  let stopped = false;

  const sweep = () => {
    running = running.then(() => (stopped ? null : reconcileOnce(deps, opts))).catch((err) => {
      deps.log.error({ err }, 'reconcile sweep failed');
      return null;
    });
    return running;
  };
  const timer = setInterval(() => void sweep(), opts.intervalMs ?? 30_000);
  timer.unref();
  void sweep();

  return {
    async runNow() {
      const r = await sweep();
      if (!r) throw new Error('reconcile sweep did not run');
      return r;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
