import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './child';
import { sparePort } from '../test/support/ports';

/**
 * The real API as `npm start` runs it (api/start.js), in its own process on the embedded
 * defaults — PGlite and the local object store under a fresh DATA_DIR, jobs in-process — so the
 * service benches measure what an operator would run, and its peak RSS is its own. Verification
 * tokens are read from DATA_DIR/outbox.jsonl, as the tests read them (no SMTP_URL).
 */
export type Res<T = any> = { status: number; headers: IncomingHttpHeaders; body: T; text: string };

export type ApiProcess = {
  baseUrl: string;
  port: number;
  pid: number;
  dataDir: string;
  /** The first boot on the empty DATA_DIR: seconds to /health and its peak RSS (see startApi). */
  firstBoot: { seconds: number; peakMB: number };
  /** Seconds from spawn to /health of the process measured. */
  startS: number;
  request<T = any>(method: string, path: string, opts?: { token?: string; body?: unknown; ip?: string }): Promise<Res<T>>;
  /** The kernel's figures for the API process from /proc: peak (VmHWM) and current (VmRSS) resident set, MB. */
  rss(): Promise<{ peakMB: number; nowMB: number }>;
  lastToken(email: string): Promise<string>;
  stop(): Promise<void>;
};

/** Variables that would take the API off its embedded defaults or call out of the machine. */
const NOT_EMBEDDED = /^(DATABASE_URL|REDIS_URL|S3_|GEMINI_|SMTP_URL|MAX_UPLOAD_BYTES|NODE_ENV|PORT|DATA_DIR|MASTER_KEY|JWT_SECRET)/;

let ipCounter = 0;
const ipBase = 1 + (process.pid % 200);
/**
 * A fresh loopback source address (Linux routes all of 127/8 to lo), as test/support/harness.ts
 * does: the per-IP limits keep their production values and each request gets its own bucket.
 */
export function nextIp(): string {
  ipCounter += 1;
  return `127.${ipBase}.${(ipCounter >> 8) & 255}.${(ipCounter & 255) || 1}`;
}

type Boot = { child: ChildProcess; exited(): boolean; exitCode(): number | null | undefined; startS: number; logTail(): Promise<string> };

function requester(port: number) {
  return <T>(method: string, path: string, o: { token?: string; body?: unknown; ip?: string } = {}): Promise<Res<T>> =>
    new Promise((done, fail) => {
      const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
      const headers: Record<string, string> = {};
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, localAddress: o.ip ?? '127.0.0.1', agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = /^application\/json/.test(String(res.headers['content-type'])) && text ? JSON.parse(text) : undefined;
          done({ status: res.statusCode ?? 0, headers: res.headers, body: json as T, text });
        });
        res.on('error', fail);
      });
      req.on('error', fail);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
}

