import type { Database, Queryable } from '../db';
import type { OrgKeys } from '../crypto/org-keys';
import { chainHash, GENESIS_HASH, type AuditEvent } from './append';
import type { SignedHead } from './head';
import type { Signer } from '../crypto/signing';

/** An audit entry as the API presents it: IP and user agent decrypted, null once shredded. */
export type AuditEntryDto = {
  seq: number;
  at: string;
  event: AuditEvent;
  userId: string | null;
  orgId: string;
  ip: string | null;
  userAgent: string | null;
  metadata: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

/** An entry as stored: `ip`/`userAgent` are the ciphertexts the chain hashes. */
export type AuditRow = Omit<AuditEntryDto, 'ip' | 'userAgent'> & { ipEnc: string | null; userAgentEnc: string | null };

type DbRow = {
  seq: number; at: Date; event: AuditEvent; user_id: string | null; org_id: string; ip_enc: string | null;
  user_agent_enc: string | null; metadata: Record<string, unknown>; prev_hash: string; hash: string;
};

const COLUMNS = `seq, at, event, user_id, org_id, ip_enc, user_agent_enc, metadata, prev_hash, hash`;

function toRow(r: DbRow): AuditRow {
  return {
    seq: Number(r.seq), at: new Date(r.at).toISOString(), event: r.event, userId: r.user_id, orgId: r.org_id,
    ipEnc: r.ip_enc, userAgentEnc: r.user_agent_enc, metadata: r.metadata, prevHash: r.prev_hash, hash: r.hash,
  };
}

/** Decrypts a stored row's IP and user agent for presentation (null when the org was shredded). */
export async function decryptAuditRow(q: Queryable, keys: OrgKeys, row: AuditRow): Promise<AuditEntryDto> {
  const { ipEnc, userAgentEnc, ...rest } = row;
  return {
    ...rest,
    ip: ipEnc ? await keys.decryptField(q, row.orgId, ipEnc) : null,
    userAgent: userAgentEnc ? await keys.decryptField(q, row.orgId, userAgentEnc) : null,
  };
}

/**
 * Streams an org's chain in seq order, one short transaction per page, so an export of any size
 * holds neither memory nor a long transaction. Rows are raw (ciphertexts); see `decryptAuditRow`.
 */
export async function* iterateAudit(db: Database, orgId: string, pageSize = 1000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = await db.tx(orgId, (q) =>
      q.query<DbRow>(`select ${COLUMNS} from audit_log where org_id = $1 and seq > $2 order by seq limit $3`, [orgId, after, pageSize]),
    );
    for (const r of page.rows) yield toRow(r);
    if (page.rows.length < pageSize) return;
    after = Number(page.rows[page.rows.length - 1].seq);
  }
}

/** Newest first; `cursor` is the seq of the last entry of the previous page. */
export async function listAudit(
  db: Database,
  keys: OrgKeys,
  orgId: string,
  opts: { limit: number; cursor?: string; event?: string },
): Promise<{ entries: AuditEntryDto[]; nextCursor: string | null }> {
  const limit = Math.max(1, Math.min(500, Math.floor(opts.limit)));
  const before = opts.cursor && /^\d{1,15}$/.test(opts.cursor) ? Number(opts.cursor) : Number.MAX_SAFE_INTEGER;
  return db.tx(orgId, async (q) => {
    const r = await q.query<DbRow>(
      `select ${COLUMNS} from audit_log
        where org_id = $1 and seq < $2 and ($3::text is null or event = $3)
        order by seq desc limit $4`,
      [orgId, before, opts.event ?? null, limit + 1],
    );
    const rows = r.rows.slice(0, limit).map(toRow);
    const entries: AuditEntryDto[] = [];
    for (const row of rows) entries.push(await decryptAuditRow(q, keys, row));
    return { entries, nextCursor: r.rows.length > limit ? String(rows[rows.length - 1].seq) : null };
  });
}

export type VerifyResult = { ok: true; entries: number; headHash: string | null } | { ok: false; brokenAt: number; entries: number };

/**
 * Walks the chain in seq order in constant memory and reports the first seq that does not hold:
 * a gap in seq (a deleted row, even if later hashes were recomputed), a prev_hash that is not
 * the previous entry's hash, or a stored hash that does not match the recomputed one.
 * The chain alone cannot see its tail cut off; given a head signed earlier (`signedHead`), it
 * also checks that signature and that the chain still holds exactly that (seq, hash).
 */
export async function verifyAudit(db: Database, orgId: string, opts: { head?: SignedHead; signer?: Signer } = {}): Promise<VerifyResult> {
  const { head, signer } = opts;
  if (head && (!signer || head.head.orgId !== orgId || !signer.verify(head.head, head.signature, head.keyId))) {
    return { ok: false, brokenAt: head.head.seq, entries: 0 };
  }
  let expected = 1;
  let prev = GENESIS_HASH;
  let headHashSeen = head && head.head.seq === 0 ? head.head.hash === GENESIS_HASH : false;
  for await (const row of iterateAudit(db, orgId)) {
    const broken =
      row.seq !== expected ||
      row.prevHash !== prev ||
      chainHash(row.prevHash, { ...row, ip: row.ipEnc, userAgent: row.userAgentEnc }) !== row.hash ||
      (head !== undefined && row.seq === head.head.seq && row.hash !== head.head.hash);
    if (broken) return { ok: false, brokenAt: expected, entries: expected - 1 };
    if (head && row.seq === head.head.seq) headHashSeen = true;
    prev = row.hash;
    expected += 1;
  }
  const entries = expected - 1;
  // The chain ends before the signed head: its tail was removed.
  if (head && !headHashSeen) return { ok: false, brokenAt: entries + 1, entries };
  return { ok: true, entries, headHash: entries === 0 ? null : prev };
}
