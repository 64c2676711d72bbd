/**
 * The WebSocket of contract §4 against the real server (single-process mode, PGlite): W1 origin
 * allow-list, W2 first-message auth (none → 4401 after 5 s, bad or logged-out token → 4401 at
 * once), W3 cross-tenant subscribes, W4 limits (31st upgrade, 1 MiB message, lifetime), W5 late
 * subscriber and monotonic progress. The lifetime is shortened to 6.5 s for the test (just past the 5-s auth window).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, login, type Account } from '../support/factories';
import { filesPlatform, openWs, readyWs, upload, waitForJob } from '../support/files';
import { nextIp, startHarness, type Harness } from '../support/harness';
import { peopleCsv } from '../fixtures/uploads';

const LIFETIME_MS = 6_500;

describe('WebSocket /ws', () => {
  let h: Harness;
  let a: Account;
  let b: Account;

  beforeAll(async () => {
    h = await startHarness({ platform: filesPlatform({ ws: { lifetimeMs: LIFETIME_MS } }).platform });
    [a, b] = await Promise.all([createAccount(h), createAccount(h)]);
  });
  afterAll(async () => h?.close());

  it('W1: 10 bad origins → 403 at the upgrade; the allowed origin → 101', async () => {
    const bad = [
      null, 'null', 'http://evil.test', 'http://app.veil.test', 'https://app.veil.test.evil.test', 'https://app.veil.test:8443',
      'https://APP.veil.test.', 'https://evil.test/https://app.veil.test', 'https://app.veil.test/', 'wss://app.veil.test',
    ];
    const statuses = await Promise.all(bad.map((origin) => openWs(h.baseUrl, { origin, ip: nextIp() }).then(() => 101, (e: { status?: number }) => e.status)));
    expect(statuses).toEqual(bad.map(() => 403));
    const ok = await openWs(h.baseUrl, { ip: nextIp() });
    ok.ws.close();
  });

  it('W2: no first message → 4401 after 5–6 s; a bad token and a logged-out session → 4401 at once', async () => {
    const silent = await openWs(h.baseUrl, { ip: nextIp() });
    const bad = await openWs(h.baseUrl, { ip: nextIp() });
    bad.send({ type: 'auth', token: 'not.a.token' });
    expect((await bad.closed).code).toBe(4401);
    expect((await bad.closed).afterMs).toBeLessThan(500);

    const session = await login(h, a.email);
    expect((await h.request('POST', '/auth/logout', { token: session.accessToken })).status).toBe(204);
    const revoked = await openWs(h.baseUrl, { ip: nextIp() });
    revoked.send({ type: 'auth', token: session.accessToken });
    expect((await revoked.closed).code).toBe(4401);
    expect((await revoked.closed).afterMs).toBeLessThan(500);

    const first = await openWs(h.baseUrl, { ip: nextIp() });
    first.send({ type: 'subscribe', jobId: randomUUID() });
    expect((await first.closed).code).toBe(4401);

    const { code, afterMs } = await silent.closed;
    expect(code).toBe(4401);
    expect(afterMs).toBeGreaterThanOrEqual(4_900);
    expect(afterMs).toBeLessThan(6_000);
  });

  it('W3: 40 subscribes to org B job ids → not_found, and no event of org B arrives', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await upload(h, b.accessToken, `b${i}.csv`, peopleCsv(50, { seed: `b${i}` }));
      expect(res.status, res.text).toBe(202);
      ids.push(res.body.job.id);
    }
    const spy = await readyWs(h.baseUrl, a.accessToken, { ip: nextIp() });
    for (let i = 0; i < 40; i++) spy.send({ type: 'subscribe', jobId: ids[i % ids.length] });
    // Org B keeps producing events meanwhile.
    for (let i = 0; i < 4; i++) await upload(h, b.accessToken, `b-more${i}.csv`, peopleCsv(50, { seed: `bm${i}` }));
    for (const id of ids) await waitForJob(h, b.accessToken, id);
    await sleep(500);
    const errors = spy.messages.filter((m) => m.type === 'error');
    expect(errors.length).toBe(40);
    expect(errors.every((m) => m.code === 'not_found')).toBe(true);
    expect(spy.messages.filter((m) => m.type.startsWith('job.'))).toEqual([]);
    spy.ws.close();
  });

  it('W4: the 31st upgrade in a minute from one IP → 429; a 1 MiB message → close 1009; lifetime → 4408', async () => {
    const ip = nextIp();
    const results: number[] = [];
    for (let i = 0; i < 31; i++) {
      results.push(
        await openWs(h.baseUrl, { ip }).then(
          (c) => (c.ws.terminate(), 101),
          (e: { status?: number }) => e.status ?? 0,
        ),
      );
    }
    expect(results.slice(0, 30).every((s) => s === 101)).toBe(true);
    expect(results[30]).toBe(429);

    const big = await readyWs(h.baseUrl, a.accessToken, { ip: nextIp() });
    big.send(JSON.stringify({ type: 'subscribe', jobId: 'x'.repeat(1024 * 1024) }));
    expect((await big.closed).code).toBe(1009);

    const long = await readyWs(h.baseUrl, a.accessToken, { ip: nextIp() });
    const { code, afterMs } = await long.closed;
    expect(code).toBe(4408);
    expect(afterMs).toBeGreaterThan(LIFETIME_MS - 500);
  });

  it('W5: a late subscriber gets the final state at once; a live subscriber sees monotonic progress then completion', async () => {
    const done = await upload(h, a.accessToken, 'late.csv', peopleCsv(100, { seed: 'late' }));
    await waitForJob(h, a.accessToken, done.body.job.id);
    const late = await readyWs(h.baseUrl, a.accessToken, { ip: nextIp() });
    const asked = Date.now();
    late.send({ type: 'subscribe', jobId: done.body.job.id });
    expect(await late.next((m) => m.jobId === done.body.job.id)).toEqual({ type: 'job.completed', jobId: done.body.job.id });
    expect(Date.now() - asked).toBeLessThan(200);
    late.ws.close();

    const live = await readyWs(h.baseUrl, a.accessToken, { ip: nextIp() });
    const res = await upload(h, a.accessToken, 'live.csv', peopleCsv(20_000, { seed: 'live' }));
    live.send({ type: 'subscribe', jobId: res.body.job.id });
    await live.next((m) => m.type === 'job.completed', 60_000);
    const progress = live.messages.filter((m) => m.type === 'job.progress').map((m) => m.progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(live.messages.at(-1)).toEqual({ type: 'job.completed', jobId: res.body.job.id });
    live.ws.close();
  });
});
