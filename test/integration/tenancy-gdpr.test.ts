/**
 * C1 for the GDPR routes, on PostgreSQL and PGlite: org B's admin never sees, erases or certifies
 * anything of org A — a subject present only in org A is not found by B, B's erasure leaves A's
 * file untouched, and A's job id answers 404 exactly like a random id (certificate, remediate).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_HEADER, peopleRows, toCsv } from '../fixtures/uploads';
import { ADAPTERS } from '../support/databases';
import { createAccount, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob } from '../support/files';
import { startHarness, type Harness } from '../support/harness';

describe.each(ADAPTERS)('C1 GDPR routes on %s', (kind) => {
  let h: Harness;
  let a: Account;
  let b: Account;
  let ofA: { fileId: string; jobId: string };
  const SUBJECT = 'only.in.a@exempel.se';

  beforeAll(async () => {
    h = await startHarness({ kind, platform: filesPlatform().platform });
    [a, b] = await Promise.all([createAccount(h), createAccount(h)]);
    const rows = peopleRows(50, { seed: 'tenancy-gdpr' });
    rows[7][1] = SUBJECT;
    const res = await upload(h, a.accessToken, 'a.csv', toCsv(PEOPLE_HEADER, rows));
    expect(res.status, res.text).toBe(202);
    ofA = { fileId: res.body.file.id, jobId: res.body.job.id };
    await waitForJob(h, a.accessToken, ofA.jobId);
    const own = await upload(h, b.accessToken, 'b.csv', toCsv(PEOPLE_HEADER, peopleRows(20, { seed: 'tenancy-gdpr-b' })));
    await waitForJob(h, b.accessToken, own.body.job.id);
  }, 60_000);
  afterAll(async () => h?.close());

  it("does not find, erase or certify org A's data for org B", async () => {
    const access = await h.request('POST', '/gdpr/subject-access', { token: b.accessToken, body: { identifier: SUBJECT } });
    expect(access.status, access.text).toBe(200);
    expect(access.body).toMatchObject({ matches: [], searchedFiles: 1 });
    const erase = await h.request('POST', '/gdpr/erasure', { token: b.accessToken, body: { identifier: SUBJECT } });
    expect(erase.body).toMatchObject({ erasedRows: 0, files: [] });
    const mine = await h.request('POST', '/gdpr/subject-access', { token: a.accessToken, body: { identifier: SUBJECT } });
    expect(mine.body.matches.map((m: { fileId: string }) => m.fileId)).toEqual([ofA.fileId]);

    const theirs = await h.request('POST', `/jobs/${ofA.jobId}/certificate`, { token: b.accessToken });
    const random = await h.request('POST', `/jobs/${randomUUID()}/certificate`, { token: b.accessToken });
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(random.body);
    const body = { actions: { '1': 'mask' } };
    const remediateTheirs = await h.request('POST', `/jobs/${ofA.jobId}/remediate`, { token: b.accessToken, body });
    const remediateRandom = await h.request('POST', `/jobs/${randomUUID()}/remediate`, { token: b.accessToken, body });
    expect(remediateTheirs.status).toBe(404);
    expect(remediateTheirs.body).toEqual(remediateRandom.body);
  });

  it('refuses to be told the org (400)', async () => {
    for (const path of ['/gdpr/subject-access', '/gdpr/erasure']) {
      const res = await h.request('POST', path, { token: b.accessToken, body: { identifier: SUBJECT, orgId: a.orgId } });
      expect(res.status, path).toBe(400);
    }
  });
});
