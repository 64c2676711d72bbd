/**
 * Reading scan jobs (contract §3 `GET /jobs`, `GET /jobs/:id`). Jobs are written by the
 * processor (shared/scan); the API only reads them, always within the caller's org.
 */
import type { Database } from '../../shared/db';
import { AppError } from '../../shared/errors';
import * as repo from '../../shared/repo/files';
import type { Actor } from './context';

export function createJobsService(deps: { db: Database }) {
  const { db } = deps;
  return {
    /** The job of the caller's org, or 404 (another org's id looks exactly like an unknown one). */
    async get(actor: Actor, jobId: string): Promise<repo.JobRow> {
      const job = await db.tx(actor.orgId, (q) => repo.getJob(q, actor.orgId, jobId));
      if (!job) throw new AppError('not_found', 'no such job');
      return job;
    },

    async list(actor: Actor, status?: repo.JobStatus): Promise<repo.JobRow[]> {
      return db.tx(actor.orgId, (q) => repo.listJobs(q, actor.orgId, { status }));
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
