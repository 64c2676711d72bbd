/**
 * Deleting a file's object the way the contract means it: the database first records that the
 * deletion was asked for (so a store that never confirms leaves a visible "pending deletion"),
 * then the store deletes and confirms — a read answers not-found, and on S3 no version and no
 * open multipart upload remain — and only then is `delete_confirmed_at` set and audited, once.
 * Every step is idempotent, so a retry, the reconciler's sweep or a second request finishes
 * what a crash interrupted.
 */
import { appendAudit } from '../audit/append';
import { AppError } from '../errors';
import { objectKey } from '../objects';
import { confirmFileDeleted, getFile, markFileDeleting } from '../repo/files';
import type { ScanDeps } from './deps';

export type DeletionReason = 'delete_after_analysis' | 'user_request' | 'retention_expired' | 'pending_deletion';

/**
 * Deletes the object and confirms it is gone; throws `service_unavailable` (retryable) when the
 * store cannot confirm, after logging it as an alert: a credential file that will not go away
 * needs a human.
 */
export async function eraseObject(deps: Pick<ScanDeps, 'objects' | 'log'>, orgId: string, fileId: string): Promise<Date> {
  const key = objectKey(orgId, fileId);
  try {
    await deps.objects.delete(key);
    return await deps.objects.confirmGone(key);
  } catch (err) {
    deps.log.error({ err, orgId, fileId, alert: 'deletion_unconfirmed' }, 'object deletion not confirmed; the file stays pending deletion');
    throw err instanceof AppError ? err : new AppError('service_unavailable', 'the object store did not confirm the deletion', undefined, { cause: err });
  }
}

/**
 * Deletes a stored file for good and audits `files_deleted` once; answers the confirmation time
 * (an earlier confirmation when it was already deleted). For `DELETE /files/:id`, retention and
 * the reconciler's sweep of pending deletions. `not_found` for a file the org does not have.
 */
export async function deleteStoredFile(
  deps: Pick<ScanDeps, 'db' | 'objects' | 'orgKeys' | 'log'>,
  input: { orgId: string; fileId: string; reason: DeletionReason; userId?: string | null; jobId?: string },
): Promise<{ confirmedAt: Date }> {
  const { orgId, fileId } = input;
  const file = await deps.db.tx(orgId, async (q) => {
    const f = await getFile(q, orgId, fileId);
    if (f && !f.deleteConfirmedAt) await markFileDeleting(q, orgId, fileId, 'deleted');
    return f;
  });
  if (!file) throw new AppError('not_found', 'file not found');
  if (file.deleteConfirmedAt) return { confirmedAt: file.deleteConfirmedAt };
  const confirmedAt = await eraseObject(deps, orgId, fileId);
  await deps.db.tx(orgId, async (q) => {
    if (!(await confirmFileDeleted(q, orgId, fileId, confirmedAt))) return;
    await appendAudit(q, deps.orgKeys, {
      orgId,
      event: 'files_deleted',
      userId: input.userId ?? null,
      metadata: { fileId, reason: input.reason, confirmedAt: confirmedAt.toISOString(), ...(input.jobId ? { jobId: input.jobId } : {}) },
    });
  });
  return { confirmedAt };
}
