/**
 * `npm start` from a clean checkout: `node api/start.js` in an empty directory with no
 * configuration beyond PORT starts on PGlite, generates its secrets into ./.data with a warning
 * on stderr, answers /health, shuts down cleanly on SIGTERM, and after a restart the same
 * account still logs in and its earlier access token still works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sparePort } from '../support/ports';

const START = resolve(__dirname, '../../api/start.js');
const children: ChildProcess[] = [];
let dir: string;

/** Starts the launcher and resolves once /health answers; stderr is collected for the warnings. */
async function start(port: number): Promise<{ child: ChildProcess; stderr: () => string }> {
  let stderr = '';
  const child = spawn(process.execPath, [START], { cwd: dir, env: { PATH: process.env.PATH, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  child.stderr!.on('data', (c) => (stderr += String(c)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited early (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
    if (ok) return { child, stderr: () => stderr };
    if (Date.now() > deadline) throw new Error(`no /health within 60 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

const post = (port: number, path: string, body: unknown, token?: string) =>
  fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts with no configuration, keeps generated secrets and accounts across a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'veil-start-'));
    const port = await sparePort();
    const first = await start(port);
    expect(first.stderr()).toMatch(/warning: MASTER_KEY is not set: generated/);
    expect(first.stderr()).toMatch(/warning: JWT_SECRET is not set: generated/);
    for (const f of ['master.key', 'jwt.secret']) expect((await stat(join(dir, '.data', f))).mode & 0o777).toBe(0o600);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

    const email = 'starter@example.com';
    const password = 'restart-proof passphrase 42';
    expect((await post(port, '/auth/register', { email, password, orgName: 'Start Org' })).status).toBe(201);
    const outbox = (await readFile(join(dir, '.data', 'outbox.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect((await post(port, '/auth/verify-email', { token: outbox[0].token })).status).toBe(200);
    const before = (await (await post(port, '/auth/login', { email, password })).json()) as { accessToken: string };
    expect(before.accessToken).toBeTypeOf('string');
    expect(await stop(first.child)).toBe(0);

    const second = await start(port);
    expect(second.stderr()).toMatch(/using the one generated earlier/);
    const after = await post(port, '/auth/login', { email, password });
    expect(after.status).toBe(200);
    const me = await fetch(`http://127.0.0.1:${port}/me`, { headers: { authorization: `Bearer ${before.accessToken}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { org: { name: string } }).org.name).toBe('Start Org');
    expect(await stop(second.child)).toBe(0);
  }, 150_000);
});
