/**
 * The page's WebSocket survives a dropped connection: the first connection is cut (through
 * Playwright's WebSocket routing) just before the server's first job event reaches the page; the
 * page must reconnect, authenticate, resubscribe the same job and still show the results, from
 * the state the server sends on subscribe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCsv } from '../fixtures/uploads';
import { logInInPage, startBrowserEnv, type BrowserEnv } from '../support/browser';
import { createAccount, PASSWORD, type Account } from '../support/factories';

describe('the page: live job progress', () => {
  let env: BrowserEnv;
  let a: Account;
  beforeAll(async () => {
    env = await startBrowserEnv('live');
    a = await createAccount(env.h, { orgName: 'Live Org' });
  });
  afterAll(async () => env?.close());

  it('reconnects and resubscribes after the connection drops, then shows the results', async () => {
    const run = await env.open();
    const sent: Array<{ conn: number; type: string; jobId?: string }> = [];
    let connections = 0;
    await run.page.routeWebSocket('/ws', (ws) => {
      const conn = ++connections;
      const server = ws.connectToServer();
      ws.onMessage((m) => {
        const msg = JSON.parse(String(m));
        sent.push({ conn, type: msg.type, jobId: msg.jobId });
        server.send(m);
      });
      server.onMessage((m) => {
        const msg = JSON.parse(String(m));
        if (conn === 1 && String(msg.type).startsWith('job.')) {
          // The event never arrives: as if the network dropped right then.
          server.close({ code: 1000 });
          ws.close({ code: 4000, reason: 'dropped by the test' });
          return;
        }
        ws.send(m);
      });
    });
    await logInInPage(run, a.email, PASSWORD);
    await run.page.locator('#file').setInputFiles({ name: 'live.csv', mimeType: 'text/csv', buffer: peopleCsv(500, { seed: 'live' }) });
    await run.page.locator('#results').waitFor({ timeout: 30_000 });
    await run.shot('results-after-reconnect');

    expect(connections).toBeGreaterThanOrEqual(2);
    const jobId = sent.find((s) => s.type === 'subscribe')?.jobId;
    expect(jobId).toBeTypeOf('string');
    expect(sent.filter((s) => s.conn === 1).map((s) => s.type)).toEqual(['auth', 'subscribe']);
    expect(sent.filter((s) => s.conn === 2).map((s) => s.type)).toEqual(['auth', 'subscribe']);
    expect(sent.find((s) => s.conn === 2 && s.type === 'subscribe')?.jobId).toBe(jobId);
    const categories = await run.page.locator('#results-table tbody tr td:nth-child(3)').allTextContents();
    expect(categories).toContain('national_id');
  });

  it('refreshes its access token when the WebSocket refuses it (4401) and carries on', async () => {
    const run = await env.open();
    const auths: Array<{ conn: number; token: string }> = [];
    let connections = 0;
    await run.page.routeWebSocket('/ws', (ws) => {
      const conn = ++connections;
      const server = ws.connectToServer();
      ws.onMessage((m) => {
        const msg = JSON.parse(String(m));
        if (msg.type === 'auth') auths.push({ conn, token: msg.token });
        // The first connection presents a token the server must refuse, as an expired one would be.
        server.send(conn === 1 && msg.type === 'auth' ? JSON.stringify({ type: 'auth', token: 'expired.access.token' }) : m);
      });
    });
    await logInInPage(run, a.email, PASSWORD);
    await run.page.locator('#file').setInputFiles({ name: 'refresh.csv', mimeType: 'text/csv', buffer: peopleCsv(200, { seed: 'refresh' }) });
    await run.page.locator('#results').waitFor({ timeout: 30_000 });
    expect(connections).toBe(2);
    expect(auths[1].token).not.toBe(auths[0].token);
    expect(run.requests.filter((r) => new URL(r.url()).pathname === '/auth/refresh')).toHaveLength(1);
  });
});
