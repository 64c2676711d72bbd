/**
 * Accounts through the public API only: register → verify with the token from the outbox → log
 * in. Each bcrypt hash or check costs ~0.2–0.35 s at cost 12 (kept: A3 checks stored hashes),
 * so test files create few accounts and share them.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { nextIp, type Harness } from './harness';

/** Long, not in the common list, and the same for every factory account. */
export const PASSWORD = 'Veil test passphrase, 7 lanterns';

export type Account = {
  userId: string;
  orgId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
};

export function uniqueEmail(tag = 'user'): string {
  return `${tag}-${randomBytes(5).toString('hex')}@example.com`;
}

/** POST /auth/register (new org or invitation) and POST /auth/verify-email; returns the ids. */
export async function registerVerified(
  h: Harness,
  opts: { email?: string; password?: string; orgName?: string; inviteToken?: string } = {},
): Promise<{ userId: string; orgId: string; email: string; password: string }> {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? PASSWORD;
  const body = opts.inviteToken ? { email, password, inviteToken: opts.inviteToken } : { email, password, orgName: opts.orgName ?? `Org ${email}` };
  const reg = await h.request('POST', '/auth/register', { body, ip: nextIp() });
  expect(reg.status, reg.text).toBe(201);
  const verified = await h.request('POST', '/auth/verify-email', { body: { token: await h.lastToken(email) }, ip: nextIp() });
  expect(verified.status, verified.text).toBe(200);
  return { userId: reg.body.userId, orgId: reg.body.orgId, email, password };
}

/** POST /auth/login expecting tokens (no 2FA). */
export async function login(h: Harness, email: string, password = PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await h.request('POST', '/auth/login', { body: { email, password }, ip: nextIp() });
  expect(res.status, res.text).toBe(200);
  expect(res.body.accessToken).toBeTypeOf('string');
  return { accessToken: res.body.accessToken, refreshToken: res.body.refreshToken };
}

/** A verified, logged-in admin of a new org. */
export async function createAccount(h: Harness, opts: { email?: string; orgName?: string } = {}): Promise<Account> {
  const reg = await registerVerified(h, opts);
  return { ...reg, ...(await login(h, reg.email, reg.password)) };
}

/** An invitation from `admin`, accepted by a new, verified, logged-in user with `role`. */
export async function inviteAndJoin(h: Harness, admin: Account, role: 'admin' | 'member'): Promise<Account> {
  const email = uniqueEmail(role);
  const inv = await h.request('POST', '/org/invitations', { token: admin.accessToken, body: { email, role } });
  expect(inv.status, inv.text).toBe(201);
  const reg = await registerVerified(h, { email, inviteToken: await h.lastToken(email) });
  expect(reg.orgId).toBe(admin.orgId);
  return { ...reg, ...(await login(h, email)) };
}
