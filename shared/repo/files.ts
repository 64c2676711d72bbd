/**
 * The queries of files, scan jobs and column findings. Every function takes (q, orgId, …), puts
 * org_id in its WHERE and also relies on RLS, so it must run inside `db.tx(orgId, …)`; the one
 * exception, `listStaleUnfinishedJobs`, is named for what it crosses and takes owner access.
 *
 * Jobs are at-least-once, so the writes here are idempotent: status transitions are conditional
 * (a retried or duplicated job cannot complete twice, and the caller audits only when the
 * transition happened), findings are upserted on (job_id, sheet, column_index), and deletion
 * timestamps are set once.
 */
import type { OwnerAccess, Queryable } from '../db';
import type { RetentionPolicy } from './accounts';
import type { StoredReport } from '../scan/stored-report';
import { objectKey } from '../objects';

export type FileStatus = 'stored' | 'rejected' | 'deleted';
export type JobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'rejected';

export type FileRow = {
  id: string; orgId: string; name: string; size: number; sha256: string; format: string; objectKey: string;
  status: FileStatus; uploadedBy: string | null; createdAt: Date; deletedAt: Date | null; deleteConfirmedAt: Date | null;
};
export type JobRow = {
  id: string; orgId: string; fileId: string; status: JobStatus; progress: number; rowsScanned: number; error: string | null;
  report: StoredReport | null; aiEgress: unknown; attempts: number; createdAt: Date; startedAt: Date | null; finishedAt: Date | null;
};

const FILE = `id, org_id as "orgId", name, size, sha256, format, object_key as "objectKey", status, uploaded_by as "uploadedBy",
  created_at as "createdAt", deleted_at as "deletedAt", delete_confirmed_at as "deleteConfirmedAt"`;
const JOB = `id, org_id as "orgId", file_id as "fileId", status, progress, rows_scanned as "rowsScanned", error, report,
  ai_egress as "aiEgress", attempts, created_at as "createdAt", started_at as "startedAt", finished_at as "finishedAt"`;

const one = <R>(r: { rows: R[] }): R | null => r.rows[0] ?? null;

/* ── upload ─────────────────────────────────────────────────────────────────────────────── */

export type NewUpload = { fileId: string; name: string; size: number; sha256: string; format: string; uploadedBy: string | null };

/**
 * The file row and its queued job, for the upload route. Call it in the same `db.tx(orgId)` as
 * the `file_uploaded` and `job_created` audit entries, after the encrypted object is stored
 * (the object key is derived from the ids, never from the name), and enqueue only after the
 * transaction commits: a crash before the commit leaves no row pointing at nothing, and a crash
 * after it leaves a `queued` job that the reconciler enqueues.
 */
export async function insertFileAndJob(q: Queryable, orgId: string, input: NewUpload): Promise<{ file: FileRow; job: JobRow }> {
  const file = (
    await q.query<FileRow>(
      `insert into files (id, org_id, name, size, sha256, format, object_key, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${FILE}`,
      [input.fileId, orgId, input.name, input.size, input.sha256, input.format, objectKey(orgId, input.fileId), input.uploadedBy],
    )
  ).rows[0];
  const job = (await q.query<JobRow>(`insert into jobs (org_id, file_id) values ($1, $2) returning ${JOB}`, [orgId, file.id])).rows[0];
  return { file, job };
}

/* ── reads ──────────────────────────────────────────────────────────────────────────────── */

/** The file, or null (also for another org's id). */
export async function getFile(q: Queryable, orgId: string, fileId: string): Promise<FileRow | null> {
  return one(await q.query<FileRow>(`select ${FILE} from files where org_id = $1 and id = $2`, [orgId, fileId]));
}

/** The org's files, newest first (contract `GET /files`). */
export async function listFiles(q: Queryable, orgId: string, opts: { limit?: number } = {}): Promise<FileRow[]> {
  return (await q.query<FileRow>(`select ${FILE} from files where org_id = $1 order by created_at desc, id limit $2`, [orgId, opts.limit ?? 500])).rows;
}

