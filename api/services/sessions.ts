import { appendAudit } from '../../shared/audit/append';
import { randomToken, sha256Hex } from '../../shared/crypto/hashing';
import type { Queryable } from '../../shared/db';
import { AppError } from '../../shared/errors';
import * as accounts from '../../shared/repo/accounts';
import type { AccessTokens } from './access-tokens';
import type { Actor, RequestMeta, ServiceDeps } from './context';

/** Absolute session lifetime: rotation never extends a session past it (ASVS 7.3.2, 10.4.8). */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600_000;
/** A refresh token unused this long dies even inside a live session (inactivity timeout). */
export const REFRESH_IDLE_MS = 7 * 24 * 3600_000;

export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number };

export type Sessions = {
  /** Opens a session and its first refresh token inside the caller's transaction (run as the org). */
  open(q: Queryable, input: { userId: string; orgId: string }): Promise<TokenPair>;
  rotate(refreshToken: string, meta: RequestMeta): Promise<TokenPair>;
  logout(actor: Actor, meta: RequestMeta): Promise<void>;
};

type RotateOutcome = { kind: 'ok'; pair: TokenPair } | { kind: 'invalid' } | { kind: 'reuse' };

/**
 * Server-side sessions with opaque refresh tokens (256-bit, stored as SHA-256) rotated on every
 * use. The conditional UPDATE in `consumeRefreshToken` row-locks the token, so of two concurrent
 * refreshes exactly one wins; a token presented after it was used means it was copied, and the
 * whole session is revoked (ASVS 10.4.5) — the loser of a benign double refresh included, which
 * we accept: the client logs in again, a thief does not get a second chance.
 */
export function createSessions(deps: ServiceDeps & { tokens: AccessTokens; countFailure: (reason: 'invalid_token' | 'refresh_reuse') => void }): Sessions {
  const { db, keys, tokens } = deps;

  async function newRefreshToken(q: Queryable, sessionId: string, sessionExpiresAt: Date, parentId: string | null): Promise<string> {
    const token = randomToken(32);
    const expiresAt = new Date(Math.min(Date.now() + REFRESH_IDLE_MS, sessionExpiresAt.getTime()));
    await accounts.insertRefreshToken(q, { sessionId, tokenHash: sha256Hex(token), parentId, expiresAt });
    return token;
  }

  return {
    async open(q, { userId, orgId }) {
      const session = await accounts.createSession(q, { userId, orgId, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) });
      const refreshToken = await newRefreshToken(q, session.id, session.expiresAt, null);
      const { accessToken, expiresIn } = await tokens.issue({ userId, orgId, sessionId: session.id });
      return { accessToken, refreshToken, expiresIn };
    },

    async rotate(refreshToken, meta) {
      const tokenHash = sha256Hex(refreshToken);
      // The org is needed first: the reuse revocation is audited in the org's chain, in the same transaction.
      const orgId = await db.tx(null, async (q) => {
        const row = await accounts.findRefreshToken(q, tokenHash);
        if (!row) return null;
        const r = await q.query<{ org_id: string }>(`select org_id from sessions where id = $1`, [row.sessionId]);
        return r.rows[0]?.org_id ?? null;
      });
      const outcome: RotateOutcome = !orgId
        ? { kind: 'invalid' }
        : await db.tx(orgId, async (q): Promise<RotateOutcome> => {
            const used = await accounts.consumeRefreshToken(q, tokenHash);
            if (!used) {
              const known = await accounts.findRefreshToken(q, tokenHash);
              if (!known?.usedAt) return { kind: 'invalid' };
              const session = (await q.query<{ user_id: string }>(`select user_id from sessions where id = $1`, [known.sessionId])).rows[0];
              if (await accounts.revokeSession(q, known.sessionId, 'refresh_token_reuse')) {
                await appendAudit(q, keys, { orgId, event: 'session_revoked', userId: session?.user_id ?? null, ...meta, metadata: { reason: 'refresh_token_reuse' } });
              }
              return { kind: 'reuse' };
            }
            const session = await accounts.getLiveSession(q, used.sessionId);
            if (!session) return { kind: 'invalid' };
            const next = await newRefreshToken(q, session.id, session.expiresAt, used.id);
            const { accessToken, expiresIn } = await tokens.issue({ userId: session.userId, orgId: session.orgId, sessionId: session.id });
            return { kind: 'ok', pair: { accessToken, refreshToken: next, expiresIn } };
          });
      if (outcome.kind === 'ok') return outcome.pair;
      deps.countFailure(outcome.kind === 'reuse' ? 'refresh_reuse' : 'invalid_token');
      throw new AppError('invalid_token', 'the refresh token is invalid, expired or already used; log in again');
    },

    async logout(actor, meta) {
      await db.tx(actor.orgId, async (q) => {
        await accounts.revokeSession(q, actor.sessionId, 'logout');
        await appendAudit(q, keys, { orgId: actor.orgId, event: 'logout', userId: actor.userId, ...meta });
      });
    },
  };
}
