/**
 * The one error mapping: every contract code has a status, body-parser and zod failures become
 * contract errors naming the field, and an unknown error is a 500 with a fixed message whose
 * cause is logged (with the reqId) but never sent.
 */
import { Writable } from 'node:stream';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorMapper, statusFor, statusOf } from '../../../api/http/errors';
import { keepContext, requestContext } from '../../../api/http/request-context';
import { createMetrics } from '../../../api/http/metrics';
import { jsonBody, parseBody } from '../../../api/http/validate';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { createLogger } from '../../../shared/log';

const EXPECTED: Record<ErrorCode, number> = {
  invalid_request: 400, weak_password: 400, invalid_email: 400, email_taken: 409, invalid_token: 401, invalid_credentials: 401,
  email_not_verified: 403, invalid_code: 401, rate_limited: 429, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409,
  raw_passwords_detected: 422, file_too_large: 413, unsupported_file_type: 415, malformed_file: 400, payment_required: 402,
  service_unavailable: 503, internal_error: 500,
};

async function serve(build: (app: express.Express) => void, logs: string[] = []) {
  const logger = createLogger({ destination: new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }) });
  const app = express();
  app.use(requestContext(logger, createMetrics()));
  build(app);
  app.use(errorMapper(logger));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

describe('error mapping', () => {
  it('gives every contract code its status', () => {
    for (const [code, status] of Object.entries(EXPECTED)) expect(statusOf(code as ErrorCode), code).toBe(status);
  });

  it('maps AppError, zod, bad JSON, oversized bodies, route overrides and unknown errors', async () => {
    const logs: string[] = [];
    const Body = z.object({ email: z.string().max(10) }).strict();
    const s = await serve((app) => {
      app.post('/strict', jsonBody('1kb'), keepContext, (req, res) => void res.json(parseBody(Body, req)));
      app.get('/app', () => {
        throw new AppError('email_taken', 'taken');
      });
      app.get('/override', statusFor('invalid_token', 400), () => {
        throw new AppError('invalid_token', 'bad token');
      });
      app.get('/boom', async () => {
        throw new Error('secret detail: password=hunter2');
      });
    }, logs);
    try {
      const post = (body: string) => fetch(`${s.base}/strict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const unknownField = await post('{"email":"a","extra":1}');
      expect(unknownField.status).toBe(400);
      expect(((await unknownField.json()) as any).error.message).toContain('"extra"');
      const tooLong = await (await post('{"email":"aaaaaaaaaaaaaaa"}')).json();
      expect((tooLong as any).error).toMatchObject({ code: 'invalid_request' });
      expect((tooLong as any).error.message).toContain('body.email');
      expect((await post('{"email":')).status).toBe(400);
      const big = await post(JSON.stringify({ email: 'x'.repeat(5000) }));
      expect(big.status).toBe(413);
      expect(await (await fetch(`${s.base}/app`)).json()).toEqual({ error: { code: 'email_taken', message: 'taken' } });
      expect((await fetch(`${s.base}/override`)).status).toBe(400);
      const boom = await fetch(`${s.base}/boom`);
      expect(boom.status).toBe(500);
      const text = await boom.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: 'internal error' } });
      const logged = logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
      expect(logged.reqId).toBe(boom.headers.get('x-request-id'));
      expect(logged.err.type).toBe('Error');
    } finally {
      await s.close();
    }
  });
});
