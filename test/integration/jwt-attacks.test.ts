/**
 * A7: forged and misused access tokens. Every token below is refused with 401, while the control
 * — the genuine token the forgeries start from — works, so no case passes vacuously. The
 * tokens that only break a claim are signed with the real JWT_SECRET and name a live session,
 * so the claim check itself is what refuses them.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, exportJWK, SignJWT, type JWTPayload } from 'jose';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../shared/config';
import { createAccount, PASSWORD, type Account } from '../support/factories';
import { nextIp, startHarness, type Harness } from '../support/harness';

let h: Harness;
let acct: Account;
let forged: Array<[name: string, token: string]>;
let resignedControl: string;

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  h = await startHarness({ kind: 'pglite' });
  acct = await createAccount(h);
  const claims = decodeJwt(acct.accessToken) as JWTPayload & Record<string, unknown>;
  const secret = new TextEncoder().encode(h.jwtSecret);
  const resign = (patch: Record<string, unknown>, header: Record<string, unknown> = {}) =>
    new SignJWT({ ...claims, ...patch }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', ...header }).sign(secret);

  const jwks = (await h.request('GET', '/.well-known/jwks.json')).body as { keys: Array<{ x: string; kid: string }> };
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ed = generateKeyPairSync('ed25519');
  const attackerJwk = await exportJWK(rsa.publicKey);
  const signRs = (header: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', ...header }).sign(rsa.privateKey);
  const attackerSecret = new TextEncoder().encode('attacker-chosen-secret-'.repeat(4));
  const [h0, p0, s0] = acct.accessToken.split('.');

  // A second user with 2FA: its mfaToken and the verification token in the outbox are bearer-shaped secrets too.
  const mfaUser = await createAccount(h);
  const setup = await h.request('POST', '/auth/2fa/setup', { token: mfaUser.accessToken });
  await h.request('POST', '/auth/2fa/enable', { token: mfaUser.accessToken, body: { code: await generate({ secret: setup.body.secret }) } });
  const mfaLogin = await h.request('POST', '/auth/login', { body: { email: mfaUser.email, password: PASSWORD }, ip: nextIp() });
  expect(mfaLogin.body.mfaRequired).toBe(true);
  const verificationToken = (await h.outbox()).find((m) => m.to === acct.email)!.token!;

  resignedControl = await resign({});
  forged = [
    ['alg none', `${b64({ alg: 'none', typ: 'at+jwt' })}.${p0}.`],
    ['HS256 keyed with the JWKS public key', await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: jwks.keys[0].kid }).sign(Buffer.from(jwks.keys[0].x, 'base64url'))],
    ['HS256 keyed with the JWKS x string', await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(new TextEncoder().encode(jwks.keys[0].x))],
    ['EdDSA instead of HS256', await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: jwks.keys[0].kid }).sign(ed.privateKey)],
    ['RS256 instead of HS256', await signRs({})],
    ['kid header injection', await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: '../../../../dev/null' }).sign(attackerSecret)],
    ['jku header injection', await signRs({ jku: 'http://127.0.0.1:9/attacker-jwks.json' })],
    ['x5u header injection', await signRs({ x5u: 'http://127.0.0.1:9/attacker.pem' })],
    ['embedded jwk header', await signRs({ jwk: attackerJwk })],
    ['expired by 1 s', await resign({ iat: now() - 901, exp: now() - 1 })],
    ['nbf 60 s ahead', await resign({ nbf: now() + 60 })],
    ['wrong audience', await resign({ aud: 'another-service' })],
    ['wrong issuer', await resign({ iss: 'https://evil.example' })],
    ['purpose claim mfa', await resign({ typ: 'mfa' })],
    ['header typ JWT instead of at+jwt', await resign({}, { typ: 'JWT' })],
    ['mfaToken as access token', mfaLogin.body.mfaToken],
    ['verification token as access token', verificationToken],
    ['stripped signature', `${h0}.${p0}.`],
    ['tampered payload', `${h0}.${b64({ ...claims, sub: mfaUser.userId })}.${s0}`],
    ['valid signature, session of another user', await resign({ sid: decodeJwt(mfaUser.accessToken).sid })],
    ['valid signature, org of another tenant', await resign({ org: mfaUser.orgId })],
    ['no jti', await resign({ jti: undefined })],
  ];
});

afterAll(async () => {
  await h?.close();
});

describe('A7 JWT forgery', () => {
  it('accepts the genuine token and an unmodified re-signing of it (controls)', async () => {
    expect((await h.request('GET', '/me', { token: acct.accessToken })).status).toBe(200);
    expect((await h.request('GET', '/me', { token: resignedControl })).status).toBe(200);
  });

  it('refuses every forged or misused token with 401 on an authenticated route', async () => {
    const results = await Promise.all(forged.map(async ([name, token]) => [name, (await h.request('GET', '/me', { token })).status] as const));
    expect(results.length).toBeGreaterThanOrEqual(12);
    expect(results.filter(([, status]) => status !== 401)).toEqual([]);
    // The genuine token is untouched by all that.
    expect((await h.request('GET', '/me', { token: acct.accessToken })).status).toBe(200);
  });

  it('gives every token an id of its own, so two issued in the same second differ', async () => {
    const again = await h.request('POST', '/auth/login', { body: { email: acct.email, password: PASSWORD }, ip: nextIp() });
    const [first, second] = [decodeJwt(acct.accessToken), decodeJwt(again.body.accessToken)];
    expect(first.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.jti).not.toBe(first.jti);
    expect(again.body.accessToken).not.toBe(acct.accessToken);
  });

  it('answers a bad token with the same body as no token at all', async () => {
    const none = await h.request('GET', '/org');
    const bad = await h.request('GET', '/org', { token: forged[0][1] });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(bad.body.error.code).toBe(none.body.error.code);
  });

  it('refuses a JWT_SECRET under 64 characters: loadConfig throws and start-up exits non-zero', () => {
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(63) })).toThrow(ConfigError);
    const run = spawnSync(process.execPath, ['api/start.js'], { env: { PATH: process.env.PATH, JWT_SECRET: 'x'.repeat(63), DATA_DIR: h.dataDir }, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/JWT_SECRET/);
    expect(run.stderr).not.toContain('x'.repeat(63));
  });
});
