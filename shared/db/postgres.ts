import pg from 'pg';
import { checkOrgId, quoteIdent, scopedQueryable, type Adapter, type Queryable } from './index';

const INT8_OID = 20;

/**
 * bigint columns come back as numbers, as PGlite returns them, so callers see one shape on both
 * adapters. Counters here (seq, credits, byte sizes) stay far below 2^53.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The node-postgres adapter. DATABASE_URL is the owner connection; application transactions
 * drop to `appRole` with SET LOCAL ROLE, so the role and `app.org_id` both end with the
 * transaction and a pooled connection carries nothing into the next request.
 */
export async function openPostgres(opts: {
  url: string;
  appRole: string;
  poolSize: number;
  onIdleError?: (err: Error) => void;
}): Promise<Adapter> {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize, types, application_name: 'veil' });
  // An idle client killed by a server restart emits 'error' on the pool; unhandled, it would crash
  // the process. The pool discards that client by itself.
  pool.on('error', (err) => opts.onIdleError?.(err));
  const setRole = `BEGIN; SET LOCAL ROLE ${quoteIdent(opts.appRole)}`;

  async function inTx<T>(begin: string, orgId: string | null | undefined, fn: (q: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const { q, end } = scopedQueryable(async (sql, params) => {
      const r = await client.query(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    });
    let broken: Error | undefined;
    try {
      await client.query(begin);
      if (orgId !== undefined) await client.query(`select set_config('app.org_id', $1, true)`, [checkOrgId(orgId)]);
      const result = await fn(q);
      end();
      await client.query('COMMIT');
      return result;
    } catch (err) {
      end();
      // A client whose ROLLBACK fails is in an unknown state: destroy it instead of pooling it.
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      client.release(broken);
    }
  }

  return {
    kind: 'postgres',
    tx: (orgId, fn) => inTx(setRole, orgId, fn),
    ownerTx: (fn) => inTx('BEGIN', undefined, fn),
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      await pool.end();
    },
  };
}