/** Spawns `node api/start.js` and waits until GET /health answers 200. */
async function boot(env: NodeJS.ProcessEnv, port: number, dataDir: string, timeoutMs: number): Promise<Boot> {
  const logFile = join(dataDir, 'api.log');
  const logHandle = await open(logFile, 'a');
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'api/start.js')], { cwd: ROOT, env, stdio: ['ignore', logHandle.fd, logHandle.fd] });
  await logHandle.close();
  let code: number | null | undefined;
  child.on('exit', (c) => (code = c));
  const logTail = async () => (await readFile(logFile, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');
  const request = requester(port);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (code !== undefined) throw new Error(`the API exited with ${code} during start-up:\n${await logTail()}`);
    if (await request('GET', '/health').then((r) => r.status === 200, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not answer /health in time:\n${await logTail()}`);
    }
    await sleep(200);
  }
  return { child, exited: () => code !== undefined, exitCode: () => code, startS: (performance.now() - started) / 1000, logTail };
}

async function procRss(pid: number): Promise<{ peakMB: number; nowMB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMB: kB('VmHWM') / 1024, nowMB: kB('VmRSS') / 1024 };
}

async function stopChild(b: Boot): Promise<void> {
  if (b.exited()) return;
  b.child.kill('SIGTERM');
  const timer = setTimeout(() => b.child.kill('SIGKILL'), 15_000);
  await once(b.child, 'exit').catch(() => undefined);
  clearTimeout(timer);
}

/**
 * Boots the API twice on one fresh DATA_DIR: the first boot creates the PGlite cluster (initdb)
 * and runs the migrations, as an operator's first `npm start` does, and is then stopped; the
 * process returned is the second, an ordinary restart. PGlite's first-time initialisation alone
 * leaves a process at about 800–900 MB resident (measured here: 0.5.16, 821 MB after creating an
 * empty cluster, 348 MB when reopening it), so the two are reported apart: `firstBoot` is that
 * start-up's peak, and the measured process's peak is about the work given to it.
 */
export async function startApi(opts: { env?: Record<string, string>; startTimeoutMs?: number } = {}): Promise<ApiProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'veil-bench-api-'));
  const port = await sparePort();
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !NOT_EMBEDDED.test(k)));
  Object.assign(env, {
    PORT: String(port),
    DATA_DIR: dataDir,
    // Given rather than generated, so start-up prints no warning; both are throw-away.
    MASTER_KEY: randomBytes(32).toString('hex'),
    JWT_SECRET: randomBytes(48).toString('base64url'),
    LOG_LEVEL: 'info',
    ...opts.env,
  });
  const timeoutMs = opts.startTimeoutMs ?? 180_000;
  let first: Boot | null = null;
  let b: Boot;
  try {
    first = await boot(env, port, dataDir, timeoutMs);
    const firstBoot = { seconds: first.startS, peakMB: (await procRss(first.child.pid!)).peakMB };
    await stopChild(first);
    if (first.exitCode() !== 0) throw new Error(`the first boot exited with ${first.exitCode()} on SIGTERM:\n${await first.logTail()}`);
    b = await boot(env, port, dataDir, timeoutMs);
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      port,
      pid: b.child.pid!,
      dataDir,
      firstBoot,
      startS: b.startS,
      request: requester(port),
      rss: () => procRss(b.child.pid!),
      async lastToken(email) {
        const text = await readFile(join(dataDir, 'outbox.jsonl'), 'utf8').catch(() => '');
        const mine = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { to: string; token?: string }).filter((m) => m.to === email.toLowerCase() && m.token);
        if (mine.length === 0) throw new Error(`no mail with a token to ${email}`);
        return mine[mine.length - 1].token!;
      },
      async stop() {
        await stopChild(b);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (first) await stopChild(first);
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** register → verify-email (token from the outbox) → login, each from its own loopback address. */
export async function signUp(api: ApiProcess, email: string, password: string): Promise<Session> {
  const expect = (what: string, res: Res, status: number) => {
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
  };
  expect('register', await api.request('POST', '/auth/register', { body: { email, password, orgName: `Bench ${email}` }, ip: nextIp() }), 201);
  expect('verify-email', await api.request('POST', '/auth/verify-email', { body: { token: await api.lastToken(email) }, ip: nextIp() }), 200);
  const login = await api.request('POST', '/auth/login', { body: { email, password }, ip: nextIp() });
  expect('login', login, 200);
  let tokens = { access: login.body.accessToken as string, refresh: login.body.refreshToken as string };
  return {
    get accessToken() {
      return tokens.access;
    },
    async request(method, path) {
      const res = await api.request(method, path, { token: tokens.access });
      if (res.status !== 401) return res;
      // Access tokens live 15 minutes; a long job outlives one, so renew it as a client would.
      const renewed = await api.request('POST', '/auth/refresh', { body: { refreshToken: tokens.refresh } });
      expect('refresh', renewed, 200);
      tokens = { access: renewed.body.accessToken as string, refresh: renewed.body.refreshToken as string };
      return api.request(method, path, { token: tokens.access });
    },
  };
}

/** A logged-in user: `request` renews the access token once when it is refused as expired. */
export type Session = { readonly accessToken: string; request<T = any>(method: string, path: string): Promise<Res<T>> };

export const uniqueEmail = (tag: string): string => `${tag}-${randomBytes(5).toString('hex')}@example.com`;
