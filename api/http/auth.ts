import type { Request, RequestHandler } from 'express';
import type { Database } from '../../shared/db';
import { AppError } from '../../shared/errors';
import * as accounts from '../../shared/repo/accounts';
import type { AccessTokens } from '../services/access-tokens';
import type { Actor } from '../services/context';
import type { AuthFailureReason } from './metrics';
import { tagContext } from './request-context';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by `requireAuth` from a live session; absent on public routes. */
    actor?: Actor;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{1,4096}=*)$/i;

/**
 * Bearer authentication. A valid signature is not enough: the session the token names must be
 * live in the database on every request (not revoked, not expired) and belong to the token's
 * user and org, and the role is read from the membership, not trusted from the token — so logout,
 * refresh-token reuse and a role change take effect on the next request (ASVS 7.4.1).
 */
export function requireAuth(deps: { db: Database; tokens: AccessTokens; countFailure: (reason: AuthFailureReason) => void }): RequestHandler {
  return async (req, res, next) => {
    const match = BEARER.exec(req.get('authorization') ?? '');
    if (!match) return next(new AppError('unauthorized', 'an access token is required: Authorization: Bearer <accessToken>'));
    const claims = await deps.tokens.verify(match[1]);
    const actor = claims
      ? await deps.db.tx(claims.orgId, async (q) => {
          const session = await accounts.getLiveSession(q, claims.sessionId);
          if (!session || session.userId !== claims.userId || session.orgId !== claims.orgId) return null;
          const membership = await accounts.getMembership(q, claims.orgId, claims.userId);
          return membership ? { userId: claims.userId, orgId: claims.orgId, role: membership.role, sessionId: session.id } : null;
        })
      : null;
    if (!actor) {
      deps.countFailure('bad_access_token');
      return next(new AppError('unauthorized', 'the access token is invalid, expired or its session has ended'));
    }
    req.actor = actor;
    tagContext(res, actor);
    next();
  };
}

/** Admin-only routes: a member gets 403 `forbidden` (their own org exists, so 404 would be a lie). */
export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (req.actor?.role !== 'admin') return next(new AppError('forbidden', 'this action needs the admin role'));
  next();
};

/** The authenticated caller; only call behind `requireAuth`. */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw new AppError('unauthorized', 'an access token is required');
  return req.actor;
}

/** IP and user agent for the audit log; the IP is Express's view (socket unless trust proxy says otherwise). */
export function requestMeta(req: Request): { ip: string | null; userAgent: string | null } {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 512) ?? null };
}
