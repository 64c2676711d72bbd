/**
 * Account-level rights: `GET /gdpr/export` gives any user their own account data as a JSON
 * download; `DELETE /me` (password re-entered) removes the account and ends its sessions, and is
 * refused for the last admin of an org.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, inviteAndJoin, PASSWORD, type Account } from '../support/factories';
import { startHarness, type Harness } from '../support/harness';

describe('GET /gdpr/export and DELETE /me', () => {
  let h: Harness;
  let admin: Account;
  let member: Account;

  beforeAll(async () => {
    h = await startHarness();
    admin = await createAccount(h);
    member = await inviteAndJoin(h, admin, 'member');
  });
  afterAll(async () => h?.close());

  it("exports the caller's own account data, and only theirs", async () => {
    const res = await h.request('GET', '/gdpr/export', { token: member.accessToken });
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.user).toMatchObject({ id: member.userId, email: member.email, twoFactorEnabled: false });
    expect(res.body.memberships).toEqual([expect.objectContaining({ orgId: admin.orgId, role: 'member' })]);
    expect(res.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(res.body.audit.length).toBeGreaterThanOrEqual(1);
    // The org's name (the factory writes the admin's address into it) is the member's data too; the admin's own records are not.
    expect(res.text).not.toContain(admin.userId);
    expect((await h.request('GET', '/gdpr/export?userId=x', { token: member.accessToken })).status).toBe(400);
    expect((await h.request('GET', '/gdpr/export')).status).toBe(401);
  });

  it('refuses the last admin (409) and a wrong password (401); deletes a member and ends their sessions', async () => {
    expect((await h.request('DELETE', '/me', { token: admin.accessToken, body: { password: PASSWORD } })).status).toBe(409);
    expect((await h.request('DELETE', '/me', { token: member.accessToken, body: { password: 'definitely not it' } })).status).toBe(401);
    expect((await h.request('DELETE', '/me', { token: member.accessToken, body: { password: PASSWORD, extra: 1 } })).status).toBe(400);
    const res = await h.request('DELETE', '/me', { token: member.accessToken, body: { password: PASSWORD } });
    expect(res.status, res.text).toBe(204);
    expect((await h.request('GET', '/me', { token: member.accessToken })).status).toBe(401);
    const login = await h.request('POST', '/auth/login', { body: { email: member.email, password: PASSWORD } });
    expect(login.status).toBe(401);
    const audit = await h.request('GET', '/audit?event=account_deleted', { token: admin.accessToken });
    expect(audit.body.entries).toEqual([expect.objectContaining({ userId: member.userId })]);
  });
});
