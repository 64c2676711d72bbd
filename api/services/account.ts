/**
 * The caller's own rights over their account (contract §3): `GET /gdpr/export` (Art. 15/20, the
 * account data as JSON) and `DELETE /me` (Art. 17). File contents belong to the organisation and
 * are answered by subject access, not here.
 */
import { decryptAuditRow, type AuditEntryDto, type AuditRow } from '../../shared/audit/verify';
import { appendAudit } from '../../shared/audit/append';
import { AppError } from '../../shared/errors';
import * as accounts from '../../shared/repo/accounts';
import type { Actor, RequestMeta, ServiceDeps } from './context';
import type { Passwords } from './passwords';

/** Audit entries about the caller included in an export; the newest first. */
const MAX_AUDIT_ENTRIES = 10_000;

export type AccountExport = {
  exportedAt: string;
  user: { id: string; email: string; createdAt: string; emailVerifiedAt: string | null; twoFactorEnabled: boolean };
  memberships: Array<{ orgId: string; orgName: string; role: string; joinedAt: string }>;
  sessions: Array<{ id: string; orgId: string; createdAt: string; lastSeenAt: string; expiresAt: string; revokedAt: string | null }>;
  /** The caller's own entries in the current org's audit log, with their IP and user agent. */
  audit: Array<Pick<AuditEntryDto, 'seq' | 'at' | 'event' | 'ip' | 'userAgent' | 'metadata'>>;
};

export function createAccountService(deps: ServiceDeps & { passwords: Passwords }) {
  const { db, keys, passwords } = deps;
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

  return {
    async exportOwn(actor: Actor): Promise<AccountExport> {
      return db.tx(actor.orgId, async (q) => {
        const user = await accounts.findUserById(q, actor.userId);
        if (!user) throw new AppError('not_found', 'no such user');
        const memberships = await accounts.membershipsOfUser(q, actor.userId);
        const sessions = await q.query<{ id: string; orgId: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null }>(
          `select id, org_id as "orgId", created_at as "createdAt", last_seen_at as "lastSeenAt", expires_at as "expiresAt", revoked_at as "revokedAt"
             from sessions where user_id = $1 order by created_at desc limit 1000`,
          [actor.userId],
        );
        const audit = await q.query<{ seq: number; at: Date; event: AuditRow['event']; ip_enc: string | null; user_agent_enc: string | null; metadata: Record<string, unknown>; prev_hash: string; hash: string }>(
          `select seq, at, event, ip_enc, user_agent_enc, metadata, prev_hash, hash from audit_log
            where org_id = $1 and user_id = $2 order by seq desc limit $3`,
          [actor.orgId, actor.userId, MAX_AUDIT_ENTRIES],
        );
        const entries = [];
        for (const r of audit.rows) {
          const d = await decryptAuditRow(q, keys, {
            seq: Number(r.seq), at: new Date(r.at).toISOString(), event: r.event, userId: actor.userId, orgId: actor.orgId,
            ipEnc: r.ip_enc, userAgentEnc: r.user_agent_enc, metadata: r.metadata, prevHash: r.prev_hash, hash: r.hash,
          });
          entries.push({ seq: d.seq, at: d.at, event: d.event, ip: d.ip, userAgent: d.userAgent, metadata: d.metadata });
        }
        return {
          exportedAt: new Date().toISOString(),
          user: { id: user.id, email: user.email, createdAt: iso(user.createdAt)!, emailVerifiedAt: iso(user.emailVerifiedAt), twoFactorEnabled: user.totpEnabled },
          memberships: memberships.map((m) => ({ orgId: m.orgId, orgName: m.orgName, role: m.role, joinedAt: iso(m.createdAt)! })),
          sessions: sessions.rows.map((s) => ({ id: s.id, orgId: s.orgId, createdAt: iso(s.createdAt)!, lastSeenAt: iso(s.lastSeenAt)!, expiresAt: iso(s.expiresAt)!, revokedAt: iso(s.revokedAt) })),
          audit: entries,
        };
      });
    },

    /**
     * Deletes the caller's account after the password is re-entered. Refused (409) while the caller
     * is the last admin of an org: the org's data would be left without anyone able to manage or
     * delete it — promote another admin or `DELETE /org` first.
     */
    async deleteOwn(actor: Actor, meta: RequestMeta, password: string): Promise<void> {
      const user = await db.tx(actor.orgId, (q) => accounts.findUserById(q, actor.userId));
      const ok = user ? await passwords.verify(password, user.passwordHash) : await passwords.verifyDummy(password);
      if (!ok) throw new AppError('invalid_credentials', 'the password is not correct');
      const memberships = await db.tx(actor.orgId, (q) => accounts.membershipsOfUser(q, actor.userId));
      for (const m of memberships.filter((x) => x.role === 'admin')) {
        const others = await db.tx(m.orgId, (q) =>
          q.query(`select 1 from memberships where org_id = $1 and role = 'admin' and user_id <> $2 limit 1`, [m.orgId, actor.userId]),
        );
        if (others.rows.length === 0) throw new AppError('conflict', 'you are the last admin of an organisation: promote another admin or delete the organisation first');
      }
      for (const m of memberships) {
        await db.tx(m.orgId, async (q) => {
          await q.query(`delete from memberships where org_id = $1 and user_id = $2`, [m.orgId, actor.userId]);
          await appendAudit(q, keys, { orgId: m.orgId, event: 'account_deleted', userId: actor.userId, ...(m.orgId === actor.orgId ? meta : {}) });
        });
      }
      await db.tx(actor.orgId, (q) => accounts.deleteUser(q, actor.userId));
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
