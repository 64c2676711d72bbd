/**
 * C2–C4: tenant isolation at the SQL level, on PostgreSQL and PGlite. Queries here deliberately
 * "forget" their org_id filter: row-level security alone must hide the other org.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseWithOwner, type OwnerAccess, type Queryable } from '../../shared/db';
import * as accounts from '../../shared/repo/accounts';
import { newId, sha256Hex } from '../../shared/crypto/hashing';
import { ADAPTERS, createEmptyPgDatabase, createTestDatabase, insertOrg, withPgAdmin, type TestDatabase } from '../support/databases';

const hex64 = () => randomBytes(32).toString('hex');

/** Every tenant table and the column that names its org. */
export const TENANT_TABLES = [
  ['orgs', 'id'],
  ['memberships', 'org_id'],
  ['invitations', 'org_id'],
  ['files', 'org_id'],
  ['jobs', 'org_id'],
  ['column_findings', 'org_id'],
  ['dsar_requests', 'org_id'],
  ['audit_log', 'org_id'],
] as const;

type Fixture = { orgId: string; userId: string; fileId: string; jobId: string };

/** One row in every tenant table for `orgId`, written as the owner. */
async function seedOrg(owner: OwnerAccess, name: string): Promise<Fixture> {
  const orgId = await insertOrg(owner, name);
  return owner.ownerTx(async (q) => {
    const userId = (await q.query<{ id: string }>(`insert into users (email, password_hash) values ($1, 'x') returning id`, [`${randomBytes(6).toString('hex')}@example.com`])).rows[0].id;
    await q.query(`insert into memberships (org_id, user_id, role) values ($1, $2, 'admin')`, [orgId, userId]);
    await q.query(`insert into invitations (org_id, email, role, token_hash, expires_at) values ($1, 'i@example.com', 'member', $2, now() + interval '1 day')`, [orgId, hex64()]);
    const fileId = (await q.query<{ id: string }>(`insert into files (org_id, name, size, sha256, format, object_key) values ($1, 'a.csv', 1, $2, 'csv', 'k') returning id`, [orgId, hex64()])).rows[0].id;
    const jobId = (await q.query<{ id: string }>(`insert into jobs (org_id, file_id) values ($1, $2) returning id`, [orgId, fileId])).rows[0].id;
    await q.query(`insert into column_findings (org_id, job_id, sheet, column_index, header, category, confidence) values ($1, $2, '', 0, 'email', 'email', 0.9)`, [orgId, jobId]);
    await q.query(`insert into dsar_requests (org_id, kind, identifier_hash) values ($1, 'access', $2)`, [orgId, hex64()]);
    await q.query(`insert into audit_log (org_id, seq, at, event, prev_hash, hash) values ($1, 1, now(), 'register', $2, $3)`, [orgId, '0'.repeat(64), hex64()]);
    return { orgId, userId, fileId, jobId };
  });
}

/** An INSERT per tenant table that claims to belong to `a` (the victim), run as another tenant. */
function forgedInserts(a: Fixture, userB: string): Array<[string, string, unknown[]]> {
  return [
    ['orgs', `insert into orgs (id, name) values ($1, 'forged')`, [crypto.randomUUID()]],
    ['memberships', `insert into memberships (org_id, user_id, role) values ($1, $2, 'admin')`, [a.orgId, userB]],
    ['invitations', `insert into invitations (org_id, email, role, token_hash, expires_at) values ($1, 'x@example.com', 'admin', $2, now())`, [a.orgId, hex64()]],
    ['files', `insert into files (org_id, name, size, sha256, format, object_key) values ($1, 'x', 1, $2, 'csv', 'k')`, [a.orgId, hex64()]],
    ['jobs', `insert into jobs (org_id, file_id) values ($1, $2)`, [a.orgId, a.fileId]],
    ['column_findings', `insert into column_findings (org_id, job_id, sheet, column_index, header, category, confidence) values ($1, $2, 'x', 9, 'h', 'email', 1)`, [a.orgId, a.jobId]],
    ['dsar_requests', `insert into dsar_requests (org_id, kind, identifier_hash) values ($1, 'erasure', $2)`, [a.orgId, hex64()]],
    ['audit_log', `insert into audit_log (org_id, seq, at, event, prev_hash, hash) values ($1, 2, now(), 'login', $2, $2)`, [a.orgId, hex64()]],
  ];
}

