import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { actorOf, requestMeta, requireAdmin } from '../http/auth';
import { keepContext } from '../http/request-context';
import { jsonBody, parseBody, str } from '../http/validate';
import type { OrgDeletionService } from '../services/org-deletion';

const DeleteOrgBody = z.object({ password: str(1024).min(1) }).strict();

/**
 * Contract §3 `DELETE /org` (admin, password re-entered). Mounted on /org beside the org router,
 * only where an object store exists: deletion means every object deleted and confirmed.
 */
export function orgDeletionRouter(deps: { orgDeletion: OrgDeletionService; requireAuth: RequestHandler }): Router {
  const router = Router();
  router.delete('/', deps.requireAuth, requireAdmin, jsonBody('4kb'), keepContext, async (req, res) => {
    const { password } = parseBody(DeleteOrgBody, req);
    const confirmedAt = await deps.orgDeletion.deleteOrg(actorOf(req), requestMeta(req), password);
    res.json({ deleted: true, confirmedAt: confirmedAt.toISOString() });
  });
  return router;
}
