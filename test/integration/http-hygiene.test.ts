/**
 * H1: headers on every response (success, error, 404, public and authenticated), no-store on API
 * JSON, CORS for ALLOWED_ORIGINS only, tokens never in URLs; plus the error body shape, body
 * limits, /ready naming what is down, /metrics, and the logs holding no secret that went through.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { loadConfig } from '../../shared/config';
import type { Database } from '../../shared/db';
import { createLogger } from '../../shared/log';
import { createOutboxMailer } from '../../shared/mail';
import { createAccount, inviteAndJoin, PASSWORD, type Account } from '../support/factories';
import { nextIp, startHarness, type Harness, type Res } from '../support/harness';

let h: Harness;
let admin: Account;
let member: Account;

beforeAll(async () => {
  h = await startHarness({ kind: 'pglite' });
  admin = await createAccount(h);
  member = await inviteAndJoin(h, admin, 'member');
});
afterAll(async () => {
  await h?.close();
});

/** 30 requests: every route, as admin, member, anonymous, with good and bad input. */
async function sweep(): Promise<Array<[string, Res]>> {
  const ip = nextIp();
  const calls: Array<[string, string, Parameters<Harness['request']>[2]]> = [
    ['GET', '/health', {}], ['GET', '/ready', {}], ['GET', '/metrics', {}], ['GET', '/.well-known/jwks.json', {}],
    ['GET', '/no/such/route', {}], ['GET', '/me', {}], ['GET', '/me', { token: admin.accessToken }], ['GET', '/me', { token: 'garbage' }],
    ['GET', '/org', { token: member.accessToken }], ['PATCH', '/org', { token: admin.accessToken, body: { retentionPolicy: 'analysis_only' } }],
    ['PATCH', '/org', { token: member.accessToken, body: { retentionPolicy: 'analysis_only' } }], ['PATCH', '/org', { token: admin.accessToken, body: { bogus: 1 } }],
    ['POST', '/org/invitations', { token: admin.accessToken, body: { email: 'not-an-email', role: 'member' } }],
    ['GET', '/audit', { token: admin.accessToken }], ['GET', '/audit', { token: member.accessToken }], ['GET', '/audit?limit=0', { token: admin.accessToken }],
    ['GET', '/audit/verify', { token: admin.accessToken }], ['GET', '/audit/verify?head=%%%', { token: admin.accessToken }],
    ['GET', '/audit/head', { token: admin.accessToken }], ['GET', '/audit/export?format=csv', { token: admin.accessToken }],
    ['GET', '/audit/export?format=jsonl', { token: admin.accessToken }], ['GET', '/audit/export?format=xml', { token: admin.accessToken }],
    ['POST', '/auth/login', { body: { email: admin.email, password: 'wrong password here' }, ip }],
    ['POST', '/auth/login', { rawBody: '{"email": ', ip }], ['POST', '/auth/register', { body: { email: 'a@b.se', password: 'x', orgName: 'o' }, ip }],
    ['POST', '/auth/verify-email', { body: { token: 'nope' }, ip }], ['POST', '/auth/refresh', { body: { refreshToken: 'nope' } }],
    ['POST', '/auth/2fa/complete', { body: { mfaToken: 'nope', code: '123456' }, ip }], ['POST', '/auth/2fa/setup', { token: member.accessToken }],
    ['POST', '/auth/logout', {}],
  ];
  return Promise.all(calls.map(async ([m, p, o]) => [`${m} ${p}`, await h.request(m, p, o)] as [string, Res]));
}