async function sqlState(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

describe.each(ADAPTERS)('row-level security on %s', (kind) => {
  let t: TestDatabase;
  let a: Fixture;
  let b: Fixture;

  beforeAll(async () => {
    t = await createTestDatabase(kind, { poolSize: 5 });
    a = await seedOrg(t.owner, 'A');
    b = await seedOrg(t.owner, 'B');
  });
  afterAll(() => t?.dispose());

  it('C2: org B reads none of org A\'s rows from any tenant table, with no WHERE', async () => {
    for (const [table, col] of TENANT_TABLES) {
      const rows = await t.db.tx(b.orgId, (q) => q.query<Record<string, string>>(`select * from ${table}`));
      expect(rows.rows.length, table).toBeGreaterThan(0);
      expect(rows.rows.filter((r) => r[col] === a.orgId), table).toEqual([]);
      expect(rows.rows.every((r) => r[col] === b.orgId), table).toBe(true);
    }
  });

  it('C2: with no org set, every tenant table shows 0 rows', async () => {
    for (const [table] of TENANT_TABLES) {
      const rows = await t.db.tx(null, (q) => q.query(`select * from ${table}`));
      expect(rows.rows, table).toEqual([]);
    }
  });

  it('C2: inserting rows of org A as org B is refused with 42501 on every tenant table', async () => {
    for (const [table, sql, params] of forgedInserts(a, b.userId)) {
      expect(await sqlState(t.db.tx(b.orgId, (q) => q.query(sql, params))), table).toBe('42501');
    }
  });

  it('C2: UPDATE and DELETE as org B touch 0 of A\'s rows; moving B\'s rows to A is refused', async () => {
    for (const [table, col] of TENANT_TABLES) {
      if (table === 'audit_log') continue; // append-only: covered in audit.test.ts
      if (table === 'dsar_requests') {
        // Insert-only for the app role: any UPDATE is refused outright.
        expect(await sqlState(t.db.tx(b.orgId, (q) => q.query(`update ${table} set kind = kind`)))).toBe('42501');
        continue;
      }
      const n = await t.db.tx(b.orgId, (q) => q.query(`update ${table} set created_at = created_at where ${col} = $1`, [a.orgId]));
      expect(n.rowCount, table).toBe(0);
      if (table !== 'orgs') {
        const d = await t.db.tx(b.orgId, (q) => q.query(`delete from ${table} where ${col} = $1`, [a.orgId]));
        expect(d.rowCount, table).toBe(0);
      }
      const moved = sqlState(t.db.tx(b.orgId, (q) => q.query(`update ${table} set ${col} = $1 where ${col} = $2`, [a.orgId, b.orgId])));
      expect(await moved, table).toBe('42501');
    }
    const still = await t.owner.ownerTx((q) => q.query(`select count(*)::int as n from files where org_id = $1`, [a.orgId]));
    expect(still.rows[0].n).toBe(1);
  });

  it('C2: the cross-tenant lookups answer only their keyed question', async () => {
    const mine = await t.db.tx(null, (q) => q.query(`select * from veil_memberships_of_user($1)`, [b.userId]));
    expect(mine.rows.map((r) => r.org_id)).toEqual([b.orgId]);
    const unknown = await t.db.tx(null, (q) => q.query(`select * from veil_invitation_by_token_hash($1)`, [hex64()]));
    expect(unknown.rows).toEqual([]);
  });

  it('C3: application transactions run as veil_app without superuser rights, while the owner sees both orgs', async () => {
    const who = await t.db.tx(a.orgId, (q) => q.query(`select current_user as u, current_setting('is_superuser') as su, current_setting('app.org_id') as o`));
    expect(who.rows[0]).toEqual({ u: 'veil_app', su: 'off', o: a.orgId });
    const ownerView = await t.owner.ownerTx((q) => q.query(`select distinct org_id from files`));
    expect(ownerView.rows.length).toBe(2);
  });

  it('C3: a superuser as the application role is refused at start-up', async () => {
    const url = kind === 'postgres' ? (await createEmptyPgDatabase()) : null;
    try {
      await expect(openDatabaseWithOwner({ url: url?.url ?? null, dataDir: t.dataDir + '-su', appRole: 'postgres' })).rejects.toThrow(/superuser/);
    } finally {
      await url?.drop();
    }
  });

  it('C4: 1,000 interleaved transactions of A and B over a pool of 5 never see the other org', async () => {
    let leaks = 0;
    const one = (f: Fixture, other: Fixture) =>
      t.db.tx(f.orgId, async (q: Queryable) => {
        const files = await q.query<{ org_id: string; id: string }>(`select org_id, id from files`);
        await new Promise((r) => setImmediate(r));
        const jobs = await q.query<{ org_id: string }>(`select org_id from jobs`);
        const setting = await q.query<{ o: string }>(`select current_setting('app.org_id', true) as o`);
        if (setting.rows[0].o !== f.orgId) leaks++;
        for (const r of [...files.rows, ...jobs.rows]) if (r.org_id === other.orgId) leaks++;
        if (files.rows.some((r) => r.id === other.fileId)) leaks++;
      });
    await Promise.all(Array.from({ length: 1000 }, (_, i) => (i % 2 ? one(a, b) : one(b, a))));
    expect(leaks).toBe(0);
    // Outside transactions every pooled connection has no tenant: hold all 5 at once to see each.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const width = kind === 'postgres' ? 5 : 1;
    const seen: Array<string | null> = [];
    const held = Array.from({ length: width }, () =>
      t.owner.ownerTx(async (q) => {
        seen.push((await q.query<{ o: string | null }>(`select current_setting('app.org_id', true) as o`)).rows[0].o);
        if (seen.length === width) release();
        await gate;
      }),
    );
    await Promise.all(held);
    expect(seen.length).toBe(width);
    for (const o of seen) expect(o === null || o === '').toBe(true);
  });

  it('a Queryable used after its transaction ended is refused', async () => {
    let leaked: Queryable | undefined;
    await t.db.tx(a.orgId, async (q) => void (leaked = q));
    await expect(leaked!.query('select 1')).rejects.toThrow(/transaction ended/);
  });

  it('a malformed org id is refused rather than treated as "no tenant"', async () => {
    await expect(t.db.tx('not-a-uuid', async () => 1)).rejects.toThrow(/UUID/);
  });
});

describe('C3: privileged application roles are refused on postgres (3/3)', () => {
  let empty: Awaited<ReturnType<typeof createEmptyPgDatabase>>;
  const suffix = randomBytes(4).toString('hex');
  const bypass = `veil_test_bypass_${suffix}`;
  const ownerRole = `veil_test_owner_${suffix}`;

  beforeAll(async () => {
    empty = await createEmptyPgDatabase();
    const { db } = await openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent' });
    await db.close();
    await withPgAdmin(async (c) => {
      await c.query(`create role ${bypass} nologin bypassrls`);
      await c.query(`create role ${ownerRole} nologin`);
    });
  });
  afterAll(async () => {
    await empty?.drop();
    await withPgAdmin(async (c) => {
      await c.query(`drop role if exists ${bypass}`);
      await c.query(`drop role if exists ${ownerRole}`);
    });
  });

  it('refuses a superuser', async () => {
    await expect(openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent', appRole: 'postgres' })).rejects.toThrow(/superuser/);
  });

  it('refuses a BYPASSRLS role', async () => {
    await expect(openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent', appRole: bypass })).rejects.toThrow(/BYPASSRLS/);
  });

  it('refuses a role that owns a table', async () => {
    const { owner, db } = await openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent' });
    await owner.ownerTx((q) => q.query(`alter table files owner to ${ownerRole}`));
    await db.close();
    try {
      await expect(openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent', appRole: ownerRole })).rejects.toThrow(/owns/);
    } finally {
      const again = await openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent' });
      await again.owner.ownerTx((q) => q.query(`alter table files owner to postgres`));
      await again.db.close();
    }
  });

  it('opens with the default veil_app role', async () => {
    const { db } = await openDatabaseWithOwner({ url: empty.url, dataDir: '/nonexistent' });
    await db.ping();
    await db.close();
  });
});

describe.each(ADAPTERS)('accounts repo under RLS on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { poolSize: 5 });
  });
  afterAll(() => t?.dispose());

  async function registerOrg(name: string) {
    const user = await t.db.tx(null, (q) => accounts.createUser(q, { email: `${randomBytes(6).toString('hex')}@Example.com`, passwordHash: '$2b$12$x' }));
    const orgId = newId();
    const org = await t.db.tx(orgId, (q) => accounts.createOrgWithAdmin(q, orgId, { name, userId: user.id }));
    return { user, org };
  }

  it('registers: user lower-cased, org with a salt, admin membership; other orgs read as missing', async () => {
    const a = await registerOrg('A');
    const b = await registerOrg('B');
    expect(a.user.email).toBe(a.user.email.toLowerCase());
    expect(a.org).toMatchObject({ name: 'A', shredded: false, retentionPolicy: 'analysis_only', gdprCheckEnabled: true });
    expect(await t.db.tx(null, (q) => accounts.findUserByEmail(q, a.user.email.toUpperCase()))).toMatchObject({ id: a.user.id });
    expect(await t.db.tx(b.org.id, (q) => accounts.getOrg(q, a.org.id))).toBeNull();
    expect(await t.db.tx(b.org.id, (q) => accounts.getMembership(q, a.org.id, a.user.id))).toBeNull();
    expect(await t.db.tx(b.org.id, (q) => accounts.updateOrgSettings(q, a.org.id, { gdprCheckEnabled: false }))).toBeNull();
    expect(await t.db.tx(a.org.id, (q) => accounts.getMembership(q, a.org.id, a.user.id))).toMatchObject({ role: 'admin', orgName: 'A' });
    const login = await t.db.tx(null, (q) => accounts.membershipsOfUser(q, a.user.id));
    expect(login.map((m) => [m.orgId, m.role])).toEqual([[a.org.id, 'admin']]);
    const dup = await sqlState(t.db.tx(null, (q) => accounts.createUser(q, { email: a.user.email, passwordHash: 'x' })));
    expect(dup).toBe('23505');
  });

  it('invitations: found by token hash without a tenant, accepted once', async () => {
    const a = await registerOrg('Inviter');
    const tokenHash = sha256Hex(randomBytes(32));
    await t.db.tx(a.org.id, (q) => accounts.createInvitation(q, a.org.id, { email: 'New@Example.com', role: 'member', tokenHash, expiresAt: new Date(Date.now() + 60_000), invitedBy: a.user.id }));
    const inv = await t.db.tx(null, (q) => accounts.findInvitationByTokenHash(q, tokenHash));
    expect(inv).toMatchObject({ orgId: a.org.id, email: 'new@example.com', role: 'member', acceptedAt: null });
    const results = await Promise.all([1, 2, 3].map(() => t.db.tx(a.org.id, (q) => accounts.acceptInvitation(q, a.org.id, inv!.id))));
    expect(results.filter(Boolean).length).toBe(1);
  });

  it('refresh rotation: of two concurrent uses of one token exactly one wins (50 races)', async () => {
    const a = await registerOrg('Sessions');
    const session = await t.db.tx(null, (q) => accounts.createSession(q, { userId: a.user.id, orgId: a.org.id, expiresAt: new Date(Date.now() + 3_600_000) }));
    for (let i = 0; i < 50; i++) {
      const tokenHash = sha256Hex(randomBytes(32));
      await t.db.tx(null, (q) => accounts.insertRefreshToken(q, { sessionId: session.id, tokenHash, parentId: null, expiresAt: new Date(Date.now() + 60_000) }));
      const wins = await Promise.all([0, 1].map(() => t.db.tx(null, (q) => accounts.consumeRefreshToken(q, tokenHash))));
      expect(wins.filter((w) => w !== null).length).toBe(1);
      expect((await t.db.tx(null, (q) => accounts.findRefreshToken(q, tokenHash)))?.usedAt).not.toBeNull();
    }
    expect(await t.db.tx(null, (q) => accounts.revokeSession(q, session.id, 'refresh_reuse'))).toBe(true);
    expect(await t.db.tx(null, (q) => accounts.getLiveSession(q, session.id))).toBeNull();
  });

  it('single-use secrets: a TOTP step, a backup code and an e-mail token each work once', async () => {
    const a = await registerOrg('Codes');
    const uid = a.user.id;
    await t.db.tx(null, (q) => accounts.setPendingTotpSecret(q, uid, 'v1.enc'));
    await t.db.tx(null, (q) => accounts.enableTotp(q, uid, 100));
    expect(await t.db.tx(null, (q) => accounts.claimTotpStep(q, uid, 100))).toBe(false);
    const steps = await Promise.all([0, 1].map(() => t.db.tx(null, (q) => accounts.claimTotpStep(q, uid, 101))));
    expect(steps.filter(Boolean).length).toBe(1);
    const codes = Array.from({ length: 10 }, () => sha256Hex(randomBytes(8)));
    await t.db.tx(null, (q) => accounts.replaceBackupCodes(q, uid, codes));
    expect(await t.db.tx(null, (q) => accounts.useBackupCode(q, uid, codes[3]))).toBe(true);
    expect(await t.db.tx(null, (q) => accounts.useBackupCode(q, uid, codes[3]))).toBe(false);
    const tokenHash = sha256Hex(randomBytes(32));
    const tok = await t.db.tx(null, (q) => accounts.createEmailToken(q, { userId: uid, purpose: 'mfa', tokenHash, expiresAt: new Date(Date.now() + 300_000) }));
    expect(await t.db.tx(null, (q) => accounts.findActiveEmailToken(q, 'verify_email', tokenHash))).toBeNull();
    expect(await t.db.tx(null, (q) => accounts.recordEmailTokenAttempt(q, tok.id))).toBe(1);
    expect(await t.db.tx(null, (q) => accounts.consumeEmailToken(q, tok.id))).toBe(true);
    expect(await t.db.tx(null, (q) => accounts.consumeEmailToken(q, tok.id))).toBe(false);
    expect(await t.db.tx(null, (q) => accounts.findActiveEmailToken(q, 'mfa', tokenHash))).toBeNull();
    await t.db.tx(null, (q) => accounts.disableTotp(q, uid));
    expect(await t.db.tx(null, (q) => accounts.useBackupCode(q, uid, codes[4]))).toBe(false);
  });

  it('deleting an org shreds its salt, revokes its sessions and hides it from login; deleting a user frees the e-mail', async () => {
    const a = await registerOrg('Doomed');
    const session = await t.db.tx(null, (q) => accounts.createSession(q, { userId: a.user.id, orgId: a.org.id, expiresAt: new Date(Date.now() + 3_600_000) }));
    await t.db.tx(a.org.id, (q) => accounts.deleteOrg(q, a.org.id));
    expect(await t.db.tx(null, (q) => accounts.getLiveSession(q, session.id))).toBeNull();
    expect(await t.db.tx(null, (q) => accounts.membershipsOfUser(q, a.user.id))).toEqual([]);
    const salt = await t.owner.ownerTx((q) => q.query(`select key_salt from orgs where id = $1`, [a.org.id]));
    expect(salt.rows[0].key_salt).toBeNull();
    await t.db.tx(null, (q) => accounts.deleteUser(q, a.user.id));
    expect(await t.db.tx(null, (q) => accounts.findUserById(q, a.user.id))).toBeNull();
    await t.db.tx(null, (q) => accounts.createUser(q, { email: a.user.email, passwordHash: 'x' }));
  });
});
