import { sha256Hex } from '../crypto/hashing';
import { canonicalJson } from '../crypto/signing';
import type { OrgKeys } from '../crypto/org-keys';
import type { Queryable } from '../db';

/** The events of contract §3 Audit (and the account events the auth service adds). */
export type AuditEvent =
  | 'register' | 'email_verified' | 'login' | 'login_failed' | 'logout' | '2fa_enabled' | '2fa_disabled'
  | 'file_uploaded' | 'file_rejected_raw_password' | 'job_created' | 'job_started' | 'job_completed' | 'job_failed'
  | 'files_deleted' | 'gdpr_check_disabled' | 'dsar_access' | 'dsar_erasure' | 'certificate_issued'
  | 'remediation_applied' | 'org_deleted' | 'credits_added' | 'invitation_created' | 'member_joined'
  | 'org_updated' | 'account_deleted' | 'session_revoked';

/**
 * One entry to append. `metadata` is flat and non-personal (ids, counts, codes): the chain keeps
 * it in clear for ever, while IP and user agent are encrypted under the org key and shredded with it.
 */
export type AuditInput = {
  orgId: string;
  event: AuditEvent;
  userId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  metadata?: Record<string, string | number | boolean | null>;
};

/** prev_hash of an org's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed fields of an entry, exactly as stored (ciphertexts, not the IP/UA themselves). */
export type ChainFields = {
  seq: number;
  orgId: string;
  event: string;
  userId: string | null;
  at: string;
  ip: string | null;
  userAgent: string | null;
  metadata: Record<string, unknown>;
};

/**
 * hash = SHA-256(prev_hash ‖ canonicalJson(entry)). `seq` and `orgId` are inside, so a row cannot
 * be moved to another position or org; the ciphertexts are inside, so crypto-shredding an org
 * leaves every hash recomputable.
 */
export function chainHash(prevHash: string, f: ChainFields): string {
  return sha256Hex(
    prevHash +
      canonicalJson({ seq: f.seq, orgId: f.orgId, event: f.event, userId: f.userId, at: f.at, ip: f.ip, userAgent: f.userAgent, metadata: f.metadata }),
  );
}

// Key space of pg_advisory_xact_lock(int, int) reserved for audit chains (the second int is the org).
const AUDIT_LOCK_CLASS = 7411;

/**
 * Appends one entry to the org's chain. Call it INSIDE the caller's `db.tx(orgId)`, so the entry
 * commits or rolls back with the action it records. A transaction-scoped advisory lock per org
 * serialises writers: under READ COMMITTED the head read after the lock sees the previous
 * writer's committed entry, so concurrent appends cannot fork the chain (and the primary key
 * (org_id, seq) would refuse a fork anyway).
 */
export async function appendAudit(q: Queryable, keys: OrgKeys, input: AuditInput): Promise<{ seq: number; hash: string }> {
  const metadata = input.metadata ?? {};
  for (const v of Object.values(metadata)) {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('appendAudit: metadata numbers must be finite');
  }
  const ip = input.ip ? await keys.encryptField(q, input.orgId, input.ip) : null;
  const userAgent = input.userAgent ? await keys.encryptField(q, input.orgId, input.userAgent) : null;

  await q.query(`select pg_advisory_xact_lock($1, hashtext($2))`, [AUDIT_LOCK_CLASS, input.orgId]);
  const head = await q.query<{ seq: number; hash: string }>(
    `select seq, hash from audit_log where org_id = $1 order by seq desc limit 1`,
    [input.orgId],
  );
  const prevHash = head.rows[0]?.hash ?? GENESIS_HASH;
  const fields: ChainFields = {
    seq: (head.rows[0]?.seq ?? 0) + 1,
    orgId: input.orgId,
    event: input.event,
    userId: input.userId ?? null,
    // Taken after the lock, so `at` never decreases along the chain. Millisecond precision
    // round-trips exactly through timestamptz, which the recomputed hash depends on.
    at: new Date().toISOString(),
    ip,
    userAgent,
    metadata,
  };
  const hash = chainHash(prevHash, fields);
  await q.query(
    `insert into audit_log (org_id, seq, at, event, user_id, ip_enc, user_agent_enc, metadata, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
    [fields.orgId, fields.seq, fields.at, fields.event, fields.userId, ip, userAgent, JSON.stringify(metadata), prevHash, hash],
  );
  return { seq: fields.seq, hash };
}
