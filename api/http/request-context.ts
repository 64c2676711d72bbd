import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { logContext, type Logger } from '../../shared/log';
import type { Metrics } from './metrics';

type Context = { reqId: string; orgId?: string; userId?: string };

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;
const CONTEXT = 'logContext';

/** The route pattern ("/audit/verify"), never the URL: query strings can carry secrets. */
export function routeOf(req: Request): string {
  return req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : '(unmatched)';
}

/**
 * First middleware: gives the request an id (a well-formed X-Request-Id from a proxy, else a
 * UUID), runs the rest inside `logContext` so every log line carries it, and writes exactly one
 * access-log line when the response finishes: method, route pattern, status, ms — never bodies,
 * headers, tokens or query strings.
 */
export function requestContext(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const ctx: Context = { reqId: incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID() };
    res.locals[CONTEXT] = ctx;
    res.set('X-Request-Id', ctx.reqId);
    const started = process.hrtime.bigint();
    let logged = false;
    const done = (status: number) => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = routeOf(req);
      metrics.httpDuration.observe({ method: req.method, route, status: String(status) }, ms / 1000);
      logContext.run(ctx, () => logger.info({ req: { method: req.method, route, status, ms: Math.round(ms * 10) / 10 } }, 'request'));
    };
    res.on('finish', () => done(res.statusCode));
    // 'close' without 'finish': the client went away first (499, as nginx logs it).
    res.on('close', () => done(499));
    logContext.run(ctx, () => next());
  };
}

/**
 * Re-enters the request's context. Body parsing resumes on socket callbacks that were created
 * outside it, so the routers call this after their body parser.
 */
export const keepContext: RequestHandler = (_req, res, next) => {
  const ctx = res.locals[CONTEXT] as Context | undefined;
  if (ctx) logContext.run(ctx, () => next());
  else next();
};

/** Adds the authenticated tenant and user to the current log context. */
export function tagContext(res: { locals: Record<string, unknown> }, ids: { orgId: string; userId: string }): void {
  const ctx = res.locals[CONTEXT] as Context | undefined;
  if (ctx) Object.assign(ctx, ids);
}
