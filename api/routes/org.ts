import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { actorOf, requestMeta, requireAdmin } from '../http/auth';
import { parseBody, str } from '../http/validate';
import { presentInvitation, presentOrg } from '../presenters';
import type { OrgService } from '../services/org';

const PatchOrgBody = z
  .object({
    gdprCheckEnabled: z.boolean().optional(),
    retentionPolicy: z.enum(['analysis_only', 'delete_after_analysis', 'retain_30_days']).optional(),
  })
  .strict()
  .refine((b) => b.gdprCheckEnabled !== undefined || b.retentionPolicy !== undefined, { message: 'give gdprCheckEnabled and/or retentionPolicy' });
const InvitationBody = z.object({ email: str(320), role: z.enum(['admin', 'member']) }).strict();

/**
 * Contract §3 Organisation: always the caller's own org (from the session), so there is no org
 * id to guess. Admin checks come before validation and before any data is read.
 * `DELETE /org` arrives with the object-store issue.
 */
export function orgRouter(deps: { org: OrgService; requireAuth: RequestHandler }): Router {
  const { org, requireAuth } = deps;
  const router = Router();

  router.get('/', requireAuth, async (req, res) => {
    res.json(presentOrg(await org.get(actorOf(req))));
  });

  router.patch('/', requireAuth, requireAdmin, async (req, res) => {
    const patch = parseBody(PatchOrgBody, req);
    res.json(presentOrg(await org.update(actorOf(req), patch, requestMeta(req))));
  });

  router.post('/invitations', requireAuth, requireAdmin, async (req, res) => {
    const body = parseBody(InvitationBody, req);
    res.status(201).json(presentInvitation(await org.invite(actorOf(req), body, requestMeta(req))));
  });

  return router;
}
