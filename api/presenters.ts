/**
 * The contract's response shapes, written once. Handlers pass rows or DTOs through these and
 * never serialise a database row directly, so a new column cannot leak by accident.
 */
import type { AuditEntryDto } from '../shared/audit/verify';
import type { InvitationRow, OrgRow, Role, UserRow } from '../shared/repo/accounts';
import type { LoginResult } from './services/auth';
import type { TokenPair } from './services/sessions';

export function presentTokens(pair: TokenPair) {
  return { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresIn: pair.expiresIn };
}

export function presentLogin(result: LoginResult) {
  return result.mfaRequired ? { mfaRequired: true as const, mfaToken: result.mfaToken } : presentTokens(result);
}

export function presentMe(user: UserRow, org: OrgRow, role: Role) {
  return {
    user: { id: user.id, email: user.email, twoFactorEnabled: user.totpEnabled },
    org: { id: org.id, name: org.name, role },
  };
}

export function presentOrg(org: OrgRow) {
  return { id: org.id, name: org.name, gdprCheckEnabled: org.gdprCheckEnabled, retentionPolicy: org.retentionPolicy };
}

export function presentInvitation(inv: InvitationRow) {
  return { id: inv.id, email: inv.email, role: inv.role, expiresAt: inv.expiresAt.toISOString() };
}

export function presentAuditEntry(e: AuditEntryDto) {
  return {
    seq: e.seq,
    at: e.at,
    event: e.event,
    userId: e.userId,
    orgId: e.orgId,
    ip: e.ip,
    userAgent: e.userAgent,
    metadata: e.metadata,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
