/**
 * The queries the auth and org services need. Identity tables (users, sessions, refresh_tokens,
 * email_tokens, backup_codes) are not tenant-scoped — login and refresh happen before an org is
 * known — so their functions take no orgId and work in `db.tx(null, …)`. Every tenant function
 * takes (q, orgId, …), puts org_id in its WHERE and also relies on RLS, so it must run inside
 * `db.tx(orgId, …)`. Secrets arrive here already hashed (sha256Hex) or encrypted; nothing in this
 * file sees a raw token, code or password.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db';

export type Role = 'admin' | 'member';
export type RetentionPolicy = 'analysis_only' | 'delete_after_analysis' | 'retain_30_days';

export type UserRow = {
  id: string; email: string; passwordHash: string; emailVerifiedAt: Date | null; totpSecretEnc: string | null;
  totpEnabled: boolean; totpLastStep: number | null; createdAt: Date; deletedAt: Date | null;
};
export type OrgRow = {
  id: string; name: string; gdprCheckEnabled: boolean; retentionPolicy: RetentionPolicy; creditsRows: number;
  createdAt: Date; deletedAt: Date | null; shredded: boolean;
};
export type MembershipRow = { orgId: string; orgName: string; userId: string; role: Role; createdAt: Date };
export type InvitationRow = { id: string; orgId: string; email: string; role: Role; expiresAt: Date; acceptedAt: Date | null; createdAt: Date };
export type SessionRow = {
  id: string; userId: string; orgId: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null; revokedReason: string | null;
};
export type RefreshTokenRow = { id: string; sessionId: string; parentId: string | null; usedAt: Date | null; expiresAt: Date; createdAt: Date };
export type EmailTokenPurpose = 'verify_email' | 'mfa';
export type EmailTokenRow = { id: string; userId: string; purpose: EmailTokenPurpose; expiresAt: Date; usedAt: Date | null; attempts: number };

const USER = `id, email, password_hash as "passwordHash", email_verified_at as "emailVerifiedAt", totp_secret_enc as "totpSecretEnc",
  totp_enabled as "totpEnabled", totp_last_step as "totpLastStep", created_at as "createdAt", deleted_at as "deletedAt"`;
const ORG = `id, name, gdpr_check_enabled as "gdprCheckEnabled", retention_policy as "retentionPolicy", credits_rows as "creditsRows",
  created_at as "createdAt", deleted_at as "deletedAt", key_salt is null as shredded`;
const SESSION = `id, user_id as "userId", org_id as "orgId", created_at as "createdAt", last_seen_at as "lastSeenAt",
  expires_at as "expiresAt", revoked_at as "revokedAt", revoked_reason as "revokedReason"`;
const REFRESH = `id, session_id as "sessionId", parent_id as "parentId", used_at as "usedAt", expires_at as "expiresAt", created_at as "createdAt"`;
const EMAIL_TOKEN = `id, user_id as "userId", purpose, expires_at as "expiresAt", used_at as "usedAt", attempts`;
const INVITATION = `id, org_id as "orgId", email, role, expires_at as "expiresAt", accepted_at as "acceptedAt", created_at as "createdAt"`;

const one = <R>(r: { rows: R[] }): R | null => r.rows[0] ?? null;

/* ── users (identity) ───────────────────────────────────────────────────────────────────── */

/** The live (not deleted) user with this e-mail, compared lower-cased. */
export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | null> {
  return one(await q.query<UserRow>(`select ${USER} from users where email = lower($1) and deleted_at is null`, [email]));
}

/** The live user with this id. */
export async function findUserById(q: Queryable, userId: string): Promise<UserRow | null> {
  return one(await q.query<UserRow>(`select ${USER} from users where id = $1 and deleted_at is null`, [userId]));
}

/** Inserts a user; a duplicate e-mail surfaces as the driver's unique violation (23505) for the service to map to email_taken. */
export async function createUser(q: Queryable, input: { email: string; passwordHash: string }): Promise<UserRow> {
  return (await q.query<UserRow>(`insert into users (email, password_hash) values (lower($1), $2) returning ${USER}`, [input.email, input.passwordHash])).rows[0];
}

/** Marks the e-mail verified (idempotent: the first time stays recorded). */
export async function markEmailVerified(q: Queryable, userId: string): Promise<void> {
  await q.query(`update users set email_verified_at = coalesce(email_verified_at, now()) where id = $1`, [userId]);
}

