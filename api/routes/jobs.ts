import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { actorOf } from '../http/auth';
import { parseQuery } from '../http/validate';
import { presentJob } from '../presenters-files';
import type { JobsService } from '../services/jobs';

const JobParams = z.object({ id: z.uuid() }).strict();
const JobsQuery = z.object({ status: z.enum(['queued', 'running', 'completed', 'failed', 'rejected']).optional() }).strict();

/** A malformed id names no job of this org: 404 like any other unknown id. */
function jobId(params: unknown): string {
  const parsed = JobParams.safeParse(params);
  if (!parsed.success) throw new AppError('not_found', 'no such job');
  return parsed.data.id;
}

/** Contract §3 `GET /jobs`, `GET /jobs/:id` (the certificate and remediation routes are another issue's). */
export function jobsRouter(deps: { jobs: JobsService; requireAuth: RequestHandler }): Router {
  const router = Router();
  router.use(deps.requireAuth);

  router.get('/', async (req, res) => {
    const { status } = parseQuery(JobsQuery, req);
    const jobs = await deps.jobs.list(actorOf(req), status);
    res.json({ jobs: jobs.map((j) => presentJob(j, { withReport: false })) });
  });

  router.get('/:id', async (req, res) => {
    res.json(presentJob(await deps.jobs.get(actorOf(req), jobId(req.params))));
  });

  return router;
}