/** The job, or null (also for another org's id). */
export async function getJob(q: Queryable, orgId: string, jobId: string): Promise<JobRow | null> {
  return one(await q.query<JobRow>(`select ${JOB} from jobs where org_id = $1 and id = $2`, [orgId, jobId]));
}

/** The org's jobs, newest first, optionally of one status (contract `GET /jobs?status=`). */
export async function listJobs(q: Queryable, orgId: string, opts: { status?: JobStatus; limit?: number } = {}): Promise<JobRow[]> {
  return (
    await q.query<JobRow>(
      `select ${JOB} from jobs where org_id = $1 and ($2::text is null or status = $2) order by created_at desc, id limit $3`,
      [orgId, opts.status ?? null, opts.limit ?? 500],
    )
  ).rows;
}

export type ScanSettings = { gdprCheckEnabled: boolean; retentionPolicy: RetentionPolicy };

/** What the processor needs to know about the org: whether to classify PII and what to keep. */
export async function getScanSettings(q: Queryable, orgId: string): Promise<ScanSettings | null> {
  return one(
    await q.query<ScanSettings>(
      `select gdpr_check_enabled as "gdprCheckEnabled", retention_policy as "retentionPolicy" from orgs where id = $1 and deleted_at is null`,
      [orgId],
    ),
  );
}

/* ── job transitions ────────────────────────────────────────────────────────────────────── */

/**
 * Moves a queued (or re-delivered running) job to `running` and counts the attempt. `firstStart`
 * is true only the first time the job ever started, so `job_started` is audited once however
 * often the job is re-run. A job in any other status is returned unchanged: the caller decides.
 */
export async function startJob(q: Queryable, orgId: string, jobId: string): Promise<{ job: JobRow; firstStart: boolean } | null> {
  const before = one(await q.query<{ startedAt: Date | null }>(`select started_at as "startedAt" from jobs where org_id = $1 and id = $2 for update`, [orgId, jobId]));
  if (!before) return null;
  const updated = one(
    await q.query<JobRow>(
      `update jobs set status = 'running', started_at = coalesce(started_at, now()), attempts = attempts + 1
        where org_id = $1 and id = $2 and status in ('queued', 'running') returning ${JOB}`,
      [orgId, jobId],
    ),
  );
  if (updated) return { job: updated, firstStart: before.startedAt === null };
  return { job: (await getJob(q, orgId, jobId))!, firstStart: false };
}

/** Progress of a running job, never backwards (events are hints; this is what a late subscriber reads). */
export async function saveJobProgress(q: Queryable, orgId: string, jobId: string, p: { progress: number; rowsScanned: number }): Promise<void> {
  await q.query(
    `update jobs set progress = greatest(progress, $3), rows_scanned = greatest(rows_scanned, $4)
      where org_id = $1 and id = $2 and status = 'running'`,
    [orgId, jobId, p.progress, p.rowsScanned],
  );
}

/**
 * Keeps the credential verdict on a job that is still running, before the object is deleted: a
 * retry after a failed deletion then finishes the rejection instead of scanning an object that
 * may already be gone.
 */
export async function recordRejectionVerdict(q: Queryable, orgId: string, jobId: string, report: StoredReport): Promise<void> {
  await q.query(`update jobs set report = $3 where org_id = $1 and id = $2 and status = 'running'`, [orgId, jobId, JSON.stringify(report)]);
}

/** running → completed with the report and the AI egress ledger; false when the job was not running (already done). */
export async function completeJob(
  q: Queryable,
  orgId: string,
  jobId: string,
  input: { report: StoredReport; aiEgress: unknown; rowsScanned: number },
): Promise<boolean> {
  const r = await q.query(
    `update jobs set status = 'completed', progress = 100, rows_scanned = $3, report = $4, ai_egress = $5, error = null, finished_at = now()
      where org_id = $1 and id = $2 and status = 'running' returning id`,
    [orgId, jobId, input.rowsScanned, JSON.stringify(input.report), input.aiEgress === null ? null : JSON.stringify(input.aiEgress)],
  );
  return r.rowCount === 1;
}

