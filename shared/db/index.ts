/**
 * The `Database` port. Every application query runs inside `tx(orgId, …)`, which switches to the
 * application role and sets `app.org_id` for row-level security, so a query that forgets its
 * `org_id` filter still cannot see another tenant. Two adapters implement it: `pg` against
 * PostgreSQL/Supabase (DATABASE_URL) and PGlite under DATA_DIR.
 *
 * Connection model: the connection itself (DATABASE_URL, or PGlite's built-in superuser) is the
 * *owner*: it runs the migrations and owns the tables. Application transactions begin with
 * `SET LOCAL ROLE <appRole>` (veil_app: NOSUPERUSER, NOBYPASSRLS, owns nothing), so the same code
 * is confined by RLS on both adapters; PGlite, which only has a superuser, would otherwise ignore
 * every policy.
 */
import { migrate } from './migrate';

/** The query surface handed to code inside a transaction; both adapters return this shape. */
export type Queryable = {
  query<R = Record<string, any>>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number }>;
};

export interface Database {
  /**
   * One transaction as the application role. `orgId` sets `app.org_id` transaction-locally
   * (`set_config(…, true)`) for RLS; null = no tenant: tenant tables show 0 rows, identity
   * tables work. The `Queryable` is dead once `fn` settles, so a stray closure cannot run a
   * query on a pooled connection that another tenant's request now holds.
   */
  tx<T>(orgId: string | null, fn: (q: Queryable) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'pglite';
}

/**
 * Privileged access as the connecting (owner) role: migrations, the start-up role check, and
 * tests that tamper with data. Never handed to request handlers.
 */
export type OwnerAccess = {
  ownerTx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
};

export type OpenOptions = {
  /** null → PGlite under `<dataDir>/pglite`. */
  url: string | null;
  dataDir: string;
  /** The role application transactions switch to; default 'veil_app'. */
  appRole?: string;
  /** Pool size for PostgreSQL (default 10); PGlite has one connection. */
  poolSize?: number;
  /** Where to report errors of idle pooled connections (a restarted server kills them). */
  onIdleError?: (err: Error) => void;
};

export type Adapter = Database & OwnerAccess;

/**
 * Opens the database the configuration names, applies pending migrations and refuses (throws)
 * when the role used for application transactions is a superuser, has BYPASSRLS or owns a table:
 * any of those would make row-level security silently inert.
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const { db } = await openDatabaseWithOwner(opts);
  return db;
}

/** Same as `openDatabase`, also returning owner access; for operator commands and tests only. */
export async function openDatabaseWithOwner(opts: OpenOptions): Promise<{ db: Database; owner: OwnerAccess }> {
  const appRole = opts.appRole ?? 'veil_app';
  const adapter: Adapter = opts.url
    ? await (await import('./postgres')).openPostgres({ url: opts.url, appRole, poolSize: opts.poolSize ?? 10, onIdleError: opts.onIdleError })
    : await (await import('./pglite')).openPglite({ dataDir: opts.dataDir, appRole });
  try {
    await migrate(adapter);
    await assertAppRoleIsConfined(adapter, appRole);
  } catch (err) {
    await adapter.close().catch(() => undefined);
    throw err;
  }
  const db: Database = {
    kind: adapter.kind,
    tx: (orgId, fn) => adapter.tx(orgId, fn),
    ping: () => adapter.ping(),
    close: () => adapter.close(),
  };
  return { db, owner: { ownerTx: (fn) => adapter.ownerTx(fn) } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses a malformed tenant id before it reaches `set_config`: a typo must not become "no tenant". */
export function checkOrgId(orgId: string | null): string {
  if (orgId === null) return '';
  if (!UUID.test(orgId)) throw new TypeError('tx: orgId must be a UUID or null');
  return orgId;
}

/** Double-quotes an identifier (role names are configuration, not user input, but still). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Wraps a raw query function so it stops working once its transaction is over; both adapters
 * use it for the `Queryable` they hand out.
 */
export function scopedQueryable(run: Queryable['query']): { q: Queryable; end: () => void } {
  let open = true;
  const q: Queryable = {
    query: (sql, params) => {
      if (!open) return Promise.reject(new Error('query after its transaction ended'));
      return run(sql, params);
    },
  };
  return { q, end: () => void (open = false) };
}

/**
 * C3: the start-up refusal. Checks the catalog for the role's attributes and ownership (a
 * member of a table's owner role can ALTER or DISABLE its policies and triggers), then proves by
 * a real transaction that the adapter actually runs as that role without superuser rights.
 */
async function assertAppRoleIsConfined(adapter: Adapter, appRole: string): Promise<void> {
  const attrs = await adapter.ownerTx((q) =>
    q.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      `select r.rolsuper, r.rolbypassrls,
              (select count(*)::int from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                  and pg_has_role(r.oid, c.relowner, 'USAGE')) as owned
         from pg_roles r where r.rolname = $1`,
      [appRole],
    ),
  );
  const role = attrs.rows[0];
  if (!role) throw new Error(`database: application role ${appRole} does not exist`);
  if (role.rolsuper) throw new Error(`database: application role ${appRole} is a superuser; row-level security would not apply`);
  if (role.rolbypassrls) throw new Error(`database: application role ${appRole} has BYPASSRLS; row-level security would not apply`);
  if (role.owned > 0) throw new Error(`database: application role ${appRole} owns (or inherits ownership of) ${role.owned} table(s); it must own none`);
  const probe = await adapter.tx(null, (q) =>
    q.query<{ who: string; su: string }>(`select current_user as who, current_setting('is_superuser') as su`),
  );
  if (probe.rows[0]?.who !== appRole || probe.rows[0]?.su !== 'off') {
    throw new Error(`database: application transactions do not run as ${appRole}`);
  }
}
