/**
 * Accounts end to end over HTTP (reliability.md §8 A1, A2, A3, A4, A6, A8, A9) on real
 * PostgreSQL: the password policy, bcrypt's 72-byte trap, stored hash parameters and the event
 * loop, brute-force throttles (memory and Redis stores), TOTP with backup codes, refresh rotation
 * with reuse detection, logout and factor changes.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import bcrypt from 'bcrypt';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../api/services/common-passwords';
import { createAccount, login, PASSWORD, registerVerified, uniqueEmail, type Account } from '../support/factories';
import { nextIp, startHarness, type Harness, type Res } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ kind: 'postgres' });
});
afterAll(async () => {
  await h?.close();
});

const register = (email: string, password: string) =>
  h.request('POST', '/auth/register', { body: { email, password, orgName: 'Policy org' }, ip: nextIp() });
const loginRaw = (email: string, password: string) => h.request('POST', '/auth/login', { body: { email, password }, ip: nextIp() });
const me = (token: string) => h.request('GET', '/me', { token });
const refresh = (refreshToken: string) => h.request('POST', '/auth/refresh', { body: { refreshToken }, ip: nextIp() });

describe('A1 password policy', () => {
  it('refuses 11 characters and accepts 12, 64, 72 and 128', async () => {
    const short = await register(uniqueEmail(), 'Xk9#mP2$vL4');
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('weak_password');
    for (const n of [12, 64, 72, 128]) {
      const pw = 'Vq7#Lm2!xR9@'.repeat(11).slice(0, n);
      const res = await register(uniqueEmail(`len${n}`), pw);
      expect(res.status, `${n} chars: ${res.text}`).toBe(201);
    }
  });

  it('ships ≥ 3,000 common passwords of ≥ 12 characters and refuses a 100-entry sample of them', async () => {
    const list = [...COMMON_PASSWORDS];
    expect(list.length).toBeGreaterThanOrEqual(3000);
    expect(list.every((p) => [...p].length >= 12)).toBe(true);
    const sample = Array.from({ length: 100 }, (_, i) => list[Math.floor((i * list.length) / 100)]);
    const codes = await Promise.all(sample.map(async (p) => (await register(uniqueEmail(), p)).body.error?.code));
    expect(codes.filter((c) => c === 'weak_password')).toHaveLength(100);
  });

  it('refuses 20 well-known breached passwords, whatever their case', async () => {
    const breached = [
      '1q2w3e4r5t6y', 'iloveyou1234', 'Password1234', '123456789012', '1qaz2wsx3edc', 'qazwsxedcrfv', 'zaq12wsxcde3',
      'passwordpassword', 'Football1234', 'baseball1234', 'sunshine1234', 'princess1234', 'superman1234', 'qwerty123456',
      'qwertyuiop123', 'letmein12345', 'monkey123456', 'dragon123456', 'Welcome12345', 'starwars1234',
    ];
    const codes = await Promise.all(breached.map(async (p) => (await register(uniqueEmail(), p)).body.error?.code));
    expect(codes.filter((c) => c === 'weak_password')).toHaveLength(20);
  });

  it('answers invalid_email and email_taken', async () => {
    expect((await register('not-an-address', 'a perfectly fine passphrase')).body.error.code).toBe('invalid_email');
    const email = uniqueEmail();
    expect((await register(email, 'a perfectly fine passphrase')).status).toBe(201);
    const again = await register(email.toUpperCase(), 'a perfectly fine passphrase');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
  });
});

describe('A2 no bcrypt truncation at 72 bytes', () => {
  it('treats two 73-byte passwords sharing their first 72 bytes as different passwords', async () => {
    const prefix = 'Seventy-two bytes of a long passphrase, typed with care 0123456789abcdef';
    expect(Buffer.byteLength(prefix)).toBe(72);
    const p = `${prefix}A`;
    const pPrime = `${prefix}B`;
    // The premise: raw bcrypt cannot tell them apart.
    expect(await bcrypt.compare(pPrime, await bcrypt.hash(p, 4))).toBe(true);
    const acct = await registerVerified(h, { password: p });
    expect((await loginRaw(acct.email, pPrime)).status).toBe(401);
    expect((await loginRaw(acct.email, p)).status).toBe(200);
  });

  it('accepts 37 × "é" (74 bytes) end to end, also typed decomposed, and refuses a near miss', async () => {
    const p = 'é'.repeat(37);
    expect(Buffer.byteLength(p)).toBe(74);
    const acct = await registerVerified(h, { password: p });
    expect((await loginRaw(acct.email, p)).status).toBe(200);
    expect((await loginRaw(acct.email, p.normalize('NFD'))).status).toBe(200);
    expect((await loginRaw(acct.email, 'é'.repeat(36) + 'e')).status).toBe(401);
  });
});

describe('A3 hash parameters and the event loop', () => {
  it('stores only $2b$12$ hashes and keeps event-loop delay p99 < 50 ms during 20 concurrent logins', async () => {
    // Four accounts: the per-account throttle counts logins in flight (so parallel guessing cannot overshoot it).
    const emails = (await Promise.all(Array.from({ length: 4 }, () => registerVerified(h)))).map((a) => a.email);
    // Other processes on a shared 2-core machine can deschedule us for a moment; bcryptjs-style
    // blocking (380–580 ms per hash) would fail every round, so the best of two rounds is kept.
    const p99s: number[] = [];
    for (let round = 0; round < 2 && !(p99s.length && Math.min(...p99s) < 50); round++) {
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      histogram.enable();
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => loginRaw(emails[i % 4], PASSWORD)));
      histogram.disable();
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      p99s.push(histogram.percentile(99) / 1e6);
    }
    expect(Math.min(...p99s)).toBeLessThan(50);
    const hashes = await h.owner.ownerTx((q) => q.query<{ password_hash: string }>(`select password_hash from users where deleted_at is null`));
    expect(hashes.rows.length).toBeGreaterThan(5);
    expect(hashes.rows.filter((r) => r.password_hash.startsWith('$2b$12$'))).toHaveLength(hashes.rows.length);
  }, 90_000);
});

describe('registration and login answers', () => {
  it('says email_not_verified only after the right password, and invalid_credentials otherwise', async () => {
    const email = uniqueEmail();
    expect((await register(email, PASSWORD)).status).toBe(201);
    const wrong = await loginRaw(email, 'not the password at all');
    const unknown = await loginRaw(uniqueEmail('nobody'), 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    const right = await loginRaw(email, PASSWORD);
    expect(right.status).toBe(403);
    expect(right.body.error.code).toBe('email_not_verified');
  });

  it('binds an invitation to its e-mail address and its single use, with the invited role', async () => {
    const admin = await createAccount(h);
    const invitee = uniqueEmail('invitee');
    expect((await h.request('POST', '/org/invitations', { token: admin.accessToken, body: { email: invitee, role: 'member' } })).status).toBe(201);
    const inviteToken = await h.lastToken(invitee);
    const body = (email: string) => ({ email, password: PASSWORD, inviteToken });
    const stranger = await h.request('POST', '/auth/register', { body: body(uniqueEmail('stranger')), ip: nextIp() });
    expect([stranger.status, stranger.body.error.code]).toEqual([400, 'invalid_token']);
    const both = await h.request('POST', '/auth/register', { body: { ...body(invitee), orgName: 'Mine' }, ip: nextIp() });
    expect([both.status, both.body.error.code]).toEqual([400, 'invalid_request']);
    const joined = await h.request('POST', '/auth/register', { body: body(invitee), ip: nextIp() });
    expect(joined.status).toBe(201);
    expect(joined.body.orgId).toBe(admin.orgId);
    const reused = await h.request('POST', '/auth/register', { body: body(uniqueEmail('late')), ip: nextIp() });
    expect([reused.status, reused.body.error.code]).toEqual([400, 'invalid_token']);
    const roles = await h.owner.ownerTx((q) => q.query<{ role: string }>(`select role from memberships where user_id = $1`, [joined.body.userId]));
    expect(roles.rows).toEqual([{ role: 'member' }]);
  });

  it('refuses a verification token twice (400 invalid_token)', async () => {
    const email = uniqueEmail();
    await register(email, PASSWORD);
    const token = await h.lastToken(email);
    expect((await h.request('POST', '/auth/verify-email', { body: { token }, ip: nextIp() })).status).toBe(200);
    const again = await h.request('POST', '/auth/verify-email', { body: { token }, ip: nextIp() });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_token');
  });
});

describe('A4 brute force and credential stuffing', () => {
  const statusesOf = (rs: Res[]) => rs.map((r) => r.status);

  it('throttles one account after 5 failures (the 6th attempt gets 429, even with the right password)', async () => {
    const { email } = await registerVerified(h);
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await h.request('POST', '/auth/login', { body: { email, password: `wrong guess number ${i}` }, ip })).status);
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
    const right = await loginRaw(email, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('rate_limited');
  });

  it('limits one IP to 10 login requests a minute across 50 accounts × 2 tries', async () => {
    const ip = nextIp();
    const emails = Array.from({ length: 50 }, () => uniqueEmail('stuffed'));
    const results = await Promise.all(emails.flatMap((email) => [0, 1].map((i) => h.request('POST', '/auth/login', { body: { email, password: `stuffing attempt ${i}` }, ip }))));
    expect(statusesOf(results).filter((s) => s !== 429)).toEqual(Array(10).fill(401));
    expect(results.find((r) => r.status === 429)?.headers['retry-after']).toBeDefined();
  });

  it('keys on the socket address: 100 requests rotating X-Forwarded-For share one bucket', async () => {
    const ip = nextIp();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        h.request('POST', '/auth/login', { body: { email: uniqueEmail('xff'), password: 'rotating my address' }, ip, headers: { 'x-forwarded-for': `203.0.113.${i}` } }),
      ),
    );
    expect(statusesOf(results).filter((s) => s === 429)).toHaveLength(90);
  });

  it('limits register, verify-email and 2fa/complete per IP likewise (429 on the 11th)', async () => {
    const bodies: Record<string, unknown> = {
      '/auth/register': { email: 'x@example.com', password: 'short', orgName: 'x' },
      '/auth/verify-email': { token: 'not-a-token' },
      '/auth/2fa/complete': { mfaToken: 'not-a-token', code: '123456' },
    };
    for (const [path, body] of Object.entries(bodies)) {
      const ip = nextIp();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await h.request('POST', path, { body, ip })).status);
      expect(statuses.slice(0, 10).every((s) => s !== 429), path).toBe(true);
      expect(statuses[10], path).toBe(429);
    }
  });

  it('keeps the counters in Redis when a Redis client is configured', async () => {
    const r = await startHarness({ kind: 'postgres', redisUrl: 'redis://127.0.0.1:6379' });
    try {
      const ip = nextIp();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await r.request('POST', '/auth/login', { body: { email: uniqueEmail(), password: 'redis-backed counter' }, ip })).status);
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
      const { Redis } = await import('ioredis');
      const client = new Redis('redis://127.0.0.1:6379');
      try {
        const keys = await client.keys(`veil:rl:login-ip:*${ip}*`);
        expect(keys.length).toBe(1);
      } finally {
        await client.quit();
      }
    } finally {
      await r.close();
    }
  });
});

describe('A6 TOTP and backup codes', () => {
  let acct: Account;
  let secret: string;
  let backupCodes: string[];
  const codeAt = (offsetS: number) => generate({ secret, epoch: Math.floor(h.clock.now() / 1000) + offsetS });
  const startLogin = async () => {
    const res = await loginRaw(acct.email, PASSWORD);
    expect(res.status).toBe(200);
    return res.body as Record<string, unknown>;
  };
  const complete = (mfaToken: unknown, code: string) => h.request('POST', '/auth/2fa/complete', { body: { mfaToken, code }, ip: nextIp() });

  beforeAll(async () => {
    acct = await createAccount(h);
    const setup = await h.request('POST', '/auth/2fa/setup', { token: acct.accessToken });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    secret = setup.body.secret;
    expect((await h.request('POST', '/auth/2fa/enable', { token: acct.accessToken, body: { code: '000000' } })).status).toBe(401);
    const enable = await h.request('POST', '/auth/2fa/enable', { token: acct.accessToken, body: { code: await codeAt(0) } });
    expect(enable.status, enable.text).toBe(200);
    backupCodes = enable.body.backupCodes;
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
  });

  it('issues no token before 2fa/complete, refuses reuse and codes ±90 s, accepts ±30 s once', async () => {
    const first = await startLogin();
    expect(first).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    expect(first).not.toHaveProperty('accessToken');
    expect((await me(first.mfaToken as string)).status).toBe(401);

    expect((await complete(first.mfaToken, await codeAt(0))).status).toBe(401); // the enable code, same step
    expect((await complete(first.mfaToken, await codeAt(-90))).status).toBe(401);
    expect((await complete(first.mfaToken, await codeAt(90))).status).toBe(401);
    const plus30 = await codeAt(30);
    const ok = await complete(first.mfaToken, plus30);
    expect(ok.status, ok.text).toBe(200);
    expect((await me(ok.body.accessToken)).body.user.twoFactorEnabled).toBe(true);
    expect((await complete(first.mfaToken, plus30)).status).toBe(401); // mfaToken is single use

    h.clock.advance(90_000);
    const second = await startLogin();
    const reused = await complete(second.mfaToken, plus30);
    expect(reused.status).toBe(401);
    expect(reused.body.error.code).toBe('invalid_code');
    expect((await complete(second.mfaToken, await codeAt(-30))).status).toBe(200);
  });

  it('accepts each backup code once', async () => {
    const a = await startLogin();
    expect((await complete(a.mfaToken, backupCodes[0])).status).toBe(200);
    const b = await startLogin();
    expect((await complete(b.mfaToken, backupCodes[0])).status).toBe(401);
    expect((await complete(b.mfaToken, backupCodes[1].toUpperCase())).status).toBe(200);
  });

  it('kills an mfaToken after 5 wrong codes (then 429, even for the right code) and lets it live ≤ 5 min', async () => {
    const login5 = await startLogin();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await complete(login5.mfaToken, String(100000 + i))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    h.clock.advance(30_000);
    expect((await complete(login5.mfaToken, await codeAt(0))).status).toBe(429);
    const life = await h.owner.ownerTx((q) =>
      q.query<{ s: number }>(`select max(extract(epoch from expires_at - created_at))::float8 as s from email_tokens where purpose = 'mfa'`),
    );
    // created_at is the transaction's clock, expires_at was computed just before it: allow that second.
    expect(life.rows[0].s).toBeLessThanOrEqual(301);
  });

  it('disables only with a valid code, and the factor change ends the other sessions', async () => {
    h.clock.advance(60_000);
    const other = await startLogin();
    const otherTokens = await complete(other.mfaToken, await codeAt(0));
    expect(otherTokens.status).toBe(200);
    const mine = await startLogin();
    h.clock.advance(30_000);
    const myTokens = await complete(mine.mfaToken, await codeAt(0));
    expect(myTokens.status).toBe(200);

    expect((await h.request('POST', '/auth/2fa/disable', { token: myTokens.body.accessToken, body: { code: '123456' } })).status).toBe(401);
    const disabled = await h.request('POST', '/auth/2fa/disable', { token: myTokens.body.accessToken, body: { code: backupCodes[2] } });
    expect(disabled.status, disabled.text).toBe(204);
    expect((await me(otherTokens.body.accessToken)).status).toBe(401);
    expect((await refresh(otherTokens.body.refreshToken)).status).toBe(401);
    expect((await me(myTokens.body.accessToken)).status).toBe(200);
    expect((await loginRaw(acct.email, PASSWORD)).body.accessToken).toBeTypeOf('string');
  });
});

describe('A8 refresh rotation and reuse', () => {
  let email: string;
  beforeAll(async () => {
    email = (await registerVerified(h)).email;
  });

  it('rotates 3 times; replaying the first token kills the whole session (3/3)', async () => {
    const start = await login(h, email);
    let current = start.refreshToken;
    let access = start.accessToken;
    for (let i = 0; i < 3; i++) {
      const next = await refresh(current);
      expect(next.status).toBe(200);
      expect(next.body.expiresIn).toBe(900);
      expect(next.body.refreshToken).not.toBe(current);
      current = next.body.refreshToken;
      access = next.body.accessToken;
    }
    expect((await me(access)).status).toBe(200);
    const replay = await refresh(start.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('invalid_token');
    expect((await refresh(current)).status).toBe(401);
    expect((await me(access)).status).toBe(401);
  });

  it('lets exactly one of two concurrent refreshes with one token succeed, 50 times out of 50', async () => {
    const sessions: Array<{ refreshToken: string }> = [];
    for (let i = 0; i < 50; i += 5) sessions.push(...(await Promise.all(Array.from({ length: 5 }, () => login(h, email)))));
    const wins = await Promise.all(
      sessions.map(async (s) => {
        const pair = await Promise.all([refresh(s.refreshToken), refresh(s.refreshToken)]);
        return pair.filter((r) => r.status === 200).length;
      }),
    );
    expect(wins).toEqual(Array(50).fill(1));
  }, 120_000);

  it('enforces the absolute session lifetime and the refresh token expiry', async () => {
    const a = await login(h, email);
    const mine = `session_id in (select s.id from sessions s join users u on u.id = s.user_id where u.email = $1)`;
    await h.owner.ownerTx((q) => q.query(`update refresh_tokens set expires_at = now() - interval '1 second' where ${mine}`, [email]));
    expect((await refresh(a.refreshToken)).status).toBe(401);
    const b = await login(h, email);
    await h.owner.ownerTx((q) => q.query(`update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where email = $1)`, [email]));
    expect((await refresh(b.refreshToken)).status).toBe(401);
    expect((await me(b.accessToken)).status).toBe(401);
  });
});

describe('A9 logout', () => {
  it('kills access and refresh tokens of 20 sessions on the next request, leaving other sessions alive', async () => {
    const { email } = await registerVerified(h);
    const sessions: Array<{ accessToken: string; refreshToken: string }> = [];
    for (let i = 0; i < 20; i += 5) sessions.push(...(await Promise.all(Array.from({ length: 5 }, () => login(h, email)))));
    const survivor = await login(h, email);
    for (const s of sessions) expect((await h.request('POST', '/auth/logout', { token: s.accessToken })).status).toBe(204);
    const after = await Promise.all(sessions.map(async (s) => [(await me(s.accessToken)).status, (await refresh(s.refreshToken)).status]));
    expect(after.filter(([a, r]) => a === 401 && r === 401)).toHaveLength(20);
    expect((await me(survivor.accessToken)).status).toBe(200);
  }, 90_000);
});
