/**
 * Remediation end to end: a people register with the name masked, e-mail and personnummer
 * tokenised and the phone column dropped becomes a new file that is scanned like an upload; its
 * report shows the personnummer column no longer personal, e-mails keeping their domain, and the
 * phone column gone. Audited `remediation_applied`; the original is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgKeys } from '../../shared/crypto/org-keys';
import { encryptedObjects } from '../../shared/objects';
import { readRows } from '../../shared/read';
import { peopleCsv, peopleRows } from '../fixtures/uploads';
import { createAccount, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob, type PlatformHandle } from '../support/files';
import { startHarness, type Harness } from '../support/harness';

describe('POST /jobs/:id/remediate', () => {
  let h: Harness;
  let handle: PlatformHandle;
  let admin: Account;
  let original: { fileId: string; jobId: string };

  beforeAll(async () => {
    const fp = filesPlatform();
    handle = fp.handle;
    h = await startHarness({ platform: fp.platform });
    admin = await createAccount(h);
    const res = await upload(h, admin.accessToken, 'people.csv', peopleCsv(200, { seed: 'remediate' }));
    expect(res.status, res.text).toBe(202);
    original = { fileId: res.body.file.id, jobId: res.body.job.id };
    expect((await waitForJob(h, admin.accessToken, original.jobId)).body.status).toBe('completed');
  });
  afterAll(async () => h?.close());

  it('writes a remediated file that is scanned, with the chosen columns no longer personal or tokenised as asked', async () => {
    const res = await h.request('POST', `/jobs/${original.jobId}/remediate`, {
      token: admin.accessToken,
      body: { actions: { '0': 'mask', '1': 'tokenize', '2': 'tokenize', '3': 'drop', '4': 'hash' } },
    });
    expect(res.status, res.text).toBe(202);
    expect(res.body.file.name).toBe('people-remediated.csv');
    const done = await waitForJob(h, admin.accessToken, res.body.job.id);
    expect(done.body.status).toBe('completed');
    const columns = done.body.report.sheets[0].columns as Array<{ index: number; header: string; category: string; subtype: string | null; matches: number; evidence: string[] }>;
    expect(columns.map((c) => c.header)).not.toContain('Telefon');
    const pnr = columns.find((c) => c.header === 'Personnummer');
    // Only the header still says personnummer: every token is refused as a real one (impossible date).
    expect(pnr).toMatchObject({ matches: 0, evidence: expect.arrayContaining(['rejected:date:personnummer_se:200']) });
    expect((pnr as unknown as { confidence: number }).confidence).toBeLessThan(0.5);

    const key = await h.db.tx(admin.orgId, (q) => createOrgKeys(h.masterKey).key(q, admin.orgId, 'files'));
    const source = await encryptedObjects(handle.platform!.store).openDecrypted(admin.orgId, res.body.file.id, key);
    const rows: string[][] = [];
    for await (const b of readRows(source, { fileName: 'x.csv' })) rows.push(...b.rows);
    const before = peopleRows(200, { seed: 'remediate' });
    expect(rows[0]).toEqual(['Namn', 'E-post', 'Personnummer', 'Anteckning']);
    expect(rows).toHaveLength(201);
    for (let i = 0; i < 200; i++) {
      const [name, email, , note] = rows[i + 1];
      expect(name).not.toBe(before[i][0]);
      expect(email.split('@')[1]).toBe(before[i][1].split('@')[1]);
      expect(email).not.toBe(before[i][1]);
      expect(note === '' || /^[0-9a-f]{64}$/.test(note)).toBe(true);
    }
    const audit = await h.request('GET', '/audit?event=remediation_applied', { token: admin.accessToken });
    expect(audit.body.entries[0].metadata).toMatchObject({ jobId: original.jobId, fileId: original.fileId, newFileId: res.body.file.id });
    expect((await h.request('GET', `/files/${original.fileId}`, { token: admin.accessToken })).status).toBe(200);
  });

  it('400 for bad actions, 404 for unknown jobs, 409 for a job that is not completed', async () => {
    for (const body of [{ actions: {} }, { actions: { x: 'mask' } }, { actions: { '1': 'burn' } }, { actions: { '1': 'mask' }, orgId: admin.orgId }]) {
      expect((await h.request('POST', `/jobs/${original.jobId}/remediate`, { token: admin.accessToken, body })).status).toBe(400);
    }
    expect((await h.request('POST', `/jobs/${original.jobId}/remediate`, { token: admin.accessToken, body: { actions: { '1': 'mask' }, sheet: 'nope' } })).status).toBe(400);
    expect((await h.request('POST', '/jobs/00000000-0000-4000-8000-000000000000/remediate', { token: admin.accessToken, body: { actions: { '1': 'mask' } } })).status).toBe(404);
    await h.owner.ownerTx((q) => q.query(`update jobs set status = 'running' where id = $1`, [original.jobId]));
    expect((await h.request('POST', `/jobs/${original.jobId}/remediate`, { token: admin.accessToken, body: { actions: { '1': 'mask' } } })).status).toBe(409);
  });
});
