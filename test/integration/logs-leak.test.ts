/**
 * L1, the canary sweep: 20 random values (e-mails, card numbers, personnummer, raw passwords,
 * API keys) go through the success, rejection and malformed upload paths with BullMQ and Redis
 * pub/sub in the loop, a WebSocket client follows the scan, and a login is tried with a canary
 * password. Afterwards not one canary may appear in the API's logs, the HTTP error bodies, the
 * audit log (decrypted export), any Redis key or value, or the WebSocket messages.
 */
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgKeys } from '../../shared/crypto/org-keys';
import { createLogger } from '../../shared/log';
import { createScanDeps } from '../../shared/scan/deps';
import { onScanJobFailed, processScanJob } from '../../shared/scan/process-scan-job';
import { createAccount, type Account } from '../support/factories';
import { filesPlatform, readyWs, upload, waitForJob, type PlatformHandle } from '../support/files';
import { nextIp, startHarness, type Harness } from '../support/harness';
import { startRedis, type TestRedis } from '../support/redis';
import { buildXlsx, inlineRow, sheetXml } from '../support/xlsx-builders';
import { creditCard, nationalId } from '../fixtures/ids';
import { apiKey, makePerson, rawPassword } from '../fixtures/people';
import { createRng } from '../fixtures/prng';
import { toCsv } from '../fixtures/uploads';

describe('L1 canary leak sweep', () => {
  let redis: TestRedis;
  let h: Harness;
  let handle: PlatformHandle;
  let a: Account;
  const rng = createRng(`canaries-${Date.now()}`);
  const people = Array.from({ length: 4 }, () => makePerson(rng, 'SE'));
  const emails = people.map((p) => `${p.first.toLowerCase()}.${rng.digits(6)}@canary-mail.se`);
  const cards = people.map(() => creditCard(rng, 'compact'));
  const pnrs = people.map((p) => nationalId(rng, 'personnummer_se', p));
  const passwords = people.map(() => `${rawPassword(rng)}Zq${rng.digits(5)}`);
  const keys = people.map(() => apiKey(rng));
  const canaries = [...emails, ...cards, ...pnrs, ...passwords, ...keys];
  const seen: string[] = [];
  /** The worker half's log lines, checked like the API's. */
  const workerLines: string[] = [];
  const workerLog = new Writable({ write: (c, _e, cb) => void (workerLines.push(String(c)), cb()) });

  beforeAll(async () => {
    redis = await startRedis();
    const fp = filesPlatform({ redisUrl: redis.url, redisPrefix: 'l1' });
    handle = fp.handle;
    h = await startHarness({ redisUrl: redis.url, platform: fp.platform });
    // The worker side, in this process: BullMQ consumes what the API enqueued.
    const deps = createScanDeps({ db: h.db, objects: handle.platform!.store, orgKeys: createOrgKeys(h.masterKey), config: h.config, log: createLogger({ level: 'info', destination: workerLog }) });
    await handle.platform!.queue.start((job, ctx) => processScanJob(deps, job, ctx), { onFailed: onScanJobFailed(deps) });
    a = await createAccount(h);
  });

  afterAll(async () => {
    await h?.close();
    await redis?.dispose();
  });

  it('finds none of the 20 canaries in logs, error bodies, audit rows, Redis or WebSocket messages', async () => {
    const ws = await readyWs(h.baseUrl, a.accessToken, { ip: nextIp() });
    const success = toCsv(['E-post', 'Kort', 'Personnummer'], emails.map((e, i) => [e, cards[i], pnrs[i]]));
    const ok = await upload(h, a.accessToken, 'kunder.csv', success);
    expect(ok.status, ok.text).toBe(202);
    ws.send({ type: 'subscribe', jobId: ok.body.job.id });
    await waitForJob(h, a.accessToken, ok.body.job.id);
    await ws.next((m) => m.type === 'job.completed');

    const rejected = await upload(h, a.accessToken, 'konton.csv', toCsv(['E-post', 'Lösenord', 'API key'], emails.map((e, i) => [e, passwords[i], keys[i]])));
    expect(rejected.status).toBe(422);
    seen.push(rejected.text);

    const workbook = buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(canaries.map((c, i) => inlineRow(i + 1, [c])).join('')) }] });
    const malformed = await upload(h, a.accessToken, 'trasig.xlsx', workbook.subarray(0, workbook.length - 30));
    expect([400, 415]).toContain(malformed.status);
    seen.push(malformed.text);

    const badLogin = await h.request('POST', '/auth/login', { body: { email: a.email, password: passwords[0] }, ip: nextIp() });
    expect(badLogin.status).toBe(401);
    seen.push(badLogin.text);

    const audit = await h.request('GET', '/audit/export?format=jsonl', { token: a.accessToken });
    expect(audit.status).toBe(200);
    seen.push(audit.text);
    seen.push(JSON.stringify(ws.messages));
    ws.ws.close();

    const client = new Redis(redis.url);
    try {
      for (const key of await client.keys('*')) {
        seen.push(key);
        const type = await client.type(key);
        if (type === 'string') seen.push(String(await client.get(key)));
        else if (type === 'hash') seen.push(JSON.stringify(await client.hgetall(key)));
        else if (type === 'list') seen.push(JSON.stringify(await client.lrange(key, 0, -1)));
        else if (type === 'set') seen.push(JSON.stringify(await client.smembers(key)));
        else if (type === 'zset') seen.push(JSON.stringify(await client.zrange(key, '0', '-1')));
        else if (type === 'stream') seen.push(JSON.stringify(await client.xrange(key, '-', '+')));
      }
    } finally {
      client.disconnect();
    }
    seen.push(h.logs.join('\n'), workerLines.join(''));

    const haystack = seen.join('\n');
    const leaked = canaries.filter((c) => haystack.includes(c));
    expect(leaked).toEqual([]);
    expect(h.logs.length).toBeGreaterThan(10);
  });
});
