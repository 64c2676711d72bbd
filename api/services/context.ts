import type { OrgKeys } from '../../shared/crypto/org-keys';
import type { Database } from '../../shared/db';
import type { Role } from '../../shared/repo/accounts';

/** Who is calling, established by the bearer-token middleware from a live session row. */
export type Actor = { userId: string; orgId: string; role: Role; sessionId: string };

/** Request facts the audit log records (encrypted under the org key by appendAudit). */
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** What every API service needs; each factory takes this plus its own extras. */
export type ServiceDeps = { db: Database; keys: OrgKeys };

/** True for PostgreSQL's unique_violation, which both adapters surface as `code: '23505'`. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}
