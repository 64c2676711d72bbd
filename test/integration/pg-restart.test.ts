/**
 * F3 (reliability.md §8): PostgreSQL restarts under light load, on a cluster this file owns
 * (test/support/pg-cluster.ts), with the real API and files platform (local object store,
 * in-process queue) in this process.
 * (a) `pg_terminate_backend` of the app's idle pooled connections: the pool's `error` handler
 *     takes them (no crash), the next requests succeed.
 * (b) `pg_ctl stop -m fast` for a few seconds: every request answers 503 with the contract's
 *     error body (never 500, never a hang), `/ready` names the database, and requests succeed
 *     again within 10 s of the database being back.
 * (c) `pg_ctl restart -m fast` while an upload's transaction has written its file and job rows
 *     and waits for the audit chain: the upload answers 503 and leaves no row, audit entry or
 *     object behind — every file has its job and both audit entries.
 * A crash would be an uncaught exception or unhandled rejection in this process: both are
 * recorded and must stay empty.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, PASSWORD, uniqueEmail, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob, type PlatformHandle } from '../support/files';
import { nextIp, startHarness, type Harness, type Res } from '../support/harness';
import { findPgBin, startPgCluster, type TestPgCluster } from '../support/pg-cluster';
import { peopleCsv } from '../fixtures/uploads';

const PG_BIN = findPgBin();
const SKIP_REASON = PG_BIN ? null : 'F3 skipped: no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/<version>/bin';

/** A request that has not answered within this long counts as a hang. */
const HANG_MS = 5_000;
/** F3's bar: requests succeed again within this long after the database is up. */
const RECOVERY_MS = 10_000;
/** shared/audit/append.ts: the advisory-lock class of the per-org audit chain lock. */
const AUDIT_LOCK_CLASS = 7411;

type Sample = { path: string; status: number | 'hang' | 'socket_error'; code?: string; at: number };

