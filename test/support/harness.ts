/**
 * Boots the real API in-process on an ephemeral port over a fresh database of either adapter
 * (test/support/databases.ts), with DATA_DIR in a temp dir, the outbox mailer and captured logs.
 * Requests go through real HTTP; each can come from its own loopback address (127.x.y.z), so
 * the per-IP rate limits keep their production values and tests do not share buckets.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { createApp, type AppDeps } from '../../api/app';
import { loadConfig, type Config } from '../../shared/config';
import type { Database, OwnerAccess } from '../../shared/db';
import { createLogger, type Logger } from '../../shared/log';
import { createOutboxMailer, OUTBOX_FILE } from '../../shared/mail';
import { createTestDatabase, type AdapterKind } from './databases';

export type OutboxMessage = { to: string; subject: string; text: string; token?: string };
export type Res<T = any> = { status: number; headers: IncomingHttpHeaders; body: T; text: string };
export type RequestOptions = { token?: string; body?: unknown; rawBody?: string | Buffer; ip?: string; headers?: Record<string, string> };

export type Harness = {
  kind: AdapterKind;
  baseUrl: string;
  config: Config;
  jwtSecret: string;
  masterKey: Buffer;
  db: Database;
  owner: OwnerAccess;
  dataDir: string;
  /** Every log line the app wrote, for leak checks. */
  logs: string[];
  /**
   * The TOTP clock. It stands still in the middle of a 30-s step and moves only by `advance`, so a
   * test decides which step each code belongs to: a clock that followed real time would cross a
   * step boundary between two requests now and then, and a replayed code would become a fresh one.
   */
  clock: { now(): number; advance(ms: number): void };
  outbox(): Promise<OutboxMessage[]>;
  /** The token of the newest message to this address. */
  lastToken(to: string): Promise<string>;
  request<T = any>(method: string, path: string, opts?: RequestOptions): Promise<Res<T>>;
  close(): Promise<void>;
};

const base = randomInt(1, 250);
let ipCounter = randomInt(0, 60_000);
/** A fresh loopback source address (Linux routes all of 127/8 to lo). */
export function nextIp(): string {
  ipCounter += 1;
  // Skip .0 rather than map it to .1: mapping handed out the same address twice in a row once
  // every 256 calls, and rate-limit tests then saw a neighbour's requests counted as their own.
  if ((ipCounter & 255) === 0) ipCounter += 1;
  return `127.${base}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/**
 * Extra wiring a test file brings (object store, job queue, WebSocket): built once the database,
 * config and logger exist, its `deps` merged into the app's, `attach` called with the listening
 * server, and `close` run before the database goes.
 */
export type HarnessPlatform = (base: { db: Database; owner: OwnerAccess; config: Config; masterKey: Buffer; jwtSecret: string; logger: Logger }) => Promise<{
  deps?: Partial<AppDeps>;
  attach?(server: Server): void;
  close?(): Promise<void>;
}>;

export async function startHarness(
  opts: {
    kind?: AdapterKind;
    env?: Record<string, string>;
    redisUrl?: string;
    platform?: HarnessPlatform;
    /** PostgreSQL only: create the database on this cluster instead of the shared one (test/support/pg-cluster.ts). */
    pgAdminUrl?: string;
  } = {},
): Promise<Harness> {
  const kind = opts.kind ?? 'pglite';
  // Errors of idle pooled connections are logged, as api/main.ts does; `logger` exists by the time one can occur.
  let logger: Logger | undefined;
  const tdb = await createTestDatabase(kind, {
    adminUrl: opts.pgAdminUrl,
    onIdleError: (err) => logger?.error({ err }, 'idle database connection failed'),
  });
  const jwtSecret = randomBytes(48).toString('base64url');
  const masterKey = randomBytes(32);
  const config = loadConfig({
    DATA_DIR: tdb.dataDir,
    JWT_SECRET: jwtSecret,
    MASTER_KEY: masterKey.toString('hex'),
    ALLOWED_ORIGINS: 'https://app.veil.test',
    ...opts.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  logger = createLogger({ level: 'info', destination: sink });
  let totpNow = Math.floor(Date.now() / 30_000) * 30_000 + 15_000;
  const clock = { now: () => totpNow, advance: (ms: number) => void (totpNow += ms) };
  const redis = opts.redisUrl ? new Redis(opts.redisUrl, { maxRetriesPerRequest: 1 }) : null;
  const mailer = createOutboxMailer(tdb.dataDir);
  const platform = opts.platform ? await opts.platform({ db: tdb.db, owner: tdb.owner, config, masterKey, jwtSecret, logger }) : {};
  const app = createApp({ config, db: tdb.db, masterKey, jwtSecret, mailer, logger, redis, clock: clock.now, ...platform.deps });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  platform.attach?.(server);
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const outbox = async (): Promise<OutboxMessage[]> => {
    const text = await readFile(join(tdb.dataDir, OUTBOX_FILE), 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutboxMessage);
  };

  const request = <T>(method: string, path: string, o: RequestOptions = {}): Promise<Res<T>> =>
    new Promise((resolve, reject) => {
      const payload = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
      const headers: Record<string, string> = { ...o.headers };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      if (payload !== undefined) {
        headers['content-type'] ??= 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, localAddress: o.ip ?? '127.0.0.1', agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const json = /^application\/json/.test(String(res.headers['content-type'])) && text ? JSON.parse(text) : undefined;
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: json as T, text });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });

  return {
    kind, baseUrl, config, jwtSecret, masterKey, db: tdb.db, owner: tdb.owner, dataDir: tdb.dataDir, logs, clock, outbox, request,
    async lastToken(to) {
      const mine = (await outbox()).filter((m) => m.to === to.toLowerCase() && m.token);
      if (mine.length === 0) throw new Error(`no mail with a token to ${to}`);
      return mine[mine.length - 1].token!;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await platform.close?.();
      await redis?.quit();
      await tdb.dispose();
    },
  };
}
