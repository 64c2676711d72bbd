import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { checkOrgId, quoteIdent, scopedQueryable, type Adapter, type Queryable } from './index';

/**
 * The embedded adapter: real PostgreSQL in WASM under `<dataDir>/pglite`, for single-process
 * mode and tests. PGlite has one connection and only a superuser, so this adapter (a) serialises
 * transactions with a queue — interleaved BEGINs on one connection would merge tenants'
 * transactions — and (b) switches every application transaction to `appRole`, without which
 * row-level security would be ignored.
 */
/**
 * PostgreSQL's 128 MB of shared buffers cost the single-process API about 135 MB of resident
 * memory after a restart (measured: 328 → 193 MB for PGlite alone), which its small
 * single-connection database never needs; the file system below caches pages anyway.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export async function openPglite(opts: { dataDir: string | null; appRole: string }): Promise<Adapter> {
  let dir: string | undefined;
  if (opts.dataDir !== null) {
    dir = join(opts.dataDir, 'pglite');
    await mkdir(dir, { recursive: true });
  }
  const pg = await PGlite.create({ dataDir: dir, startParams: START_PARAMS });
  const setRole = `BEGIN; SET LOCAL ROLE ${quoteIdent(opts.appRole)}`;
  let tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier one settles: a mutex over the single connection. */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  }

  // Without parameters, the simple protocol (exec) accepts several statements, as node-postgres
  // does; migrations rely on that. affectedRows is 0 for a SELECT, where pg reports the row count.
  const raw: Queryable['query'] = async (sql, params) => {
    const r = params === undefined ? (await pg.exec(sql)).at(-1) : await pg.query<any>(sql, params as any[]);
    return { rows: (r?.rows ?? []) as any[], rowCount: r?.affectedRows || r?.rows.length || 0 };
  };

  async function inTx<T>(begin: string, orgId: string | null | undefined, fn: (q: Queryable) => Promise<T>): Promise<T> {
    const tenant = orgId === undefined ? undefined : checkOrgId(orgId);
    return exclusive(async () => {
      const { q, end } = scopedQueryable(raw);
      try {
        await pg.exec(begin);
        if (tenant !== undefined) await pg.query(`select set_config('app.org_id', $1, true)`, [tenant]);
        const result = await fn(q);
        end();
        await pg.exec('COMMIT');
        return result;
      } catch (err) {
        end();
        await pg.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  return {
    kind: 'pglite',
    tx: (orgId, fn) => inTx(setRole, orgId, fn),
    ownerTx: (fn) => inTx('BEGIN', undefined, fn),
    ping: () => exclusive(async () => void (await pg.query('select 1'))),
    close: () => exclusive(() => pg.close()),
  };
}
