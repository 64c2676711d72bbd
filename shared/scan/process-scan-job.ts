/**
 * The scan job: the one function both the BullMQ worker and single-process mode run.
 *
 *   start (conditional; `job_started` audited the first time only)
 *   → layer 3: decrypt and scan every cell of the stored file (on a worker thread, scan-thread.ts)
 *   → credentials found: keep the verdict, delete the object, confirm it is gone, `rejected`
 *   → otherwise: classify (local; Gemini on masked samples when configured and the org's check
 *     is on), save report + findings, `completed` and `job_completed` in one transaction
 *   → retention: `delete_after_analysis` deletes and confirms.
 *
 * Delivery is at-least-once (a stalled lock, a crash, a reconciler re-enqueue), so each step is
 * safe to run again: transitions are conditional and the audit entry rides on the transition
 * that happened, findings are upserted, and a re-run of a finished job only completes what the
 * previous run left undone (a deletion the store had not yet confirmed). Nothing is published
 * from here: the queue adapters turn progress and the returned outcome into events.
 */
import { appendAudit } from '../audit/append';
import { DecryptError } from '../crypto/chunked-gcm';
import type { Report } from '../detect';
import { AppError } from '../errors';
import type { JobContext, RejectReason, ScanJob, ScanOutcome } from '../jobs';
import { encryptedObjects } from '../objects';
import { ReadError } from '../read';
import {
  completeJob, failJob, getFile, getScanSettings, rejectJob, recordRejectionVerdict, markFileDeleting, confirmFileDeleted,
  saveJobProgress, startJob, upsertFindings, type FileRow,
} from '../repo/files';
import { classifyReport } from './classify-report';
import type { ScanDeps } from './deps';
import { deleteStoredFile, eraseObject } from './delete-stored-file';
import { createProgressReporter } from './progress';
import { scanInThread } from './scan-thread';
import { rejectionReport } from './stored-report';

/** Share of the bar the cell scan covers; classification and saving take the rest. */
const SCAN_SHARE = 95;

/** Runs one delivery of a scan job. See the module comment for the order and the guarantees. */
export async function processScanJob(deps: ScanDeps, job: ScanJob, ctx: JobContext): Promise<ScanOutcome> {
  const { orgId, jobId, fileId } = job;
  const log = deps.log.child({ jobId, orgId, attempt: ctx.attempt });

  const started = await deps.db.tx(orgId, async (q) => {
    const s = await startJob(q, orgId, jobId);
    if (!s || s.job.fileId !== fileId) return null;
    const file = await getFile(q, orgId, fileId);
    const settings = await getScanSettings(q, orgId);
    if (!file || !settings) return null;
    if (s.firstStart) await appendAudit(q, deps.orgKeys, { orgId, event: 'job_started', metadata: { jobId, fileId } });
    return { ...s, file, settings };
  });
  if (!started) throw new AppError('not_found', 'the job or its file no longer exists');
  const { job: row, file, settings } = started;

  switch (row.status) {
    case 'completed':
      await applyRetention(deps, job, settings.retentionPolicy, file);
      return { status: 'completed' };
    case 'rejected':
      return { status: 'rejected', reasons: row.report?.rejectReasons ?? [] };
    case 'failed':
      throw new AppError('conflict', 'the job has already failed');
    default:
      break;
  }
  // A verdict kept by an earlier run whose deletion was not confirmed: finish the rejection.
  if (file.status === 'rejected' && row.report?.rejected) return finishRejection(deps, job, row.report.rejectReasons);
  if (file.status !== 'stored' || file.deletedAt) throw new AppError('not_found', 'the file was deleted before it was scanned');

  const progress = createProgressReporter({
    ctx,
    floor: row.progress,
    log,
    save: (p) => deps.db.tx(orgId, (q) => saveJobProgress(q, orgId, jobId, p)),
  });
  let report: Report;
  let classified: Awaited<ReturnType<typeof classifyReport>>;
  try {
    report = await scanStoredFile(deps, file, ctx, (read, total, rows) => progress.note(total > 0 ? (read / total) * SCAN_SHARE : 0, rows, 'scanning'));
    if (report.rejected) {
      await deps.db.tx(orgId, async (q) => {
        await recordRejectionVerdict(q, orgId, jobId, rejectionReport(report));
        await markFileDeleting(q, orgId, fileId, 'rejected');
      });
      log.warn({ columns: report.rejectReasons.length }, 'credentials found; deleting the file');
      return await finishRejection(deps, job, report.rejectReasons);
    }
    await progress.flush(SCAN_SHARE + 1, report.stats.rows, 'classifying');
    classified = await classifyReport(deps, report, { gdprCheckEnabled: settings.gdprCheckEnabled, signal: ctx.signal });
    await progress.flush(99, report.stats.rows, 'saving');
  } finally {
    await progress.stop();
  }
  const { stored, aiEgress } = classified;
  const rowsScanned = report.stats.rows;

  await deps.db.tx(orgId, async (q) => {
    // The transition guards the audit entry: a duplicate run finds the job completed and writes nothing.
    if (!(await completeJob(q, orgId, jobId, { report: stored, aiEgress, rowsScanned }))) return;
    const columns = await upsertFindings(q, orgId, jobId, stored);
    await appendAudit(q, deps.orgKeys, {
      orgId,
      event: 'job_completed',
      metadata: { jobId, fileId, rows: rowsScanned, columns, piiClassification: stored.analysis.piiClassification, ai: stored.analysis.ai },
    });
  });
  await applyRetention(deps, job, settings.retentionPolicy, file);
  return { status: 'completed' };
}