/** Resolves the response, or a `hang`/`socket_error` marker, never rejects. */
async function bounded(p: Promise<Res>): Promise<Res | 'hang' | 'socket_error'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)));
  try {
    return await Promise.race([p.catch(() => 'socket_error' as const), hang]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Light load: two loops of GET /ready, GET /me and GET /files, ~20 requests a second in all,
 * recording every answer until `stop()`.
 */
function startLoad(h: Harness, token: string) {
  const samples: Sample[] = [];
  let running = true;
  const paths = ['/ready', '/me', '/files'];
  const loop = async (offset: number) => {
    for (let i = offset; running; i++) {
      const path = paths[i % paths.length];
      const r = await bounded(h.request('GET', path, { token: path === '/ready' ? undefined : token }));
      samples.push(typeof r === 'string' ? { path, status: r, at: Date.now() } : { path, status: r.status, code: r.body?.error?.code, at: Date.now() });
      await sleep(100);
    }
  };
  const loops = [loop(0), loop(1)];
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

/** Repeats `attempt` until it returns true or `ms` pass; returns the time it took. */
async function within(ms: number, what: string, attempt: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await attempt().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(100);
  }
}

/** The contract's error body for a database outage. */
function expect503(r: Res | 'hang' | 'socket_error', what: string) {
  expect(typeof r === 'string' ? r : r.status, `${what}: ${typeof r === 'string' ? r : r.text}`).toBe(503);
  const res = r as Res;
  expect(res.body.error).toMatchObject({ code: 'service_unavailable', message: expect.any(String) });
  expect(res.headers['retry-after'], what).toBe('5');
}

describe.skipIf(SKIP_REASON !== null)('F3: PostgreSQL restart (test-owned cluster)', () => {
  let cluster: TestPgCluster;
  let h: Harness;
  let handle: PlatformHandle;
  let a: Account;
  let dbName: string;
  const crashes: Array<string | undefined> = [];
  /** Kept as stacks, so a failure shows where the unhandled error came from. */
  const onCrash = (err: unknown) => void crashes.push(err instanceof Error ? err.stack : String(err));

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    cluster = await startPgCluster({ bin: PG_BIN! });
    const fp = filesPlatform();
    handle = fp.handle;
    h = await startHarness({ kind: 'postgres', pgAdminUrl: cluster.adminUrl, platform: fp.platform });
    dbName = (await h.owner.ownerTx((q) => q.query<{ db: string }>(`select current_database() as db`))).rows[0].db;
    a = await createAccount(h);
  });

  afterAll(async () => {
    await h?.close();
    await cluster?.dispose();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  });

  /** A superuser client on the test cluster; its `error` listener keeps a restart from crashing us. */
  async function admin(database = 'postgres'): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: cluster.adminUrl.replace(/\/postgres$/, `/${database}`) });
    c.on('error', () => undefined);
    await c.connect();
    return c;
  }

  const register = () => h.request('POST', '/auth/register', { body: { email: uniqueEmail('f3'), password: PASSWORD, orgName: 'F3 org' }, ip: nextIp() });

  /** Rows of the account's org that an upload writes, and the audit entries it appends. */
  const uploadTrail = async () => {
    const r = await h.owner.ownerTx((q) =>
      q.query<{ files: number; jobs: number; uploaded: number; created: number }>(
        `select (select count(*)::int from files where org_id = $1) as files,
                (select count(*)::int from jobs where org_id = $1) as jobs,
                (select count(*)::int from audit_log where org_id = $1 and event = 'file_uploaded') as uploaded,
                (select count(*)::int from audit_log where org_id = $1 and event = 'job_created') as created`,
        [a.orgId],
      ),
    );
    return r.rows[0];
  };

  /** Files without their job or audit entries, jobs or audit entries without their file (all orgs). */
  const halfWritten = async () => {
    const r = await h.owner.ownerTx((q) =>
      q.query<{ what: string; id: string }>(
        `select 'file without job' as what, f.id::text as id from files f where not exists (select 1 from jobs j where j.file_id = f.id)
         union all
         select 'file without file_uploaded', f.id::text from files f
          where not exists (select 1 from audit_log l where l.event = 'file_uploaded' and l.metadata->>'fileId' = f.id::text)
         union all
         select 'job without job_created', j.id::text from jobs j
          where not exists (select 1 from audit_log l where l.event = 'job_created' and l.metadata->>'jobId' = j.id::text)
         union all
         select 'file_uploaded without file', l.metadata->>'fileId' from audit_log l
          where l.event = 'file_uploaded' and not exists (select 1 from files f where f.id::text = l.metadata->>'fileId')`,
      ),
    );
    return r.rows;
  };

  const objects = () => handle.platform!.store.list(`${a.orgId}/`);
  const storedObjects = async () =>
    (await h.owner.ownerTx((q) => q.query<{ key: string }>(`select object_key as key from files where org_id = $1 and status = 'stored'`, [a.orgId]))).rows
      .map((r) => r.key)
      .sort();

  it(SKIP_REASON ?? 'F3 (a): pg_terminate_backend of idle app connections: no crash, the pool error handler takes them, the next requests succeed', async () => {
    // Open several pooled connections, then let them go idle.
    await Promise.all(Array.from({ length: 6 }, () => h.request('GET', '/me', { token: a.accessToken })));
    const load = startLoad(h, a.accessToken);
    await sleep(500);
    const c = await admin();
    try {
      const killed = await c.query<{ pid: number }>(
        `select pid from pg_stat_activity
          where datname = $1 and application_name = 'veil' and state = 'idle' and pid <> pg_backend_pid()`,
        [dbName],
      );
      expect(killed.rows.length, 'idle pooled connections to terminate').toBeGreaterThan(0);
      await c.query(`select pg_terminate_backend(pid) from unnest($1::int[]) as pid`, [killed.rows.map((r) => r.pid)]);
      await within(5_000, 'terminated backends gone', async () =>
        (await c.query(`select 1 from pg_stat_activity where pid = any($1::int[])`, [killed.rows.map((r) => r.pid)])).rowCount === 0,
      );
      // The pool saw its idle clients die and reported them through its `error` handler.
      await within(2_000, 'idle connection errors logged', async () => h.logs.some((l) => l.includes('idle database connection failed')));
      await sleep(100);
      const samples = await load.stop();

      // Requests in flight at the moment may have drawn a dying connection: 503 then, never 500 or a hang.
      const bad = samples.filter((s) => s.status !== 200 && s.status !== 503);
      expect(bad, 'answers other than 200/503 during the termination').toEqual([]);

      for (let i = 0; i < 5; i++) {
        expect((await h.request('GET', '/me', { token: a.accessToken })).status).toBe(200);
        expect((await h.request('GET', '/ready')).status).toBe(200);
      }
      expect((await register()).status).toBe(201);
      expect(crashes).toEqual([]);
    } finally {
      await load.stop();
      await c.end().catch(() => undefined);
    }
  });

  it(SKIP_REASON ?? 'F3 (b): database stopped for a few seconds: 503 with the contract body (never 500, never a hang), /ready names it, recovery ≤ 10 s', async () => {
    const load = startLoad(h, a.accessToken);
    try {
      await sleep(500);
      await cluster.stop();
      const downAt = Date.now();

      const ready = await bounded(h.request('GET', '/ready'));
      expect503(ready, 'GET /ready');
      expect((ready as Res).body.error.failed).toEqual(['database']);
      expect503(await bounded(h.request('GET', '/me', { token: a.accessToken })), 'GET /me');
      expect503(await bounded(h.request('GET', '/files', { token: a.accessToken })), 'GET /files');
      expect503(await bounded(register()), 'POST /auth/register');
      expect503(await bounded(h.request('POST', '/auth/login', { body: { email: a.email, password: PASSWORD }, ip: nextIp() })), 'POST /auth/login');
      expect503(await bounded(upload(h, a.accessToken, 'down.csv', peopleCsv(20))), 'POST /files');

      // Keep it down for ~3 s so the load sees the outage on every route.
      await sleep(Math.max(0, 3_000 - (Date.now() - downAt)));
      // Answers before `pg_ctl start` is called are outage answers; it returns once the server accepts connections.
      const startingAt = Date.now();
      await cluster.start();
      const upAt = Date.now();
      const recovery = await within(RECOVERY_MS, 'authenticated requests after the database is up', async () =>
        (await h.request('GET', '/me', { token: a.accessToken })).status === 200,
      );
      expect(recovery).toBeLessThanOrEqual(RECOVERY_MS);
      await sleep(300);
      const samples = await load.stop();

      const during = samples.filter((s) => s.at > downAt + 200 && s.at < startingAt);
      expect(during.length, 'load requests during the outage').toBeGreaterThan(5);
      const show = (xs: Sample[]) => xs.map((s) => `${s.path} ${s.status} ${s.code ?? ''} at +${s.at - downAt} ms`);
      expect(show(during.filter((s) => s.status !== 503 || s.code !== 'service_unavailable')), 'answers during the outage').toEqual([]);
      const after = samples.filter((s) => s.at > upAt + recovery);
      expect(show(after.filter((s) => s.status !== 200)), 'answers after recovery').toEqual([]);
      expect(show(samples.filter((s) => s.status === 500 || s.status === 'hang' || s.status === 'socket_error')), 'no 500, no hang').toEqual([]);

      expect((await h.request('GET', '/ready')).status).toBe(200);
      expect((await register()).status).toBe(201);
      const up = await upload(h, a.accessToken, 'after.csv', peopleCsv(20));
      expect(up.status, up.text).toBe(202);
      expect((await waitForJob(h, a.accessToken, up.body.job.id, undefined, 20_000)).body.status).toBe('completed');
      // Nothing of the refused upload during the outage: only the one accepted afterwards.
      expect(await uploadTrail()).toEqual({ files: 1, jobs: 1, uploaded: 1, created: 1 });
      expect(crashes).toEqual([]);
    } finally {
      await load.stop();
      await cluster.start().catch(() => undefined);
    }
  });

  it(SKIP_REASON ?? 'F3 (c): pg_ctl restart -m fast mid-upload transaction: 503, 0 half-written rows (file+job+audit in one tx), no orphan object', async () => {
    const before = await uploadTrail();
    const objectsBefore = await objects();
    expect(objectsBefore.sort()).toEqual(await storedObjects());

    // Hold the org's audit-chain lock, so the upload's transaction stops after writing its file
    // and job rows, at its first audit entry.
    const holder = await admin(dbName);
    let res: Res | 'hang' | 'socket_error';
    /** What the waiting upload transaction had written to when the server went down. */
    let written: string[] = [];
    try {
      await holder.query(`select pg_advisory_lock($1, hashtext($2))`, [AUDIT_LOCK_CLASS, a.orgId]);
      const pending = bounded(upload(h, a.accessToken, 'interrupted.csv', peopleCsv(50)));
      await within(5_000, 'the upload transaction waiting on the audit lock', async () => {
        const r = await holder.query<{ waiters: number; tables: string[] | null }>(
          `select count(distinct s.pid)::int as waiters,
                  array_agg(distinct l.relation::regclass::text) filter (where l.mode = 'RowExclusiveLock' and l.relation is not null) as tables
             from pg_stat_activity s
             join pg_locks l on l.pid = s.pid
            where s.datname = current_database() and s.application_name = 'veil'
              and s.wait_event_type = 'Lock' and s.wait_event = 'advisory'`,
        );
        if (r.rows[0].waiters === 0) return false;
        written = r.rows[0].tables ?? [];
        return true;
      });
      await cluster.restart();
      res = await pending;
    } finally {
      await holder.end().catch(() => undefined);
    }
    expect503(res, 'the interrupted upload');

    const recovery = await within(RECOVERY_MS, 'requests after the restart', async () => (await h.request('GET', '/files', { token: a.accessToken })).status === 200);
    expect(recovery).toBeLessThanOrEqual(RECOVERY_MS);

    expect(await halfWritten()).toEqual([]);
    expect(await uploadTrail()).toEqual(before);
    // The object stored before the transaction was deleted again when it failed.
    expect((await objects()).sort()).toEqual(objectsBefore.sort());
    const verify = await h.request('GET', '/audit/verify', { token: a.accessToken });
    expect(verify.body).toMatchObject({ ok: true });
    // The restart did hit the upload mid-transaction, with its file and job rows written.
    expect(written, 'tables the interrupted transaction had written').toEqual(expect.arrayContaining(['files', 'jobs']));

    // And the same upload goes through afterwards, with all its rows.
    const again = await upload(h, a.accessToken, 'interrupted.csv', peopleCsv(50));
    expect(again.status, again.text).toBe(202);
    expect(await uploadTrail()).toEqual({ files: before.files + 1, jobs: before.jobs + 1, uploaded: before.uploaded + 1, created: before.created + 1 });
    expect(await halfWritten()).toEqual([]);
    expect(crashes).toEqual([]);
  });
});
