/**
 * C5: lint the catalog after migrations, so a new table or function cannot quietly skip the
 * tenant-isolation rules: RLS + FORCE wherever there is an org, no unpinned SECURITY DEFINER,
 * no definer views, and an audit log the application role can only read and append to.
 */
import { cp, mkdtemp, readdir, appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR } from '../../shared/db/migrate';
import { ADAPTERS, createTestDatabase, type TestDatabase } from '../support/databases';

const IDENTITY_TABLES = ['backup_codes', 'email_tokens', 'refresh_tokens', 'sessions', 'users'];

describe.each(ADAPTERS)('schema lint on %s', (kind) => {
  let t: TestDatabase;
  const sql = <R = Record<string, any>>(text: string, params?: unknown[]) => t.owner.ownerTx((q) => q.query<R>(text, params)).then((r) => r.rows);

  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t?.dispose());

  it('every table with an org (org_id column, or orgs itself) has RLS enabled and forced, unless it is a marked identity table', async () => {
    const rows = await sql<{ name: string; rls: boolean; force: boolean; identity: boolean }>(
      `select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as force,
              coalesce(obj_description(c.oid, 'pg_class') like 'identity:%', false) as identity
         from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
          and (c.relname = 'orgs' or exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped))`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const unprotected = rows.filter((r) => !r.identity && !(r.rls && r.force)).map((r) => r.name);
    expect(unprotected).toEqual([]);
  });

  it('the only tables without RLS that veil_app can touch are the five documented identity tables', async () => {
    const rows = await sql<{ name: string }>(
      `select c.relname as name from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relrowsecurity
          and has_table_privilege('veil_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE')
        order by 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(IDENTITY_TABLES);
    const marked = await sql<{ name: string }>(
      `select c.relname as name from pg_class c where c.relnamespace = 'public'::regnamespace
          and obj_description(c.oid, 'pg_class') like 'identity:%' order by 1`,
    );
    expect(marked.map((r) => r.name)).toEqual(IDENTITY_TABLES);
  });

  it('every policy keys on app.org_id, and every tenant table is indexed by org', async () => {
    const policies = await sql<{ tablename: string; qual: string | null; with_check: string | null }>(`select tablename, qual, with_check from pg_policies where schemaname = 'public'`);
    expect(policies.length).toBeGreaterThanOrEqual(9);
    for (const p of policies) expect(`${p.qual ?? ''} ${p.with_check ?? ''}`, p.tablename).toMatch(/current_setting\('app\.org_id'::text, true\)/);
    const unindexed = await sql<{ name: string }>(
      `select c.relname as name from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relrowsecurity
          and not exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                           where i.indrelid = c.oid and a.attname in ('org_id', 'id'))`,
    );
    expect(unindexed).toEqual([]);
  });

  it('no SECURITY DEFINER function without a pinned search_path, none executable by PUBLIC', async () => {
    const rows = await sql<{ name: string; config: string[] | null; public_exec: boolean }>(
      `select p.proname as name, p.proconfig as config, has_function_privilege('public', p.oid, 'EXECUTE') as public_exec
         from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(['veil_invitation_by_token_hash', 'veil_memberships_of_user']);
    for (const r of rows) {
      expect((r.config ?? []).some((c) => c.startsWith('search_path=')), r.name).toBe(true);
      expect(r.public_exec, r.name).toBe(false);
    }
  });

  it('no view in public runs with its owner\'s rights', async () => {
    const rows = await sql<{ name: string }>(
      `select c.relname as name from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('v', 'm')
          and not coalesce(c.reloptions @> array['security_invoker=true'], false)`,
    );
    expect(rows).toEqual([]);
  });

  it('veil_app may only SELECT and INSERT the audit log, owns nothing and cannot bypass RLS', async () => {
    const [p] = await sql(
      `select has_table_privilege('veil_app', 'audit_log', 'SELECT') as s, has_table_privilege('veil_app', 'audit_log', 'INSERT') as i,
              has_table_privilege('veil_app', 'audit_log', 'UPDATE') as u, has_table_privilege('veil_app', 'audit_log', 'DELETE') as d,
              has_table_privilege('veil_app', 'audit_log', 'TRUNCATE') as t, has_table_privilege('veil_app', 'veil_migrations', 'SELECT') as m,
              (select rolsuper or rolbypassrls from pg_roles where rolname = 'veil_app') as privileged,
              (select count(*)::int from pg_class where relowner = 'veil_app'::regrole) as owned`,
    );
    expect(p).toEqual({ s: true, i: true, u: false, d: false, t: false, m: false, privileged: false, owned: 0 });
  });

  it('the append-only triggers fire ALWAYS (also in replica mode)', async () => {
    const rows = await sql<{ tgname: string; tgenabled: string }>(
      `select tgname, tgenabled from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal order by 1`,
    );
    expect(rows).toEqual([
      { tgname: 'audit_log_no_truncate', tgenabled: 'A' },
      { tgname: 'audit_log_no_update_delete', tgenabled: 'A' },
    ]);
  });

  it('migrations are recorded once; a changed, already applied migration is refused', async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql'));
    expect((await sql(`select name from veil_migrations`)).length).toBe(files.length);
    expect(await migrate(t.owner)).toEqual([]);
    const dir = await mkdtemp(join(tmpdir(), 'veil-migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      await appendFile(join(dir, files.sort()[0]), '\n-- edited\n');
      await expect(migrate(t.owner, dir)).rejects.toThrow(/changed after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
