import pg from 'pg';
import { AppError } from '../errors';
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

/** Socket errors of a server that is down, restarting or unreachable. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception),
 * 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now: `pg_ctl stop/restart`,
 * `pg_terminate_backend`, recovery) and 53300 (too many connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** What node-postgres itself throws (no code) when the connection under a client is gone. */
const CONNECTION_LOST = /^(Connection terminated|Client has encountered a connection error|Client was closed|timeout exceeded when trying to connect)/;

/**
 * THE place a lost or refused database connection becomes `service_unavailable` (503, retryable
 * for jobs) instead of an unexpected error (500): the request did nothing wrong and may succeed
 * once the database is back. The message names the code only, never a host or a URL.
 */
function unavailableIfConnectionError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  const lost =
    (typeof code === 'string' && (UNREACHABLE.has(code) || UNAVAILABLE_SQLSTATE.test(code))) || (code === undefined && CONNECTION_LOST.test(err.message));
  return lost ? new AppError('service_unavailable', `database unavailable${typeof code === 'string' ? ` (${code})` : ''}`, undefined, { cause: err }) : err;
}

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
    const client = await pool.connect().catch((err: unknown) => Promise.reject(unavailableIfConnectionError(err)));
    const { q, end } = scopedQueryable(async (sql, params) => {
      const r = await client.query(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    });
    let broken: Error | undefined;
    // The pool's 'error' handler covers idle clients only. A checked-out client whose connection
    // drops (restart, pg_terminate_backend) emits 'error' itself, even after its failed query
    // has rejected; unhandled, that crashes the process. The client is destroyed on release.
    const onError = (err: Error) => void (broken ??= err);
    client.on('error', onError);
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
      throw unavailableIfConnectionError(err);
    } finally {
      client.off('error', onError);
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
