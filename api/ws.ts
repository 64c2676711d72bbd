/**
 * Live job progress over a WebSocket at `GET /ws` (contract §4), on the API's own HTTP server.
 *
 * - The upgrade is refused before any WebSocket exists: 429 past `upgradesPerMinute` from one
 *   socket address, 403 unless `Origin` is exactly one of ALLOWED_ORIGINS (a missing Origin is
 *   refused too: browsers always send one, and cross-site WebSocket hijacking is what this stops).
 * - The first message must be `{type:'auth', token}` within `authTimeoutMs`; the token goes
 *   through the very middleware HTTP requests use (signature, live session, membership), and
 *   anything else closes with 4401 at once.
 * - `subscribe` checks the job against the caller's org in the database (another org's job is
 *   `not_found`, like an unknown one), sends its current state, then forwards live events. The
 *   bus subscription is ready before the state is read and events that race it are held back
 *   and filtered, so nothing is missed and progress never goes backwards.
 * - `maxPayload` 16 KiB (ws defaults to 100 MiB), ping/pong every `pingIntervalMs` terminating
 *   peers that missed one, and a hard lifetime after which the server closes with 4408.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Response } from 'express';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import type { Database } from '../shared/db';
import type { EventBus, JobEvent, Unsubscribe } from '../shared/jobs';
import type { Logger } from '../shared/log';
import * as repo from '../shared/repo/files';
import { requireAuth } from './http/auth';
import type { AuthFailureReason } from './http/metrics';
import { jobStateEvent, presentJobEvent } from './presenters-files';
import { createAccessTokens } from './services/access-tokens';
import type { Actor } from './services/context';

export type WsOptions = {
  server: Server;
  db: Database;
  jwtSecret: string;
  events: EventBus;
  allowedOrigins: string[];
  logger: Logger;
  countFailure?: (reason: AuthFailureReason) => void;
  authTimeoutMs?: number;
  lifetimeMs?: number;
  pingIntervalMs?: number;
  upgradesPerMinute?: number;
};

export const WS_PATH = '/ws';
export const MAX_PAYLOAD_BYTES = 16 * 1024;
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_LIFETIME = 4408;
/** Subscriptions per connection: a page watches a handful of jobs, not thousands. */
const MAX_SUBSCRIPTIONS = 100;
/** A client that does not read: past this much unsent data it is dropped, not buffered for. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), token: z.string().min(1).max(4096) }).strict(),
  z.object({ type: z.literal('subscribe'), jobId: z.string().max(64) }).strict(),
  z.object({ type: z.literal('unsubscribe'), jobId: z.string().max(64) }).strict(),
]);
const JobId = z.uuid();

const STATUS_TEXT: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' };

function refuse(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/** Upgrades per socket address in the current minute; a fixed window is enough at 30/min. */
function upgradeCounter(limit: number) {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return (ip: string): boolean => {
    if (Date.now() - windowStart >= 60_000) {
      windowStart = Date.now();
      counts = new Map();
    }
    const n = (counts.get(ip) ?? 0) + 1;
    counts.set(ip, n);
    return n <= limit;
  };
}

/** Runs the HTTP bearer middleware on a token: one definition of "a valid access token". */
function tokenVerifier(opts: WsOptions) {
  const middleware = requireAuth({ db: opts.db, tokens: createAccessTokens(opts.jwtSecret), countFailure: opts.countFailure ?? (() => undefined) });
  return (token: string): Promise<Actor | null> =>
    new Promise((resolve) => {
      const req = { get: (name: string) => (name.toLowerCase() === 'authorization' ? `Bearer ${token}` : undefined) } as unknown as Request;
      const res = { locals: {} } as unknown as Response;
      Promise.resolve(middleware(req, res, (err?: unknown) => resolve(err ? null : (req.actor ?? null)))).catch(() => resolve(null));
    });
}

type Subscription = { ready: boolean; held: JobEvent[]; lastProgress: number; done: boolean };

