import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { actorOf, requestMeta, requireAdmin } from '../http/auth';
import { keepContext } from '../http/request-context';
import { EmptyBody, jsonBody, parseBody } from '../http/validate';
import type { CertificatesService } from '../services/certificates';

const JobParams = z.object({ id: z.uuid() }).strict();

/**
 * Contract §3 `POST /jobs/:id/certificate` (admin). Mounted on /jobs beside the jobs router;
 * authentication is per route so requests for the other /jobs paths are not authenticated twice.
 */
export function certificatesRouter(deps: { certificates: CertificatesService; requireAuth: RequestHandler }): Router {
  const router = Router();
  router.post('/:id/certificate', deps.requireAuth, requireAdmin, jsonBody('1kb'), keepContext, async (req, res) => {
    parseBody(EmptyBody, req);
    const parsed = JobParams.safeParse(req.params);
    if (!parsed.success) throw new AppError('not_found', 'no such job');
    res.json(await deps.certificates.issue(actorOf(req), requestMeta(req), parsed.data.id));
  });
  return router;
}
