/**
 * C1 for files and jobs, on PostgreSQL and PGlite: every file/job route called by org B's admin
 * and member with org A's real ids answers 404 exactly as for a random id (same body), the
 * listings show nothing of org A, and naming org A in a query or body is refused (400).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/databases';
import { createAccount, inviteAndJoin, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob } from '../support/files';
import { startHarness, type Harness } from '../support/harness';
import { peopleCsv } from '../fixtures/uploads';

type Ids = { fileId: string; jobId: string };
const ID_ROUTES: Array<{ name: string; method: string; path: (ids: Ids) => string }> = [
  { name: 'GET /files/:id', method: 'GET', path: (i) => `/files/${i.fileId}` },
  { name: 'GET /files/:id/download', method: 'GET', path: (i) => `/files/${i.fileId}/download` },
  { name: 'DELETE /files/:id', method: 'DELETE', path: (i) => `/files/${i.fileId}` },
  { name: 'GET /jobs/:id', method: 'GET', path: (i) => `/jobs/${i.jobId}` },
];

describe.each(ADAPTERS)('C1 files and jobs on %s', (kind) => {
  let h: Harness;
  let a: Account;
  let b: { admin: Account; member: Account };
  let ofA: Ids;

  beforeAll(async () => {
    h = await startHarness({ kind, platform: filesPlatform().platform });
    const [adminA, adminB] = await Promise.all([createAccount(h), createAccount(h)]);
    a = adminA;
    b = { admin: adminB, member: await inviteAndJoin(h, adminB, 'member') };
    const res = await upload(h, a.accessToken, 'org-a.csv', peopleCsv(30));
    expect(res.status, res.text).toBe(202);
    ofA = { fileId: res.body.file.id, jobId: res.body.job.id };
    await waitForJob(h, a.accessToken, ofA.jobId);
  });
  afterAll(async () => h?.close());

  it(`answers 404 for org A's ids exactly as for random ids (${ID_ROUTES.length} routes × 2 callers)`, async () => {
    for (const route of ID_ROUTES) {
      for (const caller of [b.admin, b.member]) {
        const theirs = await h.request(route.method, route.path(ofA), { token: caller.accessToken });
        const random = await h.request(route.method, route.path({ fileId: randomUUID(), jobId: randomUUID() }), { token: caller.accessToken });
        expect(theirs.status, route.name).toBe(404);
        expect(theirs.body, route.name).toEqual(random.body);
        expect(theirs.text).not.toContain(ofA.fileId);
      }
    }
    // Org A's file survived B's DELETE attempts.
    expect((await h.request('GET', `/files/${ofA.fileId}`, { token: a.accessToken })).status).toBe(200);
  });

  it("lists none of org A's files or jobs to org B", async () => {
    for (const caller of [b.admin, b.member]) {
      for (const path of ['/files', '/jobs', '/jobs?status=completed']) {
        const res = await h.request('GET', path, { token: caller.accessToken });
        expect(res.status, path).toBe(200);
        expect(res.text).not.toContain(ofA.fileId);
        expect(res.text).not.toContain(ofA.jobId);
      }
    }
  });

  it('refuses to be told the org: unknown query and body fields → 400', async () => {
    const attempts = await Promise.all([
      h.request('GET', `/files?orgId=${a.orgId}`, { token: b.admin.accessToken }),
      h.request('GET', `/jobs?orgId=${a.orgId}`, { token: b.admin.accessToken }),
      h.request('DELETE', `/files/${ofA.fileId}`, { token: b.admin.accessToken, body: { orgId: a.orgId } }),
      h.request('POST', '/files/prescan', { token: b.admin.accessToken, body: { fileName: 'x', headers: [], rows: [], orgId: a.orgId } }),
    ]);
    for (const res of attempts) expect(res.status, res.text).toBe(400);
  });

  it('requires a token on every files and jobs route', async () => {
    for (const route of ID_ROUTES) expect((await h.request(route.method, route.path(ofA))).status).toBe(401);
    expect((await h.request('GET', '/files')).status).toBe(401);
    expect((await h.request('POST', '/files')).status).toBe(401);
  });
});
