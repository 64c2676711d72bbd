/**
 * The file use cases of contract §3: accept an upload (layer-2 credential check, store, rows,
 * enqueue), list, read, download and delete. Every query carries the caller's org id and runs in
 * `db.tx(orgId)`, so another org's id is simply not found (404, never 403).
 */
import { rm } from 'node:fs/promises';
import { appendAudit } from '../../shared/audit/append';
import { openDecryptedSource } from '../../shared/crypto/chunked-gcm';
import type { OrgKeys } from '../../shared/crypto/org-keys';
import type { Database } from '../../shared/db';
import { AppError } from '../../shared/errors';
import { openFileSource } from '../../shared/fs-source';
import type { JobQueue } from '../../shared/jobs';
import type { Logger } from '../../shared/log';
import { encryptedObjects, objectKey, type ObjectStore } from '../../shared/objects';
import * as repo from '../../shared/repo/files';
import type { CredentialVerdict } from '../../shared/scan/credential-check';
import { checkStoredInThread } from '../../shared/scan/scan-thread';
import { fromReadError } from '../http/errors';
import type { ReceivedFile } from '../http/upload';
import type { Actor, RequestMeta } from './context';
import { assertCredits, debitCredits } from './credits';

export type FilesDeps = { db: Database; keys: OrgKeys; store: ObjectStore; queue: JobQueue; logger: Logger };

export type Accepted = { file: repo.FileRow; job: repo.JobRow };

/** A stored file's plaintext, for the download route. */
export type Download = { file: repo.FileRow; first: Uint8Array | null; rest: AsyncIterator<Uint8Array> };

/** Statuses of a file that still has (or is meant to have) its object. */
const VISIBLE: ReadonlySet<repo.FileStatus> = new Set(['stored', 'rejected']);


