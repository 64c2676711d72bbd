/**
 * Data-subject erasure (contract §3 `POST /gdpr/erasure`, GDPR Art. 17). Each file holding the
 * subject is rewritten without those rows as a new encrypted object under a new file id, swapped
 * in with one transaction, and the old object is deleted and its deletion confirmed before the
 * request answers. The `erasure_rewrites` intent row (migration 0008) is written before anything
 * else, so a crash at any step leaves every file old or new and a retry finishes the job:
 * `resume` deletes new objects that never got swapped in and old objects that did.
 *
 * Erasures of one org run one at a time in this process (see `serialised`); two API processes
 * erasing in the same org at once is not yet guarded (README, remaining work).
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../shared/audit/append';
import type { Queryable } from '../../shared/db';
import { AppError } from '../../shared/errors';
import { cellMatcher, needlesOf, type IdentifierKind } from '../../shared/gdpr/identifier';
import { rewriteWithout } from '../../shared/gdpr/rewrite';
import type { JobQueue } from '../../shared/jobs';
import { encryptedObjects, objectKey } from '../../shared/objects';
import * as repo from '../../shared/repo/files';
import { recordDsar, searchSubject, type DsarDeps } from './dsar';
import type { Actor, RequestMeta } from './context';

export type ErasureResult = {
  erasedRows: number;
  files: Array<{ fileId: string; newFileId: string; rowsRemoved: number }>;
  confirmedAt: string;
  /** Files the reader could not read (damaged since upload): not searched, so not erased — a human must look. */
  skippedFiles: string[];
};

export type ErasureDeps = DsarDeps & {
  queue: JobQueue;
  /** Test seam (reliability F4): runs after the new object is written, before the swap. */
  afterNewObject?: (fileId: string) => Promise<void>;
};

type RewriteRow = { id: string; oldFileId: string; newFileId: string; state: 'writing' | 'swapped' };

