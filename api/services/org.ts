import { z } from 'zod';
import { appendAudit } from '../../shared/audit/append';
import { randomToken, sha256Hex } from '../../shared/crypto/hashing';
import { AppError } from '../../shared/errors';
import type { Mailer } from '../../shared/mail';
import * as accounts from '../../shared/repo/accounts';
import type { Actor, RequestMeta, ServiceDeps } from './context';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export type OrgSettingsPatch = { gdprCheckEnabled?: boolean; retentionPolicy?: accounts.RetentionPolicy };

export type OrgService = {
  me(actor: Actor): Promise<{ user: accounts.UserRow; org: accounts.OrgRow }>;
  get(actor: Actor): Promise<accounts.OrgRow>;
  update(actor: Actor, patch: OrgSettingsPatch, meta: RequestMeta): Promise<accounts.OrgRow>;
  invite(actor: Actor, input: { email: string; role: accounts.Role }, meta: RequestMeta): Promise<accounts.InvitationRow>;
};

const Email = z.email().max(254);

/**
 * The caller's organisation. Every query runs in `db.tx(actor.orgId)` with the org id in its
 * WHERE, so the org a request acts on is always the one of its session — there is no org id in
 * any route or body to tamper with. Role checks happen in the routes, before these run.
 */
export function createOrgService(deps: ServiceDeps & { mailer: Mailer }): OrgService {
  const { db, keys, mailer } = deps;

  const orgOrNotFound = (org: accounts.OrgRow | null): accounts.OrgRow => {
    if (!org) throw new AppError('not_found', 'organisation not found');
    return org;
  };

  return {
    me: (actor) =>
      db.tx(actor.orgId, async (q) => {
        const user = await accounts.findUserById(q, actor.userId);
        if (!user) throw new AppError('unauthorized', 'the account no longer exists');
        return { user, org: orgOrNotFound(await accounts.getOrg(q, actor.orgId)) };
      }),

    get: (actor) => db.tx(actor.orgId, async (q) => orgOrNotFound(await accounts.getOrg(q, actor.orgId))),

    update: (actor, patch, meta) =>
      db.tx(actor.orgId, async (q) => {
        const before = orgOrNotFound(await accounts.getOrg(q, actor.orgId));
        const after = orgOrNotFound(await accounts.updateOrgSettings(q, actor.orgId, patch));
        const changed: Record<string, string | boolean> = {};
        if (before.gdprCheckEnabled !== after.gdprCheckEnabled) changed.gdprCheckEnabled = after.gdprCheckEnabled;
        if (before.retentionPolicy !== after.retentionPolicy) changed.retentionPolicy = after.retentionPolicy;
        if (Object.keys(changed).length > 0) {
          await appendAudit(q, keys, { orgId: actor.orgId, event: 'org_updated', userId: actor.userId, ...meta, metadata: changed });
        }
        // Turning the GDPR check off is the one setting a regulator would ask about: its own event.
        if (before.gdprCheckEnabled && !after.gdprCheckEnabled) {
          await appendAudit(q, keys, { orgId: actor.orgId, event: 'gdpr_check_disabled', userId: actor.userId, ...meta });
        }
        return after;
      }),

    invite: async (actor, input, meta) => {
      const email = input.email.trim().toLowerCase();
      if (!Email.safeParse(email).success) throw new AppError('invalid_email', 'email: not a valid e-mail address');
      const token = randomToken(32);
      return db.tx(actor.orgId, async (q) => {
        const org = orgOrNotFound(await accounts.getOrg(q, actor.orgId));
        const invitation = await accounts.createInvitation(q, actor.orgId, {
          email,
          role: input.role,
          tokenHash: sha256Hex(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          invitedBy: actor.userId,
        });
        // The invitee's address stays out of the audit metadata, which is kept in clear for ever.
        await appendAudit(q, keys, { orgId: actor.orgId, event: 'invitation_created', userId: actor.userId, ...meta, metadata: { invitationId: invitation.id, role: input.role } });
        await mailer.send({
          to: email,
          subject: `You are invited to ${org.name} on Veil`,
          text: `You have been invited to join ${org.name} on Veil as ${input.role}.\nRegister at POST /auth/register with this inviteToken within 7 days:\n\n${token}\n`,
          token,
        });
        return invitation;
      });
    },
  };
}