/** Stores a pending TOTP secret (encrypted by the caller); 2FA stays off until `enableTotp`. */
export async function setPendingTotpSecret(q: Queryable, userId: string, secretEnc: string): Promise<void> {
  await q.query(`update users set totp_secret_enc = $2 where id = $1 and not totp_enabled`, [userId, secretEnc]);
}

/** Turns 2FA on with the step of the code that proved possession (so that code cannot be replayed). */
export async function enableTotp(q: Queryable, userId: string, step: number): Promise<void> {
  await q.query(`update users set totp_enabled = true, totp_last_step = $2 where id = $1 and totp_secret_enc is not null`, [userId, step]);
}

/** Turns 2FA off, forgets the secret and deletes the backup codes. */
export async function disableTotp(q: Queryable, userId: string): Promise<void> {
  await q.query(`update users set totp_enabled = false, totp_secret_enc = null, totp_last_step = null where id = $1`, [userId]);
  await q.query(`delete from backup_codes where user_id = $1`, [userId]);
}

/** Records a TOTP step as used; false when that step (or a later one) was already used — atomic, so two racing logins cannot both use one code. */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const r = await q.query(`update users set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2) returning id`, [userId, step]);
  return r.rowCount === 1;
}

/** Soft-deletes a user, frees the e-mail address and revokes every session. */
export async function deleteUser(q: Queryable, userId: string): Promise<void> {
  await q.query(
    `update users set deleted_at = now(), email = 'deleted+' || id::text || '@invalid', password_hash = '!', totp_secret_enc = null, totp_enabled = false
      where id = $1 and deleted_at is null`,
    [userId],
  );
  await revokeUserSessions(q, userId, 'account_deleted');
}

/* ── orgs and memberships (tenant) ──────────────────────────────────────────────────────── */

/** Creates an org with a fresh random key salt and its first admin; run in `db.tx(orgId)` with a new id (newId()). */
export async function createOrgWithAdmin(q: Queryable, orgId: string, input: { name: string; userId: string }): Promise<OrgRow> {
  const org = (await q.query<OrgRow>(`insert into orgs (id, name, key_salt) values ($1, $2, $3) returning ${ORG}`, [orgId, input.name, randomBytes(32)])).rows[0];
  await addMembership(q, orgId, input.userId, 'admin');
  return org;
}

/** The org, or null (also for another org's id: RLS hides it). */
export async function getOrg(q: Queryable, orgId: string): Promise<OrgRow | null> {
  return one(await q.query<OrgRow>(`select ${ORG} from orgs where id = $1 and deleted_at is null`, [orgId]));
}

/** Updates the org settings given; returns the org after the update. */
export async function updateOrgSettings(
  q: Queryable,
  orgId: string,
  input: { gdprCheckEnabled?: boolean; retentionPolicy?: RetentionPolicy },
): Promise<OrgRow | null> {
  return one(
    await q.query<OrgRow>(
      `update orgs set gdpr_check_enabled = coalesce($2, gdpr_check_enabled), retention_policy = coalesce($3, retention_policy)
        where id = $1 and deleted_at is null returning ${ORG}`,
      [orgId, input.gdprCheckEnabled ?? null, input.retentionPolicy ?? null],
    ),
  );
}

/** Adds credits (rows that may be scanned); returns the new balance. */
export async function addCredits(q: Queryable, orgId: string, rows: number): Promise<number> {
  const r = await q.query<{ credits: number }>(`update orgs set credits_rows = credits_rows + $2 where id = $1 returning credits_rows as credits`, [orgId, rows]);
  return r.rows[0]?.credits ?? 0;
}

/** Deletes the org: destroys its key salt (crypto-erasure of files and audit IP/UA) and revokes its sessions; the audit chain stays verifiable. */
export async function deleteOrg(q: Queryable, orgId: string): Promise<void> {
  await q.query(`update orgs set key_salt = null, deleted_at = coalesce(deleted_at, now()) where id = $1`, [orgId]);
  await q.query(`update sessions set revoked_at = now(), revoked_reason = 'org_deleted' where org_id = $1 and revoked_at is null`, [orgId]);
}