/** running → rejected (credentials found, object deletion confirmed); false when already done. */
export async function rejectJob(q: Queryable, orgId: string, jobId: string): Promise<boolean> {
  const r = await q.query(
    `update jobs set status = 'rejected', error = 'raw_passwords_detected', finished_at = now()
      where org_id = $1 and id = $2 and status = 'running' returning id`,
    [orgId, jobId],
  );
  return r.rowCount === 1;
}

/** queued/running → failed with an error code (never a message); false when the job had already ended. */
export async function failJob(q: Queryable, orgId: string, jobId: string, code: string): Promise<boolean> {
  const r = await q.query(
    `update jobs set status = 'failed', error = $3, finished_at = now()
      where org_id = $1 and id = $2 and status in ('queued', 'running') returning id`,
    [orgId, jobId, code],
  );
  return r.rowCount === 1;
}

/* ── findings ───────────────────────────────────────────────────────────────────────────── */

/** Every column of the report as a finding row; a re-run writes the same rows over themselves. */
export async function upsertFindings(q: Queryable, orgId: string, jobId: string, report: StoredReport): Promise<number> {
  const rows = report.sheets.flatMap((sheet) =>
    sheet.columns.map((c) => ({
      sheet: sheet.name, column_index: c.index, header: c.header, category: c.category, subtype: c.subtype,
      confidence: c.confidence, special_category: c.specialCategory, gdpr_article: c.gdprArticle, risk_level: c.riskLevel,
      matches: c.matches, non_empty: c.nonEmpty, evidence: c.evidence, masked_samples: c.maskedSamples, ai: c.ai ?? null,
    })),
  );
  if (rows.length === 0) return 0;
  await q.query(
    `insert into column_findings (org_id, job_id, sheet, column_index, header, category, subtype, confidence, special_category,
                                  gdpr_article, risk_level, matches, non_empty, evidence, masked_samples, ai)
     select $1, $2, r.sheet, r.column_index, r.header, r.category, r.subtype, r.confidence, r.special_category,
            r.gdpr_article, r.risk_level, r.matches, r.non_empty, r.evidence, r.masked_samples, r.ai
       from jsonb_to_recordset($3::jsonb) as r(sheet text, column_index int, header text, category text, subtype text,
            confidence real, special_category boolean, gdpr_article text, risk_level text, matches bigint, non_empty bigint,
            evidence jsonb, masked_samples jsonb, ai jsonb)
     on conflict (job_id, sheet, column_index) do update set
       header = excluded.header, category = excluded.category, subtype = excluded.subtype, confidence = excluded.confidence,
       special_category = excluded.special_category, gdpr_article = excluded.gdpr_article, risk_level = excluded.risk_level,
       matches = excluded.matches, non_empty = excluded.non_empty, evidence = excluded.evidence,
       masked_samples = excluded.masked_samples, ai = excluded.ai`,
    [orgId, jobId, JSON.stringify(rows)],
  );
  return rows.length;
}

export type FindingRow = {
  sheet: string; columnIndex: number; header: string; category: string; subtype: string | null; confidence: number;
  specialCategory: boolean; gdprArticle: string | null; riskLevel: string | null; matches: number; nonEmpty: number;
  evidence: string[]; maskedSamples: string[]; ai: { label: string; rationale: string; model: string } | null;
};

/** The job's findings in sheet/column order. */
export async function listFindings(q: Queryable, orgId: string, jobId: string): Promise<FindingRow[]> {
  return (
    await q.query<FindingRow>(
      `select sheet, column_index as "columnIndex", header, category, subtype, confidence, special_category as "specialCategory",
              gdpr_article as "gdprArticle", risk_level as "riskLevel", matches, non_empty as "nonEmpty", evidence,
              masked_samples as "maskedSamples", ai
         from column_findings where org_id = $1 and job_id = $2 order by sheet, column_index`,
      [orgId, jobId],
    )
  ).rows;
}

