import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { actorOf, requestMeta } from '../http/auth';
import { keepContext } from '../http/request-context';
import { jsonBody, parseBody, str } from '../http/validate';
import { presentUpload } from '../presenters-files';
import type { RemediationService } from '../services/remediate';

const JobParams = z.object({ id: z.uuid() }).strict();
const RemediateBody = z
  .object({
    actions: z
      .record(z.string().regex(/^(0|[1-9]\d{0,4})$/, 'column indexes are 0-based integers'), z.enum(['mask', 'drop', 'hash', 'tokenize']))
      .refine((a) => Object.keys(a).length > 0, { message: 'give at least one column action' }),
    sheet: str(255).optional(),
  })
  .strict();

/** Contract §3 `POST /jobs/:id/remediate` (any member, like an upload: it writes a new file into the org). Mounted on /jobs. */
export function remediateRouter(deps: { remediation: RemediationService; requireAuth: RequestHandler }): Router {
  const router = Router();
  router.post('/:id/remediate', deps.requireAuth, jsonBody('16kb'), keepContext, async (req, res) => {
    const parsed = JobParams.safeParse(req.params);
    if (!parsed.success) throw new AppError('not_found', 'no such job');
    const body = parseBody(RemediateBody, req);
    res.status(202).json(presentUpload(await deps.remediation.remediate(actorOf(req), requestMeta(req), parsed.data.id, body)));
  });
  return router;
}