/** Every live org the user belongs to, oldest first. Works without a tenant (login) through a SECURITY DEFINER lookup. */
export async function membershipsOfUser(q: Queryable, userId: string): Promise<MembershipRow[]> {
  return (
    await q.query<MembershipRow>(
      `select org_id as "orgId", org_name as "orgName", $1::uuid as "userId", role, created_at as "createdAt" from veil_memberships_of_user($1)`,
      [userId],
    )
  ).rows;
}

/** The user's membership in this org, or null. */
export async function getMembership(q: Queryable, orgId: string, userId: string): Promise<MembershipRow | null> {
  return one(
    await q.query<MembershipRow>(
      `select m.org_id as "orgId", o.name as "orgName", m.user_id as "userId", m.role, m.created_at as "createdAt"
         from memberships m join orgs o on o.id = m.org_id
        where m.org_id = $1 and m.user_id = $2 and o.deleted_at is null`,
      [orgId, userId],
    ),
  );
}

/** Adds a member; an existing membership is left as it is. */
export async function addMembership(q: Queryable, orgId: string, userId: string, role: Role): Promise<void> {
  await q.query(`insert into memberships (org_id, user_id, role) values ($1, $2, $3) on conflict (org_id, user_id) do nothing`, [orgId, userId, role]);
}

/* ── invitations (tenant; looked up by token before the org is known) ──────────────────── */

/** Stores an invitation with the SHA-256 of its token. */
export async function createInvitation(
  q: Queryable,
  orgId: string,
  input: { email: string; role: Role; tokenHash: string; expiresAt: Date; invitedBy: string | null },
): Promise<InvitationRow> {
  return (
    await q.query<InvitationRow>(
      `insert into invitations (org_id, email, role, token_hash, expires_at, invited_by) values ($1, lower($2), $3, $4, $5, $6) returning ${INVITATION}`,
      [orgId, input.email, input.role, input.tokenHash, input.expiresAt, input.invitedBy],
    )
  ).rows[0];
}

/** The invitation with this token hash in any org (register with inviteToken), via a SECURITY DEFINER lookup. */
export async function findInvitationByTokenHash(q: Queryable, tokenHash: string): Promise<InvitationRow | null> {
  return one(await q.query<InvitationRow>(`select ${INVITATION} from veil_invitation_by_token_hash($1)`, [tokenHash]));
}

/** Marks an unexpired, unaccepted invitation accepted; false when it was already used or expired (single use under races). */
export async function acceptInvitation(q: Queryable, orgId: string, invitationId: string): Promise<boolean> {
  const r = await q.query(
    `update invitations set accepted_at = now() where org_id = $1 and id = $2 and accepted_at is null and expires_at > now() returning id`,
    [orgId, invitationId],
  );
  return r.rowCount === 1;
}

/* ── sessions and refresh tokens (identity) ─────────────────────────────────────────────── */

/** Opens a server-side session with an absolute expiry. */
export async function createSession(q: Queryable, input: { userId: string; orgId: string; expiresAt: Date }): Promise<SessionRow> {
  return (await q.query<SessionRow>(`insert into sessions (user_id, org_id, expires_at) values ($1, $2, $3) returning ${SESSION}`, [input.userId, input.orgId, input.expiresAt])).rows[0];
}

/** The session if it is live (not revoked, not expired); null otherwise — what the auth middleware checks per request. */
export async function getLiveSession(q: Queryable, sessionId: string): Promise<SessionRow | null> {
  return one(await q.query<SessionRow>(`select ${SESSION} from sessions where id = $1 and revoked_at is null and expires_at > now()`, [sessionId]));
}

/** Records activity on a session. */
export async function touchSession(q: Queryable, sessionId: string): Promise<void> {
  await q.query(`update sessions set last_seen_at = now() where id = $1`, [sessionId]);
}

/** Revokes one session (logout, refresh-token reuse); false when it was already revoked. */
export async function revokeSession(q: Queryable, sessionId: string, reason: string): Promise<boolean> {
  const r = await q.query(`update sessions set revoked_at = now(), revoked_reason = $2 where id = $1 and revoked_at is null returning id`, [sessionId, reason]);
  return r.rowCount === 1;
}

/** Revokes all of a user's sessions, optionally keeping the caller's; returns how many. */
export async function revokeUserSessions(q: Queryable, userId: string, reason: string, exceptSessionId: string | null = null): Promise<number> {
  const r = await q.query(
    `update sessions set revoked_at = now(), revoked_reason = $2 where user_id = $1 and revoked_at is null and ($3::uuid is null or id <> $3)`,
    [userId, reason, exceptSessionId],
  );
  return r.rowCount;
}

