import { Router, type RequestHandler } from 'express';
import { actorOf } from '../http/auth';
import { presentMe } from '../presenters';
import type { OrgService } from '../services/org';

/** `GET /me`: the caller and the org their session acts in (contract §3 Auth). */
export function meRouter(deps: { org: OrgService; requireAuth: RequestHandler }): Router {
  const router = Router();
  router.get('/', deps.requireAuth, async (req, res) => {
    const actor = actorOf(req);
    const { user, org } = await deps.org.me(actor);
    res.json(presentMe(user, org, actor.role));
  });
  return router;
}
