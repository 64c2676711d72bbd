/**
 * The distributed deployment as processes: two API processes and one worker process
 * (`node --import tsx api/main.ts` / `worker/main.ts`) on real PostgreSQL, a private Redis and
 * s3rver. A WebSocket client on API 2 follows a file uploaded through API 1 (W5 cross-instance),
 * and a 30,000-row CSV with a raw password in a free-text cell at row 29,000 is refused with
 * nothing left in the bucket: layer 2 runs the full engine on upload, so the password is found
 * there (422) before any object or job exists; layer 3 in the worker is the second net.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPgDatabase } from '../support/databases';
import { PASSWORD } from '../support/factories';
import { readyWs, upload } from '../support/files';
import type { Harness } from '../support/harness';
import { startRedis, type TestRedis } from '../support/redis';
import { startS3, type TestS3 } from '../support/s3';
import { peopleCsv } from '../fixtures/uploads';
import { sparePort } from '../support/ports';

const ORIGIN = 'https://app.veil.test';

type Proc = { child: ChildProcess; output: string[]; dataDir: string; url: string };

describe('pipeline: 2 API processes + 1 worker on PostgreSQL, Redis and s3rver', () => {
  let redis: TestRedis;
  let s3: TestS3;
  let pg: { url: string; drop(): Promise<void> };
  const procs: Proc[] = [];
  let env: Record<string, string>;
  // Held by role: `procs` is in the order the processes happened to start, which two started
  // together do not keep (the worker was once taken for API 2, and a request went to '/me').
  let api1: Proc;
  let api2: Proc;

  async function start(script: string, port: number | null): Promise<Proc> {
    const dataDir = await mkdtemp(join(tmpdir(), 'veil-pipeline-'));
    const output: string[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: process.cwd(),
      env: { ...process.env, ...env, DATA_DIR: dataDir, ...(port ? { PORT: String(port) } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c) => output.push(String(c)));
    child.stderr!.on('data', (c) => output.push(String(c)));
    const proc = { child, output, dataDir, url: port ? `http://127.0.0.1:${port}` : '' };
    procs.push(proc);
    return proc;
  }

  async function ready(p: Proc, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (p.child.exitCode !== null) throw new Error(`process exited: ${p.output.join('').slice(-2000)}`);
      const ok = await fetch(`${p.url}/ready`).then((r) => r.status === 200, () => false);
      if (ok) return;
      await sleep(200);
    }
    throw new Error(`not ready: ${p.output.join('').slice(-2000)}`);
  }

  const json = async (url: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };

  beforeAll(async () => {
    [redis, s3, pg] = await Promise.all([startRedis(), startS3(), createEmptyPgDatabase()]);
    env = {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      S3_BUCKET: s3.config.bucket,
      S3_ENDPOINT: s3.config.endpoint!,
      S3_REGION: s3.config.region,
      S3_ACCESS_KEY_ID: s3.config.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey,
      MASTER_KEY: randomBytes(32).toString('hex'),
      JWT_SECRET: randomBytes(48).toString('base64url'),
      ALLOWED_ORIGINS: ORIGIN,
      LOG_LEVEL: 'info',
    };
    // The first process migrates; the others start once the schema exists.
    api1 = await start('api/main.ts', await sparePort());
    await ready(api1);
    [api2] = await Promise.all([start('api/main.ts', await sparePort()), start('worker/main.ts', null)]);
    await ready(api2);
  }, 120_000);

  afterAll(async () => {
    for (const p of procs) {
      if (p.child.exitCode === null) {
        p.child.kill('SIGTERM');
        await Promise.race([new Promise((r) => p.child.once('exit', r)), sleep(8_000)]);
        if (p.child.exitCode === null) p.child.kill('SIGKILL');
      }
      await rm(p.dataDir, { recursive: true, force: true });
    }
    await Promise.allSettled([redis?.dispose(), s3?.stop(), pg?.drop()]);
  }, 60_000);

  it('a client on API 2 sees the progress and completion of a file uploaded through API 1; a raw password at row 29,000 leaves the bucket empty', async () => {
    const email = `pipeline-${randomBytes(4).toString('hex')}@example.com`;
    expect((await json(`${api1.url}/auth/register`, { method: 'POST', body: { email, password: PASSWORD, orgName: 'Pipeline' } })).status).toBe(201);
    const outbox = (await readFile(join(api1.dataDir, 'outbox.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    const token = outbox.filter((m) => m.to === email).at(-1).token;
    expect((await json(`${api1.url}/auth/verify-email`, { method: 'POST', body: { token } })).status).toBe(200);
    const login = await json(`${api1.url}/auth/login`, { method: 'POST', body: { email, password: PASSWORD } });
    const accessToken: string = login.body.accessToken;
    const me = await json(`${api2.url}/me`, { token: accessToken });
    const orgId: string = me.body.org.id;

    const client = await readyWs(api2.url, accessToken);
    const res = await upload({ baseUrl: api1.url } as Harness, accessToken, 'people.csv', peopleCsv(20_000, { seed: 'pipeline' }));
    expect(res.status, res.text).toBe(202);
    client.send({ type: 'subscribe', jobId: res.body.job.id });
    const completed = await client.next((m) => m.type === 'job.completed' && m.jobId === res.body.job.id, 90_000);
    expect(completed).toEqual({ type: 'job.completed', jobId: res.body.job.id });
    const progress = client.messages.filter((m) => m.type === 'job.progress').map((m) => m.progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    const job = await json(`${api2.url}/jobs/${res.body.job.id}`, { token: accessToken });
    expect(job.body.status).toBe('completed');
    client.ws.close();

    const keysBefore = await listOrg(s3, orgId);
    expect(keysBefore).toEqual([`${orgId}/${res.body.file.id}`]);
    const pw = await upload({ baseUrl: api1.url } as Harness, accessToken, 'deep.csv', peopleCsv(30_000, { seed: 'deep', passwordAt: 29_000, password: 'Kr0kodil!2024' }));
    expect(pw.status, pw.text).toBe(422);
    expect(pw.body.error.columns).toEqual([{ sheet: '', column: 4, header: 'Anteckning', category: 'password_raw' }]);
    expect(await listOrg(s3, orgId)).toEqual(keysBefore);
    expect(s3.proxy.openUploads()).toEqual([]);
    const files = await json(`${api2.url}/files`, { token: accessToken });
    expect(files.body.files.map((f: { id: string }) => f.id)).toEqual([res.body.file.id]);
    for (const p of procs) expect(p.output.join('')).not.toContain('Kr0kodil');
  }, 150_000);
});

async function listOrg(s3: TestS3, orgId: string): Promise<string[]> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const page = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.config.bucket, Prefix: `${orgId}/` }));
  return (page.Contents ?? []).map((o) => o.Key!).sort();
}