describe('H1 HTTP hygiene', () => {
  it('sends nosniff, X-Frame-Options DENY, HSTS ≥ 1 year and a strict CSP on all 30 responses', async () => {
    const results = await sweep();
    expect(results).toHaveLength(30);
    for (const [name, res] of results) {
      expect(res.headers['x-content-type-options'], name).toBe('nosniff');
      expect(res.headers['x-frame-options'], name).toBe('DENY');
      expect(Number(/max-age=(\d+)/.exec(String(res.headers['strict-transport-security']))?.[1]), name).toBeGreaterThanOrEqual(31_536_000);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).toContain("default-src 'self'");
      expect(csp, name).not.toContain('unsafe-inline');
      expect(csp, name).not.toContain('unsafe-eval');
      expect(res.headers['x-powered-by'], name).toBeUndefined();
    }
    const authenticatedJson = results.filter(([name, r]) => !/health|ready|metrics|jwks/.test(name) && /json/.test(String(r.headers['content-type'])));
    expect(authenticatedJson.length).toBeGreaterThan(20);
    for (const [name, res] of authenticatedJson) expect(res.headers['cache-control'], name).toBe('no-store');
    for (const [name, res] of results.filter(([, r]) => r.status >= 400)) {
      expect(Object.keys(res.body ?? {}), name).toEqual(['error']);
      expect(res.body.error.code, name).toMatch(/^[a-z_]+$/);
      expect(res.body.error.message, name).toBeTypeOf('string');
    }
  });

  it('allows CORS only for ALLOWED_ORIGINS, preflight included', async () => {
    const good = await h.request('GET', '/me', { token: admin.accessToken, headers: { origin: 'https://app.veil.test' } });
    expect(good.headers['access-control-allow-origin']).toBe('https://app.veil.test');
    const evil = await h.request('GET', '/me', { token: admin.accessToken, headers: { origin: 'https://evil.example' } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await h.request('OPTIONS', '/org', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'PATCH' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const okPreflight = await h.request('OPTIONS', '/org', { headers: { origin: 'https://app.veil.test', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,content-type' } });
    expect(okPreflight.headers['access-control-allow-origin']).toBe('https://app.veil.test');
    expect(String(okPreflight.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
  });

  it('never takes or sends a token in a URL', async () => {
    expect((await h.request('GET', `/me?access_token=${admin.accessToken}`)).status).toBe(401);
    expect((await h.request('GET', `/me?token=${admin.accessToken}`)).status).toBe(401);
    const verifyByGet = await h.request('GET', `/auth/verify-email?token=abc`);
    expect(verifyByGet.status).toBe(404);
    for (const mail of await h.outbox()) {
      expect(mail.text).not.toMatch(/[?&]token=/i);
      expect(mail.text).not.toMatch(/https?:\/\/\S*[A-Za-z0-9_-]{40}/);
    }
  });

  it('maps bad JSON to 400, oversized bodies to 413 and answers unknown routes with 404 not_found', async () => {
    const bad = await h.request('POST', '/auth/login', { rawBody: '{"email": "a@b.se",', ip: nextIp() });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    const big = await h.request('POST', '/auth/login', { rawBody: JSON.stringify({ email: 'a@b.se', password: 'x'.repeat(200_000) }), ip: nextIp() });
    expect(big.status).toBe(413);
    const missing = await h.request('DELETE', '/org', { token: admin.accessToken });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const unknown = await h.request('PATCH', '/org', { token: admin.accessToken, body: { gdprCheckEnabled: true, shoeSize: 44 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('shoeSize');
  });

  it('exports Prometheus metrics with the latency histogram and auth failure counter, free of ids and addresses', async () => {
    const res = await h.request('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('veil_http_request_duration_seconds_bucket');
    expect(res.text).toMatch(/veil_auth_failures_total\{reason="invalid_credentials"\} [1-9]/);
    expect(res.text).toContain('route="/auth/login"');
    expect(res.text).not.toContain(admin.orgId);
    expect(res.text).not.toContain(admin.email);
  });

  it('publishes the Ed25519 signing keys and no secret key material', async () => {
    const res = await h.request('GET', '/.well-known/jwks.json');
    expect(res.body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(res.body.keys[0]).not.toHaveProperty('d');
  });

  it('writes one access-log line per request with method, route, status and ms, and never a password or token', async () => {
    const lines = h.logs.map((l) => JSON.parse(l) as Record<string, any>);
    const access = lines.filter((l) => l.msg === 'request');
    expect(access.length).toBeGreaterThan(30);
    expect(Object.keys(access[0].req).sort()).toEqual(['method', 'ms', 'route', 'status']);
    expect(access.every((l) => typeof l.reqId === 'string')).toBe(true);
    const failure = lines.find((l) => l.event === 'auth_failure' && l.reason === 'invalid_credentials');
    expect(failure?.reqId).toBeTypeOf('string');
    const secrets = [PASSWORD, admin.accessToken, admin.refreshToken, member.accessToken, ...(await h.outbox()).map((m) => m.token!)];
    const all = h.logs.join('\n');
    for (const s of secrets) expect(all).not.toContain(s);
    expect(all).not.toContain('?token=');
  });
});

describe('/ready', () => {
  it('answers 503 naming the dependency that is down', async () => {
    const down: Database = {
      kind: 'pglite',
      tx: () => Promise.reject(new Error('down')),
      ping: () => Promise.reject(new Error('connection refused')),
      close: async () => undefined,
    };
    const config = loadConfig({ DATA_DIR: h.dataDir, JWT_SECRET: randomBytes(48).toString('base64url') });
    const logger = createLogger({ destination: new Writable({ write: (_c, _e, cb) => cb() }) });
    const app = createApp({
      config, db: down, masterKey: randomBytes(32), jwtSecret: config.jwtSecret!, mailer: createOutboxMailer(h.dataDir), logger,
      readyChecks: [{ name: 'queue', check: async () => undefined }],
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { error: { code: string; message: string; failed: string[] } };
      expect(body.error.code).toBe('service_unavailable');
      expect(body.error.failed).toEqual(['database']);
      expect(body.error.message).toContain('database');
    } finally {
      server.close();
    }
  });
});
