/**
 * The upload middleware's layer 2 on a real HTTP server with multer and the real scan thread: a
 * delimited file is checked while it arrives (the check has seen the first half before the client
 * sends the second), its verdict comes with the received file, a workbook is left for the
 * service to check whole, and a client that hangs up drops the running check.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpload, receivedFile } from '../../../api/http/upload';
import type { FileFormat } from '../../../shared/read';
import { checkCredentialsInThread, type ArrivingCheck } from '../../../shared/scan/scan-thread';
import { PEOPLE_HEADER, peopleRows, toCsv, twoSheetXlsx } from '../../fixtures/uploads';
import { multipart } from '../../support/files';

/** What the middleware did with each upload's check. */
type Recorded = { format: FileFormat; pushed: number; cancelled: boolean; reached(bytes: number): Promise<void> };

describe('the upload middleware checks a delimited file as it arrives', () => {
  let server: Server;
  let port: number;
  let tmpDir: string;
  const checks: Recorded[] = [];

  /** The real thread check, recording how far it has been fed. */
  function recordingCheck(fileName: string, format: Exclude<FileFormat, 'xlsx'>): ArrivingCheck {
    const check = checkCredentialsInThread(fileName, format);
    const waiters: { bytes: number; resolve(): void }[] = [];
    const rec: Recorded = {
      format,
      pushed: 0,
      cancelled: false,
      reached: (bytes) => (rec.pushed >= bytes ? Promise.resolve() : new Promise((resolve) => waiters.push({ bytes, resolve }))),
    };
    checks.push(rec);
    return {
      async push(bytes) {
        await check.push(bytes);
        rec.pushed += bytes.length;
        for (const w of waiters.filter((x) => rec.pushed >= x.bytes)) w.resolve();
      },
      finish: () => check.finish(),
      cancel() {
        rec.cancelled = true;
        check.cancel();
      },
    };
  }

  beforeAll(async () => {
    tmpDir = await mkdtemp(join(tmpdir(), 'veil-upload-'));
    const key = randomBytes(32);
    const app = express();
    app.use((req, _res, next) => {
      req.actor = { userId: randomUUID(), orgId: randomUUID(), role: 'admin', sessionId: randomUUID() };
      next();
    });
    app.post('/files', createUpload({ tmpDir, maxUploadBytes: 64 * 1024 * 1024, fileKey: async () => key, checkArriving: recordingCheck }), (req, res) => {
      const { credentials, size } = receivedFile(req);
      void rm(receivedFile(req).tempPath, { force: true });
      res.json({ size, credentials });
    });
    app.use((err: Error & { code?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(400).json({ error: err.code ?? err.message });
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server?.close();
    await rm(tmpDir, { recursive: true, force: true });
  });

  /** The check of the upload started after `count` checks, once it exists. */
  async function checkAfter(count: number): Promise<Recorded> {
    while (checks.length <= count) await new Promise((r) => setTimeout(r, 5));
    return checks[count];
  }

  /** Sends the body in two parts; the second only once `beforeSecond` resolves. */
  function twoPartUpload(fileName: string, bytes: Buffer, split: number, beforeSecond: () => Promise<void>) {
    const { body, contentType } = multipart(fileName, bytes);
    const cut = body.indexOf(bytes) + split;
    const req = httpRequest({
      host: '127.0.0.1', port, method: 'POST', path: '/files', agent: false,
      headers: { 'content-type': contentType, 'content-length': String(body.length) },
    });
    const answered = new Promise<{ status: number; body: any }>((resolve, reject) => {
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      });
    });
    req.write(body.subarray(0, cut));
    return { req, answered, rest: () => beforeSecond().then(() => req.end(body.subarray(cut))) };
  }

  it('feeds the check the first half before the second is sent, and returns its verdict with the file', async () => {
    const rows = peopleRows(6_000, { seed: 'arrive', passwordAt: 5_500, password: 'Hemlig-Sommar-2024' });
    const csv = toCsv(PEOPLE_HEADER, rows);
    const half = Math.floor(csv.length / 2);
    const count = checks.length;
    const upload = twoPartUpload('kunder.csv', csv, half, async () => (await checkAfter(count)).reached(half - 128 * 1024));
    await upload.rest();
    const res = await upload.answered;
    expect(checks[count].format).toBe('csv');
    expect(res.status).toBe(200);
    expect(res.body.size).toBe(csv.length);
    expect(res.body.credentials).toEqual({
      format: 'csv',
      rows: 6_000,
      reasons: [expect.objectContaining({ sheet: '', column: 4, header: 'Anteckning', category: 'password_raw' })],
    });
    expect(JSON.stringify(res.body)).not.toContain('Hemlig');
    expect(checks[count].pushed).toBe(csv.length);
  });

  it('leaves a workbook to be checked whole (no check started, no verdict)', async () => {
    const before = checks.length;
    const xlsx = twoSheetXlsx(50, { withPasswords: true });
    const upload = twoPartUpload('konton.xlsx', xlsx, 1_000, async () => undefined);
    await upload.rest();
    const res = await upload.answered;
    expect(res.status).toBe(200);
    expect(res.body.credentials).toBeNull();
    expect(checks.length).toBe(before);
  });

  it('drops the running check when the client hangs up mid-body, and leaves no temp file', async () => {
    const csv = toCsv(PEOPLE_HEADER, peopleRows(6_000, { seed: 'hangup' }));
    const count = checks.length;
    const upload = twoPartUpload('kunder.csv', csv, 200 * 1024, async () => undefined);
    upload.answered.catch(() => undefined);
    const check = await checkAfter(count);
    await check.reached(64 * 1024);
    upload.req.destroy();
    const deadline = Date.now() + 5_000;
    while (!(check.cancelled && (await readdir(tmpDir)).length === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(check.cancelled).toBe(true);
    expect(await readdir(tmpDir)).toEqual([]);
  });
});
