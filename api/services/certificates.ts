/**
 * Issuing scan certificates (contract §3 `POST /jobs/:id/certificate`). The statement is built
 * from the stored job and file rows, signed with the platform's current Ed25519 key, and audited
 * in the same transaction as the reads, so an issued certificate always has its audit entry.
 */
import { appendAudit } from '../../shared/audit/append';
import type { Signer } from '../../shared/crypto/signing';
import { AppError } from '../../shared/errors';
import { certificateColumns, type Certificate, type SignedCertificate } from '../../shared/gdpr/certificate';
import * as repo from '../../shared/repo/files';
import type { Actor, RequestMeta, ServiceDeps } from './context';

export function createCertificatesService(deps: ServiceDeps & { signer: Signer; now?: () => Date }) {
  const { db, keys, signer } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    /** 404 for an unknown or foreign job; 409 until the job completed (a rejected or failed scan certifies nothing). */
    async issue(actor: Actor, meta: RequestMeta, jobId: string): Promise<SignedCertificate> {
      return db.tx(actor.orgId, async (q) => {
        const job = await repo.getJob(q, actor.orgId, jobId);
        if (!job) throw new AppError('not_found', 'no such job');
        if (job.status !== 'completed' || !job.report || !job.finishedAt) {
          throw new AppError('conflict', `the job is ${job.status}; only a completed scan can be certified`);
        }
        const file = await repo.getFile(q, actor.orgId, job.fileId);
        if (!file) throw new AppError('not_found', 'no such job');
        const certificate: Certificate = {
          version: 1,
          orgId: actor.orgId,
          fileId: file.id,
          fileName: file.name,
          sha256: file.sha256,
          jobId: job.id,
          scannedAt: job.finishedAt.toISOString(),
          issuedAt: now().toISOString(),
          columns: certificateColumns(job.report),
        };
        const { signature, keyId } = signer.sign(certificate);
        await appendAudit(q, keys, {
          orgId: actor.orgId, event: 'certificate_issued', userId: actor.userId, ...meta,
          metadata: { jobId: job.id, fileId: file.id, keyId },
        });
        return { certificate, signature, keyId };
      });
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