/** Stores a refresh token by its SHA-256; `parentId` links the rotation chain. */
export async function insertRefreshToken(
  q: Queryable,
  input: { sessionId: string; tokenHash: string; parentId: string | null; expiresAt: Date },
): Promise<RefreshTokenRow> {
  return (
    await q.query<RefreshTokenRow>(
      `insert into refresh_tokens (session_id, token_hash, parent_id, expires_at) values ($1, $2, $3, $4) returning ${REFRESH}`,
      [input.sessionId, input.tokenHash, input.parentId, input.expiresAt],
    )
  ).rows[0];
}

/** The refresh token with this hash whatever its state, so the service can tell reuse (used_at set) from unknown. */
export async function findRefreshToken(q: Queryable, tokenHash: string): Promise<RefreshTokenRow | null> {
  return one(await q.query<RefreshTokenRow>(`select ${REFRESH} from refresh_tokens where token_hash = $1`, [tokenHash]));
}

/** Marks an unused, unexpired refresh token used; null when another request already did (conditional UPDATE: of two concurrent refreshes exactly one wins). */
export async function consumeRefreshToken(q: Queryable, tokenHash: string): Promise<RefreshTokenRow | null> {
  return one(
    await q.query<RefreshTokenRow>(
      `update refresh_tokens set used_at = now() where token_hash = $1 and used_at is null and expires_at > now() returning ${REFRESH}`,
      [tokenHash],
    ),
  );
}

/* ── e-mail verification and MFA tokens (identity) ──────────────────────────────────────── */

/** Stores a single-use token by its SHA-256. */
export async function createEmailToken(q: Queryable, input: { userId: string; purpose: EmailTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<EmailTokenRow> {
  return (
    await q.query<EmailTokenRow>(
      `insert into email_tokens (user_id, purpose, token_hash, expires_at) values ($1, $2, $3, $4) returning ${EMAIL_TOKEN}`,
      [input.userId, input.purpose, input.tokenHash, input.expiresAt],
    )
  ).rows[0];
}

/** The unused, unexpired token of this purpose with this hash, or null. */
export async function findActiveEmailToken(q: Queryable, purpose: EmailTokenPurpose, tokenHash: string): Promise<EmailTokenRow | null> {
  return one(
    await q.query<EmailTokenRow>(
      `select ${EMAIL_TOKEN} from email_tokens where purpose = $1 and token_hash = $2 and used_at is null and expires_at > now()`,
      [purpose, tokenHash],
    ),
  );
}

/** Uses the token once; false when it was already used or expired (single use under races). */
export async function consumeEmailToken(q: Queryable, tokenId: string): Promise<boolean> {
  const r = await q.query(`update email_tokens set used_at = now() where id = $1 and used_at is null and expires_at > now() returning id`, [tokenId]);
  return r.rowCount === 1;
}

/** Counts one wrong code against the token and returns the new count, for the lock-out after N attempts. */
export async function recordEmailTokenAttempt(q: Queryable, tokenId: string): Promise<number> {
  const r = await q.query<{ attempts: number }>(`update email_tokens set attempts = attempts + 1 where id = $1 returning attempts`, [tokenId]);
  return r.rows[0]?.attempts ?? Number.MAX_SAFE_INTEGER;
}

/* ── backup codes (identity) ────────────────────────────────────────────────────────────── */

/** Replaces the user's backup codes with these SHA-256 hashes. */
export async function replaceBackupCodes(q: Queryable, userId: string, codeHashes: string[]): Promise<void> {
  await q.query(`delete from backup_codes where user_id = $1`, [userId]);
  await q.query(`insert into backup_codes (user_id, code_hash) select $1, unnest($2::text[])`, [userId, codeHashes]);
}

/** Uses a backup code once; false when unknown or already used (atomic, so a code cannot be spent twice concurrently). */
export async function useBackupCode(q: Queryable, userId: string, codeHash: string): Promise<boolean> {
  const r = await q.query(`update backup_codes set used_at = now() where user_id = $1 and code_hash = $2 and used_at is null returning id`, [userId, codeHash]);
  return r.rowCount === 1;
}
