/**
 * Remediation (contract §3 `POST /jobs/:id/remediate`): a new file in which chosen columns of one
 * sheet are masked, dropped, hashed or tokenised (shared/gdpr/tokenize.ts), built as a stream
 * from the stored original and stored like an upload, then scanned as its own job so its report
 * shows what changed. The original stays untouched. Header rows keep their labels (a dropped
 * column goes from every row); other sheets are copied as they are.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../shared/audit/append';
import { AppError } from '../../shared/errors';
import { encodeRows } from '../../shared/gdpr/rewrite';
import { markedBatches } from '../../shared/gdpr/subject-rows';
import { remediateCell, type ColumnKind, type RemediationAction } from '../../shared/gdpr/tokenize';
import type { JobQueue } from '../../shared/jobs';
import type { Logger } from '../../shared/log';
import { encryptedObjects, objectKey, type ObjectStore } from '../../shared/objects';
import * as repo from '../../shared/repo/files';
import type { Actor, RequestMeta, ServiceDeps } from './context';

export type RemediationRequest = { actions: Record<string, RemediationAction>; sheet?: string };

export function createRemediationService(deps: ServiceDeps & { store: ObjectStore; queue: JobQueue; logger: Logger }) {
  const { db, keys, store } = deps;
  const objects = encryptedObjects(store);

  return {
    async remediate(actor: Actor, meta: RequestMeta, jobId: string, request: RemediationRequest): Promise<{ file: repo.FileRow; job: repo.JobRow }> {
      const { orgId } = actor;
      const loaded = await db.tx(orgId, async (q) => {
        const job = await repo.getJob(q, orgId, jobId);
        if (!job) throw new AppError('not_found', 'no such job');
        if (job.status !== 'completed' || !job.report) throw new AppError('conflict', `the job is ${job.status}; only a completed scan can be remediated`);
        const file = await repo.getFile(q, orgId, job.fileId);
        if (!file || file.status !== 'stored') throw new AppError('conflict', 'the scanned file is no longer stored');
        return { job, report: job.report, file, fileKey: await keys.key(q, orgId, 'files'), tokenKey: await keys.key(q, orgId, 'tokens') };
      });
      const { file, report } = loaded;
      const target = report.sheets.find((s) => s.name === (request.sheet ?? report.sheets[0]?.name));
      if (!target) throw new AppError('invalid_request', 'no such sheet in this file');
      const actions = new Map(Object.entries(request.actions).map(([k, v]) => [Number(k), v]));
      const kinds = new Map<number, ColumnKind>(target.columns.map((c) => [c.index, { category: c.category, subtype: c.subtype }]));

      async function* transformed() {
        const source = await objects.openDecrypted(orgId, file.id, loaded.fileKey);
        for await (const batch of markedBatches(source, () => false, { fileName: file.name })) {
          if (batch.sheet !== target!.name) {
            yield { sheet: batch.sheet, rows: batch.rows };
            continue;
          }
          const rows = batch.rows.map((cells, i) => {
            const header = batch.firstRow + i <= batch.headerRow;
            const out: string[] = [];
            cells.forEach((value, c) => {
              const action = actions.get(c);
              if (action === 'drop') return;
              out.push(!action || header ? value : remediateCell(loaded.tokenKey, action, value, kinds.get(c) ?? null));
            });
            return out;
          });
          yield { sheet: batch.sheet, rows };
        }
      }

      const format = file.format === 'xlsx' ? 'xlsx' : 'csv';
      const newFileId = randomUUID();
      const encoded = encodeRows(transformed(), format);
      await objects.putEncrypted(orgId, newFileId, encoded.body, loaded.fileKey);
      const { size, sha256 } = encoded.result();
      const base = file.name.replace(/\.[^.]*$/, '');
      let created: { file: repo.FileRow; job: repo.JobRow };
      try {
        created = await db.tx(orgId, async (q) => {
          const rows = await repo.insertFileAndJob(q, orgId, { fileId: newFileId, name: `${base}-remediated.${format}`.slice(-255), size, sha256, format, uploadedBy: actor.userId });
          const summary = [...actions].map(([c, a]) => `${c}:${a}`).join(',');
          await appendAudit(q, keys, {
            orgId, event: 'remediation_applied', userId: actor.userId, ...meta,
            metadata: { jobId, fileId: file.id, newFileId, newJobId: rows.job.id, sheet: target.name, actions: summary },
          });
          await appendAudit(q, keys, { orgId, event: 'job_created', userId: actor.userId, ...meta, metadata: { jobId: rows.job.id, fileId: newFileId } });
          return rows;
        });
      } catch (err) {
        await store.delete(objectKey(orgId, newFileId)).catch((e: unknown) => deps.logger.error({ err: e, fileId: newFileId }, 'object of a failed remediation not deleted'));
        throw err;
      }
      await deps.queue.enqueue({ orgId, fileId: newFileId, jobId: created.job.id }).catch((err: unknown) => {
        deps.logger.warn({ err, jobId: created.job.id }, 'enqueue of a remediated file failed; the reconciler will enqueue it');
      });
      return created;
    },
  };
}

export type RemediationService = ReturnType<typeof createRemediationService>;
