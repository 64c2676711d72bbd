/**
 * The files platform for in-process harnesses (object store, queue, events, WebSocket) and the
 * client side of uploads and WebSockets: multipart bodies sent with or without Content-Length,
 * job polling, and a small WebSocket client that records every message.
 */
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { openFilesPlatform, type FilesPlatform } from '../../api/platform';
import { attachWebSocket, type WsOptions } from '../../api/ws';
import type { Config } from '../../shared/config';
import type { HarnessPlatform, Harness, Res } from './harness';

export type PlatformHandle = { platform: FilesPlatform | null };

/** A HarnessPlatform with the real files stack; `handle.platform` is set once the harness starts. */
export function filesPlatform(
  opts: { s3?: Config['s3']; redisUrl?: string; redisPrefix?: string; ws?: Partial<Omit<WsOptions, 'server' | 'db' | 'jwtSecret' | 'events' | 'logger'>> } = {},
): { platform: HarnessPlatform; handle: PlatformHandle } {
  const handle: PlatformHandle = { platform: null };
  const platform: HarnessPlatform = async (base) => {
    const config = { ...base.config, s3: opts.s3 ?? null, redisUrl: opts.redisUrl ?? null };
    const p = await openFilesPlatform({
      config, db: base.db, owner: base.owner, masterKey: base.masterKey, logger: base.logger,
      redisPrefix: opts.redisPrefix, s3Tuning: { requestTimeoutMs: 3_000, maxAttempts: 2 },
    });
    handle.platform = p;
    let ws: { close(): Promise<void> } | null = null;
    return {
      deps: { files: { store: p.store, queue: p.queue }, readyChecks: p.readyChecks },
      attach(server) {
        ws = attachWebSocket({
          server, db: base.db, jwtSecret: base.jwtSecret, events: p.events, logger: base.logger,
          allowedOrigins: base.config.allowedOrigins, ...opts.ws,
        });
      },
      async close() {
        await ws?.close();
        await p.close({ force: true });
      },
    };
  };
  return { platform, handle };
}

/** A multipart/form-data body with one file part (and any extra raw parts). */
export function multipart(fileName: string, bytes: Uint8Array, opts: { field?: string; extra?: string; encodedName?: boolean } = {}): { body: Buffer; contentType: string } {
  const boundary = `----veil${randomBytes(12).toString('hex')}`;
  const escaped = fileName.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
  const nameParam = opts.encodedName ? `filename*=UTF-8''${encodeURIComponent(fileName)}` : `filename="${escaped}"`;
  const head = Buffer.from(
    `${opts.extra ?? ''}--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; ${nameParam}\r\nContent-Type: application/octet-stream\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, Buffer.from(bytes), tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type UploadOptions = { chunked?: boolean; ip?: string; field?: string; extra?: string; path?: string; encodedName?: boolean };

/** POST /files over real HTTP; `chunked` sends no Content-Length (Transfer-Encoding: chunked). */
export function upload(h: Harness, token: string, fileName: string, bytes: Uint8Array, opts: UploadOptions = {}): Promise<Res> {
  const { body, contentType } = multipart(fileName, bytes, opts);
  const url = new URL(h.baseUrl);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': contentType };
    if (!opts.chunked) headers['content-length'] = String(body.length);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: 'POST', path: opts.path ?? '/files', headers, localAddress: opts.ip ?? '127.0.0.1', agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = /^application\/json/.test(String(res.headers['content-type'])) && text ? JSON.parse(text) : undefined;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: json, text });
        });
      },
    );
    req.on('error', reject);
    if (opts.chunked) for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
    else req.write(body);
    req.end();
  });
}

/** Sends the first `cut` bytes of an upload whose headers promise more, then destroys the socket. */
export function abortedUpload(h: Harness, token: string, bytes: Uint8Array, cut: number): Promise<void> {
  const { body, contentType } = multipart('aborted.csv', bytes);
  const url = new URL(h.baseUrl);
  return new Promise((resolve) => {
    const req = httpRequest({
      host: url.hostname, port: url.port, method: 'POST', path: '/files', agent: false,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': String(body.length) },
    });
    req.on('error', () => resolve());
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.write(body.subarray(0, Math.min(cut, body.length - 1)), () => {
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 20);
    });
  });
}

/** Polls GET /jobs/:id until its status is one of `until`. */
export async function waitForJob(h: Harness, token: string, jobId: string, until = ['completed', 'failed', 'rejected'], timeoutMs = 60_000): Promise<Res> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await h.request('GET', `/jobs/${jobId}`, { token });
    if (res.status !== 200 || until.includes(res.body.status)) return res;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${res.body.status} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

export type WsClient = {
  ws: WebSocket;
  messages: any[];
  /** Resolves with the close code and the ms since the socket opened. */
  closed: Promise<{ code: number; afterMs: number }>;
  send(msg: unknown): void;
  /** The first recorded message (from `from` on) matching `pred`. */
  next(pred: (m: any) => boolean, timeoutMs?: number): Promise<any>;
};

/** Opens a WebSocket (resolves once open) or rejects with the HTTP status of a refused upgrade. */
export function openWs(baseUrl: string, opts: { origin?: string | null; ip?: string } = {}): Promise<WsClient> {
  const headers: Record<string, string> = {};
  if (opts.origin !== null) headers.origin = opts.origin ?? 'https://app.veil.test';
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { headers, localAddress: opts.ip });
  const messages: any[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  let openedAt = Date.now();
  const closed = new Promise<{ code: number; afterMs: number }>((resolve) => ws.on('close', (code) => resolve({ code, afterMs: Date.now() - openedAt })));
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_req, res) => {
      reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode }));
      ws.terminate();
    });
    ws.on('error', reject);
    ws.on('open', () => {
      openedAt = Date.now();
      resolve({
        ws, messages, closed,
        send: (msg) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
        async next(pred, timeoutMs = 10_000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const found = messages.find(pred);
            if (found) return found;
            if (Date.now() > deadline || ws.readyState === ws.CLOSED) throw new Error(`no matching WebSocket message; got ${JSON.stringify(messages).slice(0, 500)}`);
            await sleep(10);
          }
        },
      });
    });
  });
}

/** An authenticated client that has received `ready`. */
export async function readyWs(baseUrl: string, token: string, opts: { ip?: string } = {}): Promise<WsClient> {
  const c = await openWs(baseUrl, opts);
  c.send({ type: 'auth', token });
  await c.next((m) => m.type === 'ready');
  return c;
}