/* ── file deletion ──────────────────────────────────────────────────────────────────────── */

/**
 * Records that the file's object is to be deleted (`deleted_at`), with its new status, before the
 * store is asked: a file with `deleted_at` and no `delete_confirmed_at` is pending deletion, and
 * stays visibly so if the store never confirms. A rejection is never downgraded to `deleted`.
 */
export async function markFileDeleting(q: Queryable, orgId: string, fileId: string, status: 'rejected' | 'deleted'): Promise<void> {
  await q.query(
    `update files set status = case when status = 'rejected' then status else $3 end, deleted_at = coalesce(deleted_at, now())
      where org_id = $1 and id = $2`,
    [orgId, fileId, status],
  );
}

/** Sets `delete_confirmed_at` once; true only for the call that set it (the one that audits). */
export async function confirmFileDeleted(q: Queryable, orgId: string, fileId: string, confirmedAt: Date): Promise<boolean> {
  const r = await q.query(
    `update files set delete_confirmed_at = $3, deleted_at = coalesce(deleted_at, $3)
      where org_id = $1 and id = $2 and delete_confirmed_at is null returning id`,
    [orgId, fileId, confirmedAt],
  );
  return r.rowCount === 1;
}

/* ── reconciliation (crosses tenants) ───────────────────────────────────────────────────── */

export type UnfinishedJob = { orgId: string; jobId: string; fileId: string; status: 'queued' | 'running' };

/**
 * Jobs the database shows queued or running whose last sign of life (start, or creation) is
 * older than `olderThan`, across every org, oldest first. The reconciler is the one reader that
 * must cross tenants, so this takes owner access, which the worker's composition root holds and
 * request handlers never do. Ids only come back: each job is then handled in its own
 * `db.tx(orgId)`. (The owner must bypass RLS, as migration 0007 already requires.)
 */
export async function listStaleUnfinishedJobs(owner: OwnerAccess, olderThan: Date, limit = 500): Promise<UnfinishedJob[]> {
  return owner.ownerTx(async (q) =>
    (
      await q.query<UnfinishedJob>(
        `select org_id as "orgId", id as "jobId", file_id as "fileId", status from jobs
          where status in ('queued', 'running') and coalesce(started_at, created_at) < $1
          order by created_at limit $2`,
        [olderThan, limit],
      )
    ).rows,
  );
}

/** Files whose deletion was asked for and never confirmed (a store that failed mid-deletion), across orgs. */
export async function listPendingDeletions(owner: OwnerAccess, olderThan: Date, limit = 500): Promise<Array<{ orgId: string; fileId: string }>> {
  return owner.ownerTx(async (q) =>
    (
      await q.query<{ orgId: string; fileId: string }>(
        `select org_id as "orgId", id as "fileId" from files
          where deleted_at is not null and delete_confirmed_at is null and deleted_at < $1
          order by deleted_at limit $2`,
        [olderThan, limit],
      )
    ).rows,
  );
}

/**
 * Stored files of orgs with `retain_30_days` uploaded before `createdBefore` (now minus 30
 * days), across orgs, for the retention sweep.
 */
export async function listExpiredFiles(owner: OwnerAccess, createdBefore: Date, limit = 500): Promise<Array<{ orgId: string; fileId: string }>> {
  return owner.ownerTx(async (q) =>
    (
      await q.query<{ orgId: string; fileId: string }>(
        `select f.org_id as "orgId", f.id as "fileId" from files f join orgs o on o.id = f.org_id
          where o.retention_policy = 'retain_30_days' and f.deleted_at is null and f.created_at < $1
          order by f.created_at limit $2`,
        [createdBefore, limit],
      )
    ).rows,
  );
}