/** Attaches the WebSocket endpoint to `server`; `close()` refuses new upgrades and closes every connection (1001). */
export function attachWebSocket(opts: WsOptions): { close(): Promise<void> } {
  const { db, events, logger } = opts;
  const authTimeoutMs = opts.authTimeoutMs ?? 5_000;
  const lifetimeMs = opts.lifetimeMs ?? 10 * 60_000;
  const pingIntervalMs = opts.pingIntervalMs ?? 30_000;
  const allowUpgrade = upgradeCounter(opts.upgradesPerMinute ?? 30);
  const verify = tokenVerifier(opts);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  const alive = new WeakMap<WebSocket, boolean>();
  let closing = false;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    if (path !== WS_PATH) return refuse(socket, 404);
    if (closing) return refuse(socket, 503);
    if (!allowUpgrade(req.socket.remoteAddress ?? '')) return refuse(socket, 429);
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || !opts.allowedOrigins.includes(origin)) return refuse(socket, 403);
    wss.handleUpgrade(req, socket, head, (ws) => connection(ws));
  };
  opts.server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, pingIntervalMs);
  heartbeat.unref();

  function connection(ws: WebSocket): void {
    let actor: Actor | null = null;
    let token = '';
    let busOff: Unsubscribe | null = null;
    const subs = new Map<string, Subscription>();
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));

    const send = (msg: object) => {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return void ws.terminate();
      ws.send(JSON.stringify(msg));
    };
    const close = (code: number, reason: string) => {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
    };
    const authTimer = setTimeout(() => close(CLOSE_UNAUTHORIZED, 'authentication required'), authTimeoutMs);
    const lifetimeTimer = setTimeout(() => close(CLOSE_LIFETIME, 'connection lifetime reached; reconnect'), lifetimeMs);

    /** Sends an event unless it is stale: nothing after a final state, no progress that goes backwards. */
    const forward = (sub: Subscription, event: JobEvent) => {
      if (sub.done) return;
      if (event.type === 'job.progress') {
        if (event.progress < sub.lastProgress) return;
        sub.lastProgress = event.progress;
      } else sub.done = true;
      send(presentJobEvent(event));
    };

    const onEvent = (event: JobEvent) => {
      if (!actor || event.orgId !== actor.orgId) return;
      const sub = subs.get(event.jobId);
      if (!sub) return;
      if (sub.ready) forward(sub, event);
      else sub.held.push(event);
    };

    async function authenticate(candidate: string) {
      const who = await verify(candidate);
      if (!who) return close(CLOSE_UNAUTHORIZED, 'invalid or expired token');
      if (ws.readyState !== ws.OPEN) return;
      clearTimeout(authTimer);
      actor = who;
      token = candidate;
      busOff = events.subscribe(who.orgId, onEvent);
      await busOff.ready;
      send({ type: 'ready' });
    }

    async function subscribe(jobId: string) {
      const me = actor!;
      const id = JobId.safeParse(jobId);
      if (subs.has(jobId)) return;
      if (subs.size >= MAX_SUBSCRIPTIONS) return send({ type: 'error', code: 'invalid_request', message: `at most ${MAX_SUBSCRIPTIONS} subscriptions per connection` });
      // The session may have ended since `auth` (logout): every subscription re-checks it.
      if (!(await verify(token))) return close(CLOSE_UNAUTHORIZED, 'session ended');
      const job = id.success ? await db.tx(me.orgId, (q) => repo.getJob(q, me.orgId, id.data)) : null;
      if (!job) return send({ type: 'error', code: 'not_found', jobId: id.success ? id.data : undefined });
      const sub: Subscription = { ready: false, held: [], lastProgress: -1, done: false };
      subs.set(job.id, sub);
      // Subscribed before the read (the bus has been ready since auth), so an event racing the read is held, not lost.
      const current = await db.tx(me.orgId, (q) => repo.getJob(q, me.orgId, job.id));
      forward(sub, jobStateEvent(current ?? job));
      sub.ready = true;
      for (const e of sub.held.splice(0)) forward(sub, e);
    }

    ws.on('message', (data: RawData, isBinary: boolean) => {
      let parsed: z.infer<typeof ClientMessage> | null = null;
      if (!isBinary) {
        try {
          const r = ClientMessage.safeParse(JSON.parse(String(data)));
          if (r.success) parsed = r.data;
        } catch {
          parsed = null;
        }
      }
      if (!actor) {
        // Before authentication only a well-formed `auth` is acceptable; a second one waits for the first.
        if (parsed?.type !== 'auth' || token === 'pending') return close(CLOSE_UNAUTHORIZED, 'authenticate first');
        token = 'pending';
        authenticate(parsed.token).catch((err: unknown) => {
          logger.error({ err }, 'websocket authentication failed');
          close(1011, 'internal error');
        });
        return;
      }
      if (!parsed || parsed.type === 'auth') return send({ type: 'error', code: 'invalid_request', message: 'send {"type":"subscribe","jobId":"…"}' });
      if (parsed.type === 'unsubscribe') return void subs.delete(parsed.jobId);
      subscribe(parsed.jobId).catch((err: unknown) => {
        logger.error({ err }, 'websocket subscribe failed');
        send({ type: 'error', code: 'internal_error' });
      });
    });

    ws.on('close', () => {
      clearTimeout(authTimer);
      clearTimeout(lifetimeTimer);
      busOff?.();
      subs.clear();
    });
    ws.on('error', (err) => logger.warn({ err }, 'websocket error'));
  }

  return {
    async close() {
      closing = true;
      clearInterval(heartbeat);
      opts.server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.close(1001, 'server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
