/**
 * A redis-server owned by one test: its own spare port and data directory, so a test can stop,
 * kill -9, freeze (SIGSTOP) and restart it without touching the shared Redis on 6379 or other
 * test files. Persistence is off unless asked for (like Debian's default, which loses queued
 * jobs on restart); `aof: true` turns on AOF with fsync every second.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sparePort } from './ports';

export type TestRedis = {
  port: number;
  url: string;
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit: a crash. */
  kill(): Promise<void>;
  /** SIGSTOP: the port stays open but nothing answers (a black hole). */
  freeze(): void;
  /** SIGCONT after `freeze`. */
  thaw(): void;
  /** Starts the server again on the same port and directory (after stop or kill). */
  restart(): Promise<void>;
  /** Stops the server and removes its directory. */
  dispose(): Promise<void>;
};

/** Resolves once the server answers PING on a raw socket. */
async function waitForPong(port: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('data', (b) => {
        socket.destroy();
        resolve(b.toString().startsWith('+PONG'));
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`test redis on port ${port} did not answer within ${timeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a private redis-server; call `dispose()` in afterAll. */
export async function startRedis(opts: { aof?: boolean } = {}): Promise<TestRedis> {
  const port = await sparePort();
  const dir = await mkdtemp(join(tmpdir(), 'veil-redis-'));
  const persistence = opts.aof ? ['--appendonly', 'yes', '--appendfsync', 'everysec'] : ['--appendonly', 'no'];
  let child: ChildProcess;

  async function launch() {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...persistence], {
      stdio: 'ignore',
    });
    await waitForPong(port);
  }
  await launch();

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    freeze() {
      child.kill('SIGSTOP');
    },
    thaw() {
      child.kill('SIGCONT');
    },
    restart: launch,
    async dispose() {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
      await exited(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
