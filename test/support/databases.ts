/**
 * A fresh, migrated database per test file on either adapter, so files run in parallel without
 * sharing rows: PostgreSQL gets a uniquely named `veil_test_<random>` database on 127.0.0.1:5432
 * (dropped afterwards), PGlite a temporary directory. Test bodies run over both via
 * `describe.each(ADAPTERS)`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabaseWithOwner, type Database, type OwnerAccess } from '../../shared/db';

export const ADAPTERS = ['postgres', 'pglite'] as const;
export type AdapterKind = (typeof ADAPTERS)[number];

export const PG_ADMIN_URL = process.env.VEIL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = {
  db: Database;
  /** The owner/superuser connection: for fixtures and for tampering the app role cannot do. */
  owner: OwnerAccess;
  kind: AdapterKind;
  /** The PostgreSQL URL of this test's database (null on PGlite). */
  url: string | null;
  dataDir: string;
  dispose(): Promise<void>;
};

/** Runs `fn` with a superuser client on the cluster's `postgres` database (another cluster's with `adminUrl`). */
export async function withPgAdmin<T>(fn: (c: pg.Client) => Promise<T>, adminUrl = PG_ADMIN_URL): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty, uniquely named PostgreSQL database; returns its URL and a dropper. */
export async function createEmptyPgDatabase(adminUrl = PG_ADMIN_URL): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `veil_test_${randomBytes(6).toString('hex')}`;
  await withPgAdmin((c) => c.query(`create database ${name}`), adminUrl);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withPgAdmin((c) => c.query(`drop database if exists ${name} with (force)`), adminUrl).then(() => undefined),
  };
}

/**
 * A migrated database of the given kind, opened as the application would open it. `adminUrl`
 * puts a PostgreSQL one on another cluster (a test-owned one, test/support/pg-cluster.ts);
 * `onIdleError` is the pool's handler for errors of idle connections, as api/main.ts passes it.
 */
export async function createTestDatabase(
  kind: AdapterKind,
  opts: { poolSize?: number; adminUrl?: string; onIdleError?: (err: Error) => void } = {},
): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'veil-test-'));
  if (kind === 'pglite') {
    const { db, owner } = await openDatabaseWithOwner({ url: null, dataDir });
    return {
      db, owner, kind, url: null, dataDir,
      async dispose() {
        await db.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const empty = await createEmptyPgDatabase(opts.adminUrl);
  try {
    const { db, owner } = await openDatabaseWithOwner({ url: empty.url, dataDir, poolSize: opts.poolSize, onIdleError: opts.onIdleError });
    return {
      db, owner, kind, url: empty.url, dataDir,
      async dispose() {
        await db.close();
        await empty.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await empty.drop();
    throw err;
  }
}

/** Inserts an org with a random key salt as the owner (fixtures that do not go through the repo). */
export async function insertOrg(owner: OwnerAccess, name = 'Test org'): Promise<string> {
  const r = await owner.ownerTx((q) => q.query<{ id: string }>(`insert into orgs (name, key_salt) values ($1, $2) returning id`, [name, randomBytes(32)]));
  return r.rows[0].id;
}
