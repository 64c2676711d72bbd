import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { z } from 'zod';
import type { Config } from '../../shared/config';
import type { OrgKeys } from '../../shared/crypto/org-keys';
import type { Database } from '../../shared/db';
import { AppError } from '../../shared/errors';
import { checkCredentialsInThread } from '../../shared/scan/scan-thread';
import type { Logger } from '../../shared/log';
import { actorOf, requestMeta } from '../http/auth';
import { contentDisposition } from '../http/content-disposition';
import { createUpload, receivedFile } from '../http/upload';
import { EmptyBody, jsonBody, parseBody, parseQuery, str } from '../http/validate';
import { keepContext } from '../http/request-context';
import { presentFile, presentUpload } from '../presenters-files';
import type { FilesService } from '../services/files';
import { prescan } from '../services/prescan';

/** Contract §3: ≤ 1,000 rows; every string and array bounded so the body is bounded too. */
const PrescanBody = z
  .object({
    fileName: str(255).min(1),
    headers: z.array(str(1024)).max(1000),
    rows: z.array(z.array(str(4096)).max(1000)).max(1000),
  })
  .strict();
const FileParams = z.object({ id: z.uuid() }).strict();
const NoQuery = z.object({}).strict();

/** 1,000 rows × bounded cells fit; anything larger is refused before parsing (413). */
const PRESCAN_BODY_LIMIT = '4mb';
/** Per user per minute: the page prescans once per file picked, a script probing the engine is throttled. */
export const PRESCAN_PER_USER_PER_MINUTE = 30;

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A malformed id names no file of this org: 404 like any other unknown id. */
function fileId(params: unknown): string {
  const parsed = FileParams.safeParse(params);
  if (!parsed.success) throw new AppError('not_found', 'no such file');
  return parsed.data.id;
}

export type FilesRouterDeps = {
  files: FilesService;
  config: Pick<Config, 'dataDir' | 'maxUploadBytes'>;
  db: Database;
  keys: OrgKeys;
  logger: Logger;
  /** Prescan counters in Redis when given (they then hold across API instances). */
  redis: Redis | null;
  requireAuth: RequestHandler;
};

/** The per-user prescan throttle; keyed by the authenticated user, so it runs after `requireAuth`. */
function prescanLimit(redis: Redis | null): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: PRESCAN_PER_USER_PER_MINUTE,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => `user:${req.actor?.userId ?? ipKeyGenerator(req.ip ?? '')}`,
    store: redis
      ? new RedisStore({ prefix: 'veil:rl:prescan-user:', sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply> })
      : undefined,
    validate: { xForwardedForHeader: false },
    handler: (_req, _res, next) => next(new AppError('rate_limited', 'too many prescans; wait a minute and try again')),
  });
}

/** Contract §3 "Files and jobs", the file half. */
export function filesRouter(deps: FilesRouterDeps): Router {
  const { files, db, keys } = deps;
  const router = Router();
  const upload = createUpload({
    tmpDir: `${deps.config.dataDir}/tmp`,
    maxUploadBytes: deps.config.maxUploadBytes,
    fileKey: (orgId) => db.tx(orgId, (q) => keys.key(q, orgId, 'files')),
    checkArriving: checkCredentialsInThread,
  });
  router.use(deps.requireAuth);

  router.post('/prescan', prescanLimit(deps.redis), jsonBody(PRESCAN_BODY_LIMIT), keepContext, (req, res) => {
    res.json(prescan(parseBody(PrescanBody, req)));
  });

  // The queue is asked first: with Redis down the client hears 503 before sending the file.
  router.post('/', async (_req, _res, next) => next(await files.assertQueueReady().then(() => undefined, (err: unknown) => err)), upload, keepContext, async (req, res) => {
    parseQuery(NoQuery, req);
    const out = await files.accept(actorOf(req), requestMeta(req), receivedFile(req));
    res.status(202).json(presentUpload(out));
  });

  router.get('/', async (req, res) => {
    parseQuery(NoQuery, req);
    res.json({ files: (await files.list(actorOf(req))).map(presentFile) });
  });

  router.get('/:id', async (req, res) => {
    res.json(presentFile(await files.get(actorOf(req), fileId(req.params))));
  });

  router.get('/:id/download', async (req, res) => {
    const { file, first, rest } = await files.download(actorOf(req), fileId(req.params));
    res.status(200).set({
      'Content-Type': CONTENT_TYPES[file.format] ?? 'application/octet-stream',
      'Content-Length': String(Number(file.size)),
      'Content-Disposition': contentDisposition(file.name),
      'X-Content-Type-Options': 'nosniff',
    });
    async function* body() {
      if (first) yield first;
      for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
    }
    // Headers are out: a failure now (tampered object, store gone) can only cut the response short.
    await pipeline(Readable.from(body()), res).catch((err: unknown) => {
      deps.logger.error({ err, fileId: file.id }, 'download interrupted');
      res.destroy();
    });
  });

  router.delete('/:id', jsonBody('1kb'), keepContext, async (req, res) => {
    parseBody(EmptyBody, req);
    const confirmedAt = await files.remove(actorOf(req), requestMeta(req), fileId(req.params));
    res.json({ deleted: true, confirmedAt: confirmedAt.toISOString() });
  });

  return router;
}
