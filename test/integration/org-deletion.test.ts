/**
 * G3: `DELETE /org` on PostgreSQL and s3rver with five stored files — the org's S3 prefix ends
 * with 0 objects and 0 multipart uploads, the key salt is destroyed (no key can be derived, so a
 * saved ciphertext copy can never be decrypted), every session is revoked, and the audit chain,
 * ending in `org_deleted`, still verifies.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../shared/audit/verify';
import { createOrgKeys } from '../../shared/crypto/org-keys';
import { peopleCsv } from '../fixtures/uploads';
import { createAccount, inviteAndJoin, PASSWORD, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob, type PlatformHandle } from '../support/files';
import { startHarness, type Harness } from '../support/harness';
import { startS3, type TestS3 } from '../support/s3';

describe('G3 DELETE /org', () => {
  let h: Harness;
  let s3: TestS3;
  let handle: PlatformHandle;
  let admin: Account;
  let member: Account;

  beforeAll(async () => {
    s3 = await startS3();
    const fp = filesPlatform({ s3: s3.config });
    handle = fp.handle;
    h = await startHarness({ kind: 'postgres', platform: fp.platform });
    admin = await createAccount(h);
    member = await inviteAndJoin(h, admin, 'member');
    for (let i = 0; i < 5; i++) {
      const res = await upload(h, admin.accessToken, `f${i}.csv`, peopleCsv(30, { seed: `g3-${i}` }));
      expect(res.status, res.text).toBe(202);
      await waitForJob(h, admin.accessToken, res.body.job.id);
    }
  }, 90_000);
  afterAll(async () => {
    await h?.close();
    await s3?.stop();
  });

  it('refuses members (403), a wrong password (401) and unknown fields (400)', async () => {
    expect((await h.request('DELETE', '/org', { token: member.accessToken, body: { password: PASSWORD } })).status).toBe(403);
    const wrong = await h.request('DELETE', '/org', { token: admin.accessToken, body: { password: 'not the password at all' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect((await h.request('DELETE', '/org', { token: admin.accessToken, body: { password: PASSWORD, orgId: admin.orgId } })).status).toBe(400);
    expect((await h.request('GET', '/files', { token: admin.accessToken })).body.files).toHaveLength(5);
  });

  it('deletes every object (confirmed), destroys the salt, revokes sessions; /audit/verify stays ok', async () => {
    const prefix = `${admin.orgId}/`;
    const bucket = s3.config.bucket;
    const before = await s3.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
    expect(before.KeyCount).toBe(5);

    const res = await h.request('DELETE', '/org', { token: admin.accessToken, body: { password: PASSWORD } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ deleted: true, confirmedAt: expect.any(String) });

    const after = await s3.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
    expect(after.KeyCount ?? 0).toBe(0);
    // s3rver has no ListMultipartUploads: an open upload shows as a part directory it left behind.
    expect(await s3.leftoverUploadDirs()).toEqual([]);
    expect(await handle.platform!.store.list(prefix)).toEqual([]);

    // Crypto-erasure: no key of the org can be derived any more, so no saved ciphertext can be opened.
    const keys = createOrgKeys(h.masterKey);
    for (const purpose of ['files', 'audit'] as const) {
      await expect(h.db.tx(admin.orgId, (q) => keys.key(q, admin.orgId, purpose))).rejects.toMatchObject({ code: 'not_found' });
    }
    const salt = await h.owner.ownerTx((q) => q.query<{ key_salt: unknown }>(`select key_salt from orgs where id = $1`, [admin.orgId]));
    expect(salt.rows[0].key_salt).toBeNull();

    for (const who of [admin, member]) expect((await h.request('GET', '/me', { token: who.accessToken })).status).toBe(401);

    const verdict = await verifyAudit(h.db, admin.orgId);
    expect(verdict.ok).toBe(true);
    const last = await h.owner.ownerTx((q) => q.query<{ event: string; metadata: Record<string, unknown> }>(
      `select event, metadata from audit_log where org_id = $1 order by seq desc limit 1`, [admin.orgId]));
    expect(last.rows[0].event).toBe('org_deleted');
    expect(last.rows[0].metadata.objectsDeleted).toBe(5);
  });
});