export function createErasureService(deps: ErasureDeps) {
  const { db, keys, store } = deps;
  const objects = encryptedObjects(store);
  const running = new Map<string, Promise<unknown>>();

  /** One erasure per org at a time: `resume` must never mistake a running rewrite for a crashed one. */
  function serialised<T>(orgId: string, fn: () => Promise<T>): Promise<T> {
    const previous = running.get(orgId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(fn);
    running.set(orgId, next);
    void next.finally(() => {
      if (running.get(orgId) === next) running.delete(orgId);
    }).catch(() => undefined);
    return next;
  }

  /** Deletes an object and waits for the store's confirmation that no copy remains. */
  async function eraseObject(orgId: string, fileId: string): Promise<Date> {
    const key = objectKey(orgId, fileId);
    await store.delete(key);
    return store.confirmGone(key);
  }

  /** After the old object is confirmed gone: the old file's findings and reports go too (they describe erased rows). */
  async function finishOld(q: Queryable, orgId: string, rewrite: Pick<RewriteRow, 'id' | 'oldFileId'>, confirmedAt: Date) {
    await repo.confirmFileDeleted(q, orgId, rewrite.oldFileId, confirmedAt);
    await q.query(`delete from column_findings where org_id = $1 and job_id in (select id from jobs where org_id = $1 and file_id = $2)`, [orgId, rewrite.oldFileId]);
    await q.query(`update jobs set report = null where org_id = $1 and file_id = $2`, [orgId, rewrite.oldFileId]);
    await q.query(`update erasure_rewrites set state = 'done', updated_at = now() where org_id = $1 and id = $2`, [orgId, rewrite.id]);
  }

  /** Finishes whatever an interrupted erasure left: unswapped new objects go, swapped-out old objects go. */
  async function resume(orgId: string): Promise<void> {
    const open = await db.tx(orgId, async (q) =>
      (await q.query<RewriteRow>(
        `select id, old_file_id as "oldFileId", new_file_id as "newFileId", state from erasure_rewrites
          where org_id = $1 and state <> 'done' order by created_at`,
        [orgId],
      )).rows,
    );
    for (const r of open) {
      if (r.state === 'writing') {
        await eraseObject(orgId, r.newFileId);
        await db.tx(orgId, (q) => q.query(`delete from erasure_rewrites where org_id = $1 and id = $2`, [orgId, r.id]));
      } else {
        const confirmedAt = await eraseObject(orgId, r.oldFileId);
        await db.tx(orgId, (q) => finishOld(q, orgId, r, confirmedAt));
      }
    }
  }

  /** Rewrites one file without the subject's rows; answers when the old object is confirmed gone. */
  async function rewriteFile(actor: Actor, meta: RequestMeta, file: repo.FileRow, expected: number, matches: (cell: string) => boolean, key: Buffer) {
    const { orgId } = actor;
    const newFileId = randomUUID();
    const rewrite = await db.tx(orgId, async (q) =>
      (await q.query<{ id: string }>(`insert into erasure_rewrites (org_id, old_file_id, new_file_id) values ($1, $2, $3) returning id`, [orgId, file.id, newFileId])).rows[0],
    );
    const format = file.format === 'xlsx' ? 'xlsx' : 'csv';
    const out = rewriteWithout(await objects.openDecrypted(orgId, file.id, key), matches, { format: file.format, fileName: file.name });
    await objects.putEncrypted(orgId, newFileId, out.body, key);
    const written = out.result();
    // The search and the rewrite apply the same rule to the same bytes; a difference means the file changed underneath.
    if (written.removed !== expected) throw new AppError('conflict', 'the file changed during erasure; retry the request');
    await deps.afterNewObject?.(file.id);

    const job = await db.tx(orgId, async (q) => {
      const rows = await repo.insertFileAndJob(q, orgId, { fileId: newFileId, name: file.name, size: written.size, sha256: written.sha256, format, uploadedBy: file.uploadedBy });
      await repo.markFileDeleting(q, orgId, file.id, 'deleted');
      await q.query(`update erasure_rewrites set state = 'swapped', updated_at = now() where org_id = $1 and id = $2`, [orgId, rewrite.id]);
      await appendAudit(q, keys, { orgId, event: 'job_created', userId: actor.userId, ...meta, metadata: { jobId: rows.job.id, fileId: newFileId, replaces: file.id } });
      return rows.job;
    });
    const confirmedAt = await eraseObject(orgId, file.id);
    await db.tx(orgId, (q) => finishOld(q, orgId, { id: rewrite.id, oldFileId: file.id }, confirmedAt));
    // The new file's findings come from its own scan; a failed enqueue leaves a queued job the reconciler picks up.
    await deps.queue.enqueue({ orgId, fileId: newFileId, jobId: job.id }).catch((err: unknown) => {
      deps.logger.warn({ err, jobId: job.id }, 'enqueue of a rewritten file failed; the reconciler will enqueue it');
    });
    return { newFileId, rowsRemoved: written.removed, confirmedAt };
  }

  return {
    resume,
    async erase(actor: Actor, meta: RequestMeta, identifier: string, kind: IdentifierKind = 'any'): Promise<ErasureResult> {
      const needles = needlesOf(identifier, kind);
      return serialised(actor.orgId, async () => {
        await resume(actor.orgId);
        const found = await searchSubject(deps, actor.orgId, needles);
        const perFile = new Map<string, number>();
        for (const m of found.matches) perFile.set(m.fileId, (perFile.get(m.fileId) ?? 0) + 1);
        const key = await db.tx(actor.orgId, (q) => keys.key(q, actor.orgId, 'files'));
        const matches = cellMatcher(needles);
        const files: ErasureResult['files'] = [];
        let last = new Date();
        for (const file of found.files) {
          const expected = perFile.get(file.id);
          if (!expected) continue;
          const r = await rewriteFile(actor, meta, file, expected, matches, key);
          files.push({ fileId: file.id, newFileId: r.newFileId, rowsRemoved: r.rowsRemoved });
          last = r.confirmedAt;
        }
        const erasedRows = files.reduce((n, f) => n + f.rowsRemoved, 0);
        await db.tx(actor.orgId, (q) =>
          recordDsar(q, keys, actor, meta, { kind: 'erasure', needles, resultCount: erasedRows, metadata: { erasedRows, files: files.length, skippedFiles: found.skippedFiles.length } }),
        );
        return { erasedRows, files, confirmedAt: last.toISOString(), skippedFiles: found.skippedFiles };
      });
    },
  };
}

export type ErasureService = ReturnType<typeof createErasureService>;
