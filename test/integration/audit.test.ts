/**
 * L3–L6: the audit log is append-only in the database, its hash chain reveals tampering at the
 * exact entry, concurrent writers cannot fork it, and crypto-shredding leaves it verifiable.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, chainHash, GENESIS_HASH, type AuditInput } from '../../shared/audit/append';
import { signedHead } from '../../shared/audit/head';
import { iterateAudit, listAudit, verifyAudit } from '../../shared/audit/verify';
import { createOrgKeys } from '../../shared/crypto/org-keys';
import { createSigner } from '../../shared/crypto/signing';
import type { Queryable } from '../../shared/db';
import { deleteOrg } from '../../shared/repo/accounts';
import { ADAPTERS, createTestDatabase, insertOrg, type TestDatabase } from '../support/databases';

const master = randomBytes(32);
const keys = createOrgKeys(master);
const signer = createSigner(master);

async function sqlError(p: Promise<unknown>): Promise<{ code?: string; message: string } | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return err as { code?: string; message: string };
  }
}

describe.each(ADAPTERS)('audit log on %s', (kind) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(kind, { poolSize: 10 });
  });
  afterAll(() => t?.dispose());

  const entry = (orgId: string, i: number): AuditInput => ({
    orgId, event: 'login', userId: null, ip: `192.0.2.${i % 250}`, userAgent: 'Mozilla/5.0 test', metadata: { n: i, ok: true },
  });

  async function orgWithEntries(n: number): Promise<string> {
    const orgId = await insertOrg(t.owner);
    await t.db.tx(orgId, async (q) => {
      for (let i = 1; i <= n; i++) await appendAudit(q, keys, entry(orgId, i));
    });
    return orgId;
  }

  /** Tampering as the owner, with the append-only trigger switched off for the statement. */
  function tamper(fn: (q: Queryable) => Promise<unknown>) {
    return t.owner.ownerTx(async (q) => {
      await q.query(`alter table audit_log disable trigger audit_log_no_update_delete`);
      await fn(q);
      await q.query(`alter table audit_log enable always trigger audit_log_no_update_delete`);
    });
  }

  it('appends a verifiable chain and commits it with the surrounding transaction', async () => {
    const orgId = await orgWithEntries(3);
    await expect(
      t.db.tx(orgId, async (q) => {
        await appendAudit(q, keys, entry(orgId, 4));
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    const result = await verifyAudit(t.db, orgId);
    expect(result).toMatchObject({ ok: true, entries: 3 });
  });

  it('L3: the app role cannot UPDATE, DELETE or TRUNCATE the audit log', async () => {
    const orgId = await orgWithEntries(2);
    for (const sql of [`update audit_log set event = 'logout'`, `delete from audit_log`, `truncate audit_log`]) {
      expect((await sqlError(t.db.tx(orgId, (q) => q.query(sql))))?.code, sql).toBe('42501');
    }
  });

  it('L3: even a superuser in session_replication_role = replica cannot DELETE; nor UPDATE or TRUNCATE', async () => {
    const orgId = await orgWithEntries(2);
    const replicaDelete = t.owner.ownerTx(async (q) => {
      await q.query(`set local session_replication_role = replica`);
      await q.query(`delete from audit_log where org_id = $1`, [orgId]);
    });
    expect((await sqlError(replicaDelete))?.message).toMatch(/append-only/);
    for (const sql of [`update audit_log set event = 'logout'`, `truncate audit_log`]) {
      expect((await sqlError(t.owner.ownerTx((q) => q.query(sql))))?.message, sql).toMatch(/append-only/);
    }
    expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: true, entries: 2 });
  });

  it('L4: editing one field is caught at that entry', async () => {
    const orgId = await orgWithEntries(10);
    await tamper((q) => q.query(`update audit_log set metadata = '{"n": 999, "ok": true}' where org_id = $1 and seq = 4`, [orgId]));
    expect(await verifyAudit(t.db, orgId)).toEqual({ ok: false, brokenAt: 4, entries: 3 });
  });

  it('L4: deleting a middle row is caught at the gap', async () => {
    const orgId = await orgWithEntries(10);
    await tamper((q) => q.query(`delete from audit_log where org_id = $1 and seq = 5`, [orgId]));
    expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: false, brokenAt: 5 });
  });

  it('L4: swapping two rows\' seq is caught at the first of them', async () => {
    const orgId = await orgWithEntries(10);
    await tamper(async (q) => {
      await q.query(`update audit_log set seq = 1000 where org_id = $1 and seq = 3`, [orgId]);
      await q.query(`update audit_log set seq = 3 where org_id = $1 and seq = 7`, [orgId]);
      await q.query(`update audit_log set seq = 7 where org_id = $1 and seq = 1000`, [orgId]);
    });
    expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('L4: a forged row slipped in with a correctly computed hash breaks the entry after it', async () => {
    const orgId = await orgWithEntries(10);
    await tamper(async (q) => {
      for (let s = 10; s >= 6; s--) await q.query(`update audit_log set seq = seq + 1 where org_id = $1 and seq = $2`, [orgId, s]);
      const prev = (await q.query<{ hash: string }>(`select hash from audit_log where org_id = $1 and seq = 5`, [orgId])).rows[0].hash;
      const forged = { seq: 6, orgId, event: 'credits_added', userId: null, at: new Date().toISOString(), ip: null, userAgent: null, metadata: { rows: 1e9 } };
      await q.query(
        `insert into audit_log (org_id, seq, at, event, metadata, prev_hash, hash) values ($1, 6, $2, 'credits_added', $3::jsonb, $4, $5)`,
        [orgId, forged.at, JSON.stringify(forged.metadata), prev, chainHash(prev, forged)],
      );
    });
    expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: false, brokenAt: 7 });
  });

  it('L4: deleting the last 3 rows passes the bare chain but fails against an earlier signed head', async () => {
    const orgId = await orgWithEntries(10);
    const head = await signedHead(t.db, signer, orgId);
    expect(head.head).toMatchObject({ orgId, seq: 10 });
    expect(await verifyAudit(t.db, orgId, { head, signer })).toMatchObject({ ok: true, entries: 10 });
    await tamper((q) => q.query(`delete from audit_log where org_id = $1 and seq > 7`, [orgId]));
    expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: true, entries: 7 });
    expect(await verifyAudit(t.db, orgId, { head, signer })).toEqual({ ok: false, brokenAt: 8, entries: 7 });
  });

  it('a signed head still verifies after the chain grows, and a forged head does not', async () => {
    const orgId = await orgWithEntries(3);
    const head = await signedHead(t.db, signer, orgId);
    await t.db.tx(orgId, (q) => appendAudit(q, keys, entry(orgId, 4)));
    expect(await verifyAudit(t.db, orgId, { head, signer })).toMatchObject({ ok: true, entries: 4 });
    const moved = { ...head, head: { ...head.head, seq: 2 } };
    expect(await verifyAudit(t.db, orgId, { head: moved, signer })).toMatchObject({ ok: false });
    const otherOrg = await orgWithEntries(1);
    expect(await verifyAudit(t.db, otherOrg, { head, signer })).toMatchObject({ ok: false });
  });

  it('L5: 200 concurrent appends in one org leave one contiguous chain', async () => {
    const orgId = await insertOrg(t.owner);
    await Promise.all(Array.from({ length: 200 }, (_, i) => t.db.tx(orgId, (q) => appendAudit(q, keys, entry(orgId, i)))));
    const seqs: number[] = [];
    for await (const row of iterateAudit(t.db, orgId, 64)) seqs.push(row.seq);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: true, entries: 200 });
  });

  it('L5: 10 orgs × 20 concurrent appends keep 10 separate unbroken chains', async () => {
    const orgs = await Promise.all(Array.from({ length: 10 }, () => insertOrg(t.owner)));
    await Promise.all(orgs.flatMap((orgId) => Array.from({ length: 20 }, (_, i) => t.db.tx(orgId, (q) => appendAudit(q, keys, entry(orgId, i))))));
    for (const orgId of orgs) expect(await verifyAudit(t.db, orgId)).toMatchObject({ ok: true, entries: 20 });
  });

  it('lists newest first with a cursor and an event filter, IP and user agent decrypted', async () => {
    const orgId = await orgWithEntries(5);
    await t.db.tx(orgId, (q) => appendAudit(q, keys, { orgId, event: 'logout', ip: '2001:db8::1', userAgent: 'curl/8' }));
    const first = await listAudit(t.db, keys, orgId, { limit: 4 });
    expect(first.entries.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
    expect(first.entries[0]).toMatchObject({ event: 'logout', ip: '2001:db8::1', userAgent: 'curl/8', orgId });
    const second = await listAudit(t.db, keys, orgId, { limit: 4, cursor: first.nextCursor! });
    expect(second.entries.map((e) => e.seq)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
    const logouts = await listAudit(t.db, keys, orgId, { limit: 10, event: 'logout' });
    expect(logouts.entries.map((e) => e.seq)).toEqual([6]);
    const stranger = await insertOrg(t.owner);
    expect((await listAudit(t.db, keys, stranger, { limit: 10 })).entries).toEqual([]);
  });

  it('L6: 10,000 entries verify; after the org salt is destroyed the chain still verifies and IP/UA read as null', async () => {
    const orgId = await insertOrg(t.owner);
    const total = 10_000;
    const ips = await t.owner.ownerTx((q) => Promise.all(Array.from({ length: 8 }, (_, i) => keys.encryptField(q, orgId, `198.51.100.${i}`))));
    const ua = await t.owner.ownerTx((q) => keys.encryptField(q, orgId, 'Mozilla/5.0 bulk'));
    let prev = GENESIS_HASH;
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    for (let from = 1; from <= total; from += 1000) {
      const cols = { seq: [] as number[], at: [] as string[], ip: [] as string[], hash: [] as string[], prev: [] as string[], meta: [] as string[] };
      for (let seq = from; seq < from + 1000; seq++) {
        const f = { seq, orgId, event: 'job_completed', userId: null, at: new Date(start + seq).toISOString(), ip: ips[seq % 8], userAgent: ua, metadata: { rows: seq } };
        const hash = chainHash(prev, f);
        cols.seq.push(seq); cols.at.push(f.at); cols.ip.push(f.ip); cols.prev.push(prev); cols.hash.push(hash); cols.meta.push(JSON.stringify(f.metadata));
        prev = hash;
      }
      await t.owner.ownerTx((q) =>
        q.query(
          `insert into audit_log (org_id, seq, at, event, ip_enc, user_agent_enc, metadata, prev_hash, hash)
           select $1, s, a, 'job_completed', i, $2, m::jsonb, p, h
             from unnest($3::bigint[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[]) as x(s, a, i, m, p, h)`,
          [orgId, ua, cols.seq, cols.at, cols.ip, cols.meta, cols.prev, cols.hash],
        ),
      );
    }
    expect(await verifyAudit(t.db, orgId)).toEqual({ ok: true, entries: total, headHash: prev });
    expect((await listAudit(t.db, keys, orgId, { limit: 1 })).entries[0]).toMatchObject({ ip: `198.51.100.${total % 8}`, userAgent: 'Mozilla/5.0 bulk' });

    await t.db.tx(orgId, (q) => deleteOrg(q, orgId));
    expect(await verifyAudit(t.db, orgId)).toEqual({ ok: true, entries: total, headHash: prev });
    const after = await listAudit(t.db, keys, orgId, { limit: 50 });
    expect(after.entries.length).toBe(50);
    expect(after.entries.every((e) => e.ip === null && e.userAgent === null)).toBe(true);
  });
});
