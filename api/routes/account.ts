import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { actorOf, requestMeta } from '../http/auth';
import { keepContext } from '../http/request-context';
import { jsonBody, parseBody, parseQuery, str } from '../http/validate';
import type { AccountService } from '../services/account';

const DeleteMeBody = z.object({ password: str(1024).min(1) }).strict();
const NoQuery = z.object({}).strict();

/**
 * Contract §3 account-level rights for any signed-in user: `GET /gdpr/export` and `DELETE /me`.
 * Mounted at the root with authentication per route, so it never runs for other paths.
 */
export function accountRouter(deps: { account: AccountService; requireAuth: RequestHandler }): Router {
  const router = Router();

  router.get('/gdpr/export', deps.requireAuth, async (req, res) => {
    parseQuery(NoQuery, req);
    const data = await deps.account.exportOwn(actorOf(req));
    res.set('Content-Disposition', 'attachment; filename="veil-account-export.json"').json(data);
  });

  router.delete('/me', deps.requireAuth, jsonBody('4kb'), keepContext, async (req, res) => {
    const { password } = parseBody(DeleteMeBody, req);
    await deps.account.deleteOwn(actorOf(req), requestMeta(req), password);
    res.status(204).end();
  });

  return router;
}
