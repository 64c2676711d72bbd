/**
 * U12: an upload past the org's row allowance answers 402 `payment_required` with a message and
 * stores 0 bytes; an upload within it is debited; `veil admin credits add ORG N` tops the
 * allowance up and audits `credits_added`.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCsv } from '../fixtures/uploads';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { createAccount, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob, type PlatformHandle } from '../support/files';
import { startHarness, type Harness } from '../support/harness';

const CLI = join(__dirname, '../../bin/veil.js');

describe('U12 row allowance', () => {
  let h: Harness;
  let handle: PlatformHandle;
  let admin: Account;
  const credits = async () =>
    Number((await h.owner.ownerTx((q) => q.query<{ c: string }>(`select credits_rows as c from orgs where id = $1`, [admin.orgId]))).rows[0].c);

  beforeAll(async () => {
    const fp = filesPlatform();
    handle = fp.handle;
    h = await startHarness({ platform: fp.platform });
    admin = await createAccount(h);
  });
  afterAll(async () => h?.close());

  it('starts generous, refuses a file past the allowance with 402 and stores nothing, debits what it accepts', async () => {
    expect(await credits()).toBe(10_000_000);
    await h.owner.ownerTx((q) => q.query(`update orgs set credits_rows = 100 where id = $1`, [admin.orgId]));

    const refused = await upload(h, admin.accessToken, 'big.csv', peopleCsv(150));
    expect(refused.status, refused.text).toBe(402);
    expect(refused.body.error.code).toBe('payment_required');
    expect(refused.body.error.message).toMatch(/allowance/);
    expect(await handle.platform!.store.list(`${admin.orgId}/`)).toEqual([]);
    expect((await h.request('GET', '/files', { token: admin.accessToken })).body.files).toEqual([]);
    expect(await credits()).toBe(100);

    const ok = await upload(h, admin.accessToken, 'small.csv', peopleCsv(60));
    expect(ok.status, ok.text).toBe(202);
    await waitForJob(h, admin.accessToken, ok.body.job.id);
    const left = await credits();
    expect(left).toBeLessThanOrEqual(40);
    expect(left).toBeGreaterThanOrEqual(38);
    expect((await upload(h, admin.accessToken, 'again.csv', peopleCsv(60))).status).toBe(402);
  });
});

describe('veil admin credits add', () => {
  let t: TestDatabase;
  const orgId = randomUUID();
  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, 'admin', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DATABASE_URL: t.url!, DATA_DIR: t.dataDir, MASTER_KEY: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(48).toString('hex') },
    });

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    await t.owner.ownerTx((q) => q.query(`insert into orgs (id, name, key_salt) values ($1, 'Acme', $2)`, [orgId, randomBytes(32)]));
  });
  afterAll(async () => t?.dispose());

  it('adds credits, audits credits_added, and refuses bad arguments or unknown orgs', async () => {
    const ok = run(['credits', 'add', orgId, '5000']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('10005000');
    const audit = await t.owner.ownerTx((q) => q.query<{ event: string; metadata: Record<string, unknown> }>(`select event, metadata from audit_log where org_id = $1`, [orgId]));
    expect(audit.rows).toEqual([{ event: 'credits_added', metadata: { rows: 5000, balance: 10_005_000, by: 'operator' } }]);
    expect(run(['credits', 'add', orgId, '-5']).status).toBe(2);
    expect(run(['credits', 'add', 'not-an-org', '5']).status).toBe(2);
    expect(run(['credits', 'add', randomUUID(), '5']).status).toBe(2);
  });
});
