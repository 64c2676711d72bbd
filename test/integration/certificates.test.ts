/**
 * Scan certificates end to end: issued for a completed job (admin only, audited), 409 for a job
 * that did not complete, and `veil verify` checks the saved certificate offline against the saved
 * JWKS — and refuses it after a one-byte change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCsv } from '../fixtures/uploads';
import { createAccount, inviteAndJoin, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob } from '../support/files';
import { startHarness, type Harness } from '../support/harness';

const CLI = join(__dirname, '../../bin/veil.js');

describe('POST /jobs/:id/certificate and veil verify', () => {
  let h: Harness;
  let admin: Account;
  let dir: string;
  let done: { fileId: string; jobId: string; sha256: string };

  beforeAll(async () => {
    h = await startHarness({ platform: filesPlatform().platform });
    admin = await createAccount(h);
    dir = await mkdtemp(join(tmpdir(), 'veil-cert-'));
    const res = await upload(h, admin.accessToken, 'people.csv', peopleCsv(40));
    expect(res.status, res.text).toBe(202);
    done = { fileId: res.body.file.id, jobId: res.body.job.id, sha256: res.body.file.sha256 };
    expect((await waitForJob(h, admin.accessToken, done.jobId)).body.status).toBe('completed');
  });
  afterAll(async () => {
    await h?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('signs what was scanned, audits it, and verifies offline; a one-byte change fails', async () => {
    const res = await h.request('POST', `/jobs/${done.jobId}/certificate`, { token: admin.accessToken });
    expect(res.status, res.text).toBe(200);
    const { certificate, keyId } = res.body;
    expect(keyId).toBe('veil-ed25519-v1');
    expect(certificate).toMatchObject({ orgId: admin.orgId, fileId: done.fileId, jobId: done.jobId, sha256: done.sha256, fileName: 'people.csv' });
    expect(certificate.columns.map((c: { category: string }) => c.category)).toEqual(expect.arrayContaining(['email', 'national_id']));
    expect(JSON.stringify(certificate)).not.toMatch(/maskedSamples|@/);

    const audit = await h.request('GET', '/audit?event=certificate_issued', { token: admin.accessToken });
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0].metadata).toMatchObject({ jobId: done.jobId, fileId: done.fileId, keyId });

    const jwks = await h.request('GET', '/.well-known/jwks.json');
    const certPath = join(dir, 'cert.json');
    const jwksPath = join(dir, 'jwks.json');
    const text = JSON.stringify(res.body, null, 2);
    await writeFile(certPath, text);
    await writeFile(jwksPath, JSON.stringify(jwks.body));
    const ok = spawnSync(process.execPath, [CLI, 'verify', certPath, '--jwks', jwksPath], { encoding: 'utf8', timeout: 60_000 });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('valid');

    // One byte of the file hash changed.
    const i = text.indexOf(done.sha256) + 5;
    await writeFile(certPath, text.slice(0, i) + (text[i] === '0' ? '1' : '0') + text.slice(i + 1));
    const bad = spawnSync(process.execPath, [CLI, 'verify', certPath, '--jwks', jwksPath], { encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(4);
    expect(bad.stdout).toContain('NOT valid');
    const usage = spawnSync(process.execPath, [CLI, 'verify', certPath], { encoding: 'utf8', timeout: 60_000 });
    expect(usage.status).toBe(2);
  });

  it('409 for a job that did not complete, 403 for a member, 404 for unknown ids, 400 for a body', async () => {
    const second = await upload(h, admin.accessToken, 'second.csv', peopleCsv(20, { seed: 'second' }));
    expect(second.status, second.text).toBe(202);
    await waitForJob(h, admin.accessToken, second.body.job.id);
    // Put the job back into a state that certifies nothing (running, then failed).
    for (const status of ['running', 'failed']) {
      await h.owner.ownerTx((q) => q.query(`update jobs set status = $1 where id = $2`, [status, second.body.job.id]));
      const res = await h.request('POST', `/jobs/${second.body.job.id}/certificate`, { token: admin.accessToken });
      expect(res.status, status).toBe(409);
      expect(res.body.error.code).toBe('conflict');
    }
    const member = await inviteAndJoin(h, admin, 'member');
    expect((await h.request('POST', `/jobs/${done.jobId}/certificate`, { token: member.accessToken })).status).toBe(403);
    expect((await h.request('POST', `/jobs/00000000-0000-4000-8000-000000000000/certificate`, { token: admin.accessToken })).status).toBe(404);
    expect((await h.request('POST', `/jobs/not-a-uuid/certificate`, { token: admin.accessToken })).status).toBe(404);
    expect((await h.request('POST', `/jobs/${done.jobId}/certificate`, { token: admin.accessToken, body: { sign: 'x' } })).status).toBe(400);
  });
});
