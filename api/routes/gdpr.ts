import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { actorOf, requestMeta, requireAdmin } from '../http/auth';
import { keepContext } from '../http/request-context';
import { jsonBody, parseBody, str } from '../http/validate';
import type { DsarService } from '../services/dsar';
import type { ErasureService } from '../services/erasure';

const SubjectBody = z
  .object({ identifier: str(320).min(1), kind: z.enum(['email', 'phone', 'national_id', 'any']).optional() })
  .strict();

/** Contract §3 GDPR. Subject requests are admin-only: they read and change every file of the org. */
export function gdprRouter(deps: { dsar: DsarService; erasure: ErasureService; requireAuth: RequestHandler }): Router {
  const router = Router();
  router.use(deps.requireAuth);

  router.post('/subject-access', requireAdmin, jsonBody('4kb'), keepContext, async (req, res) => {
    const { identifier, kind } = parseBody(SubjectBody, req);
    res.json(await deps.dsar.access(actorOf(req), requestMeta(req), identifier, kind));
  });

  // Answers only once every affected file's old object is confirmed gone from storage.
  router.post('/erasure', requireAdmin, jsonBody('4kb'), keepContext, async (req, res) => {
    const { identifier, kind } = parseBody(SubjectBody, req);
    res.json(await deps.erasure.erase(actorOf(req), requestMeta(req), identifier, kind));
  });

  return router;
}