/** Decrypts the stored object and scans every cell; reader and decryption failures become typed errors. */
async function scanStoredFile(
  deps: ScanDeps,
  file: FileRow,
  ctx: JobContext,
  onProgress: (read: number, total: number, rows: number) => void,
): Promise<Report> {
  const key = await deps.db.tx(file.orgId, (q) => deps.orgKeys.key(q, file.orgId, 'files'));
  const source = await encryptedObjects(deps.objects).openDecrypted(file.orgId, file.id, key);
  try {
    return await scanInThread(source, { fileName: file.name, onProgress, signal: ctx.signal });
  } catch (err) {
    // Reader messages are one line and never quote cells; the code decides whether to retry.
    if (err instanceof ReadError) throw new AppError(err.code, err.message, undefined, { cause: err });
    if (err instanceof DecryptError) throw new AppError('internal_error', `the stored file does not decrypt (${err.reason})`, undefined, { cause: err });
    throw err;
  }
}

/**
 * Deletes the object of a rejected file, confirms it is gone, then marks the job `rejected` and
 * audits `file_rejected_raw_password` once. Until the store confirms, it throws a retryable
 * error: the job is never reported rejected with the file still there.
 */
async function finishRejection(deps: ScanDeps, job: ScanJob, reasons: RejectReason[]): Promise<ScanOutcome> {
  const { orgId, jobId, fileId } = job;
  const confirmedAt = await eraseObject(deps, orgId, fileId);
  await deps.db.tx(orgId, async (q) => {
    await confirmFileDeleted(q, orgId, fileId, confirmedAt);
    if (!(await rejectJob(q, orgId, jobId))) return;
    await appendAudit(q, deps.orgKeys, {
      orgId,
      event: 'file_rejected_raw_password',
      metadata: { jobId, fileId, columns: reasons.length, categories: [...new Set(reasons.map((r) => r.category))].sort().join(','), confirmedAt: confirmedAt.toISOString() },
    });
  });
  return { status: 'rejected', reasons };
}

async function applyRetention(deps: ScanDeps, job: ScanJob, policy: string, file: FileRow): Promise<void> {
  if (policy !== 'delete_after_analysis' || file.deleteConfirmedAt) return;
  await deleteStoredFile(deps, { orgId: job.orgId, fileId: job.fileId, reason: 'delete_after_analysis', jobId: job.jobId });
}

/**
 * The queue's failure hook: marks a job `failed` after its last attempt (or a permanent error)
 * and audits `job_failed` once; a job that already ended (completed, rejected) is left alone.
 */
export function onScanJobFailed(deps: Pick<ScanDeps, 'db' | 'orgKeys'>) {
  return async (job: ScanJob, code: string): Promise<void> => {
    await deps.db.tx(job.orgId, async (q) => {
      if (!(await failJob(q, job.orgId, job.jobId, code))) return;
      await appendAudit(q, deps.orgKeys, { orgId: job.orgId, event: 'job_failed', metadata: { jobId: job.jobId, fileId: job.fileId, code } });
    });
  };
}
