import type { Database } from '../db';
import type { Signer } from '../crypto/signing';
import { GENESIS_HASH } from './append';

/**
 * The chain head signed with the Ed25519 key (CloudTrail digest / CT signed tree head): an
 * auditor who keeps one can later prove nothing up to it was removed or rewritten, which the
 * hash chain alone cannot show for a truncated tail.
 */
export type SignedHead = { head: { orgId: string; seq: number; hash: string; at: string }; signature: string; keyId: string };

/** Signs the org's current head; an empty chain has seq 0 and the genesis hash. */
export async function signedHead(db: Database, signer: Signer, orgId: string): Promise<SignedHead> {
  const r = await db.tx(orgId, (q) =>
    q.query<{ seq: number; hash: string }>(`select seq, hash from audit_log where org_id = $1 order by seq desc limit 1`, [orgId]),
  );
  const head = { orgId, seq: Number(r.rows[0]?.seq ?? 0), hash: r.rows[0]?.hash ?? GENESIS_HASH, at: new Date().toISOString() };
  return { head, ...signer.sign(head) };
}