/** The file use cases; `queue` only enqueues here, the worker (or the in-process queue) runs jobs. */
export function createFilesService(deps: FilesDeps) {
  const { db, keys, store, queue, logger } = deps;
  const encrypted = encryptedObjects(store);
  const fileKey = (orgId: string) => db.tx(orgId, (q) => keys.key(q, orgId, 'files'));

  /** Layer 2 of a workbook, which could only be checked once whole (its ciphertext is on disk), on a scan thread. */
  async function checkStoredFile(orgId: string, key: string, upload: ReceivedFile): Promise<CredentialVerdict> {
    const fileKeyBytes = await fileKey(orgId);
    const temp = await openFileSource(upload.tempPath);
    try {
      const plain = await openDecryptedSource(temp, fileKeyBytes, { context: key });
      return await checkStoredInThread(plain, upload.name).catch((err: unknown) => Promise.reject(fromReadError(err)));
    } finally {
      await temp.close();
    }
  }

  async function visibleFile(actor: Actor, fileId: string): Promise<repo.FileRow> {
    const file = await db.tx(actor.orgId, (q) => repo.getFile(q, actor.orgId, fileId));
    if (!file || !VISIBLE.has(file.status)) throw new AppError('not_found', 'no such file');
    return file;
  }

  /**
   * Checks, stores and records an upload, then enqueues its scan. The temp file is removed
   * whatever happens. Order matters for what a crash leaves: the object is stored before the
   * rows (a failed transaction deletes it again), the enqueue comes after the commit, and a
   * failed enqueue leaves a `queued` job the reconciler enqueues — so the upload still answers
   * 202: the file is safely accepted and will be scanned. (A queue already down when the request
   * arrives is refused with 503 before the body is read: `assertQueueReady`.)
   */
  async function accept(actor: Actor, meta: RequestMeta, upload: ReceivedFile): Promise<Accepted> {
    const { orgId } = actor;
    const key = objectKey(orgId, upload.fileId);
    let accepted: Accepted;
    try {
      const verdict = upload.credentials ?? (await checkStoredFile(orgId, key, upload));
      if (verdict.reasons.length > 0) {
        await db.tx(orgId, (q) =>
          appendAudit(q, keys, {
            orgId, event: 'file_rejected_raw_password', userId: actor.userId, ...meta,
            metadata: { stage: 'upload', columns: verdict.reasons.length },
          }),
        );
        throw new AppError('raw_passwords_detected', 'the file contains raw passwords or secrets; remove those columns and upload it again', {
          columns: verdict.reasons.map((r) => ({ sheet: r.sheet, column: r.column, header: r.header, category: r.category })),
        });
      }
      // Past the row allowance: 402 before anything is stored (U12).
      await db.tx(orgId, (q) => assertCredits(q, orgId, verdict.rows));
      // The temp file is already the object's ciphertext (sealed for this key): it becomes the object as is.
      await store.putFile(key, upload.tempPath);
      try {
        accepted = await db.tx(orgId, async (q) => {
          await debitCredits(q, orgId, verdict.rows);
          const rows = await repo.insertFileAndJob(q, orgId, {
            fileId: upload.fileId, name: upload.name, size: upload.size, sha256: upload.sha256, format: verdict.format, uploadedBy: actor.userId,
          });
          await appendAudit(q, keys, { orgId, event: 'file_uploaded', userId: actor.userId, ...meta, metadata: { fileId: upload.fileId, size: upload.size, format: verdict.format } });
          await appendAudit(q, keys, { orgId, event: 'job_created', userId: actor.userId, ...meta, metadata: { jobId: rows.job.id, fileId: upload.fileId } });
          return rows;
        });
      } catch (err) {
        await store.delete(key).catch((delErr: unknown) => logger.error({ err: delErr, fileId: upload.fileId }, 'object of a failed upload not deleted'));
        throw err;
      }
    } finally {
      await rm(upload.tempPath, { force: true });
    }
    await queue.enqueue({ orgId, fileId: accepted.file.id, jobId: accepted.job.id }).catch((err: unknown) => {
      logger.warn({ err, jobId: accepted.job.id }, 'enqueue failed after commit; the reconciler will enqueue the job');
    });
    return accepted;
  }

  return {
    accept,

    /** Fails fast (503 `service_unavailable`) before an upload is read when the queue cannot take its job. */
    async assertQueueReady(): Promise<void> {
      await queue.ping();
    },

    async list(actor: Actor): Promise<repo.FileRow[]> {
      const files = await db.tx(actor.orgId, (q) => repo.listFiles(q, actor.orgId));
      return files.filter((f) => VISIBLE.has(f.status));
    },

    get: visibleFile,

    /** The decrypted bytes; the first chunk is decrypted before any header is sent, so a bad object is a clean error. */
    async download(actor: Actor, fileId: string): Promise<Download> {
      const file = await visibleFile(actor, fileId);
      if (file.status !== 'stored') throw new AppError('not_found', 'the file was rejected and its contents deleted');
      const body = await encrypted.readDecrypted(actor.orgId, file.id, await fileKey(actor.orgId));
      const rest = body[Symbol.asyncIterator]();
      const first = await rest.next();
      return { file, first: first.done ? null : first.value, rest };
    },

    /**
     * Deletes the object, waits for the store to confirm it is gone (no object, version or open
     * upload), then marks the file deleted, drops its findings and stored reports and audits.
     * Pending deletion is recorded first, so a store that fails midway leaves a visible trace
     * for the sweep, and the caller gets 503 rather than a premature "deleted".
     */
    async remove(actor: Actor, meta: RequestMeta, fileId: string): Promise<Date> {
      const { orgId } = actor;
      const file = await visibleFile(actor, fileId);
      await db.tx(orgId, (q) => repo.markFileDeleting(q, orgId, fileId, 'deleted'));
      const key = objectKey(orgId, file.id);
      await store.delete(key);
      const confirmedAt = await store.confirmGone(key);
      await db.tx(orgId, async (q) => {
        const first = await repo.confirmFileDeleted(q, orgId, fileId, confirmedAt);
        const findings = await q.query(`delete from column_findings where org_id = $1 and job_id in (select id from jobs where org_id = $1 and file_id = $2)`, [orgId, fileId]);
        await q.query(`update jobs set report = null where org_id = $1 and file_id = $2`, [orgId, fileId]);
        if (first) {
          await appendAudit(q, keys, { orgId, event: 'files_deleted', userId: actor.userId, ...meta, metadata: { fileId, count: 1, findingsRemoved: findings.rowCount } });
        }
      });
      return confirmedAt;
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
