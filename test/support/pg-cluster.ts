/**
 * A PostgreSQL cluster owned by one test: `initdb` into a temp directory, trust auth, its own
 * spare port on 127.0.0.1 and its own socket directory, so a test can stop, restart
 * (`pg_ctl restart -m fast`) and terminate backends without touching the shared cluster on 5432.
 * Uses the Debian binaries under /usr/lib/postgresql/<version>/bin; initdb refuses to run as
 * root, so when the tests run as root every binary runs as the `postgres` user (runuser) and the
 * directory is handed to it. `findPgBin()` is null when no binaries are installed: tests skip.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sparePort } from './ports';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

export type TestPgCluster = {
  port: number;
  /** Superuser URL of the cluster's `postgres` database (for createTestDatabase's `adminUrl`). */
  adminUrl: string;
  dataDir: string;
  /** `pg_ctl stop -m fast`: backends are terminated, open transactions roll back; waits until down. */
  stop(): Promise<void>;
  /** `pg_ctl start -w`: resolves once the server accepts connections. */
  start(): Promise<void>;
  /** `pg_ctl restart -m fast -w`. */
  restart(): Promise<void>;
  /** The server log so far (for failure messages). */
  log(): Promise<string>;
  /** Stops the server (immediate) and removes the directory. */
  dispose(): Promise<void>;
};

/** The bin directory of the newest installed PostgreSQL, or null when there is none. */
export function findPgBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(PG_ROOT, v, 'bin', 'initdb')) && existsSync(join(PG_ROOT, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(PG_ROOT, versions[0], 'bin') : null;
}

/** Starts a private cluster; call `dispose()` in afterAll. */
export async function startPgCluster(opts: { bin?: string } = {}): Promise<TestPgCluster> {
  const bin = opts.bin ?? findPgBin();
  if (!bin) throw new Error(`no PostgreSQL binaries under ${PG_ROOT}`);
  const asRoot = userInfo().uid === 0;
  /** Runs a PostgreSQL binary, as `postgres` when we are root (initdb and postgres refuse root). */
  const pgExec = async (tool: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    try {
      return await run(file, argv, { timeout: 60_000 });
    } catch (err) {
      const e = err as Error & { stderr?: string; stdout?: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  };

  const root = await mkdtemp(join(tmpdir(), 'veil-pg-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await sparePort();
  try {
    await pgExec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions']);
    // Loopback only, a private socket directory, and no durability cost: the data is throwaway.
    await appendFile(
      join(dataDir, 'postgresql.conf'),
      [
        '',
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${root}'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'max_connections = 40',
        'shared_buffers = 16MB',
        '',
      ].join('\n'),
    );
    const start = () => pgExec('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '30', 'start']).then(() => undefined);
    await start();
    return {
      port,
      adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
      dataDir,
      start,
      stop: () => pgExec('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']).then(() => undefined),
      restart: () => pgExec('pg_ctl', ['-D', dataDir, '-l', logFile, '-m', 'fast', '-w', '-t', '30', 'restart']).then(() => undefined),
      log: () => readFile(logFile, 'utf8').catch(() => ''),
      async dispose() {
        await pgExec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await pgExec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw err;
  }
}
