/**
 * A real S3-protocol endpoint for tests: s3rver on an ephemeral port in its own temp dir, with a
 * bucket, behind a small fault proxy. The returned config points at the proxy, so every test can
 * inject faults without restarting anything:
 *   proxy.fail('PutObject', 2)          next 2 PutObject requests answer 500 InternalError
 *   proxy.fail('DeleteObject', Infinity) every DeleteObject answers 500 until proxy.clear()
 *   proxy.hang('GetObject')             GetObject requests are never answered (a black hole)
 *   proxy.answer('GetBucketVersioning', 200, xml)  a fixed answer (a "versioned" bucket)
 * s3rver has no ListMultipartUploads and no AbortMultipartUpload; the proxy emulates both from
 * the uploads it saw created and completed (and removes s3rver's part files on abort), so
 * `confirmGone` can be held to the same standard as on real S3. `leftoverUploadDirs()` reads
 * s3rver's own upload directory as ground truth.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../shared/config';

type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void>; httpServer?: Server };
type S3rverCtor = new (opts: Record<string, unknown>) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor;

export type S3Op =
  | 'HeadBucket' | 'GetBucketVersioning' | 'ListObjects' | 'ListObjectVersions' | 'ListMultipartUploads'
  | 'PutObject' | 'CreateMultipartUpload' | 'UploadPart' | 'CompleteMultipartUpload' | 'AbortMultipartUpload'
  | 'GetObject' | 'HeadObject' | 'DeleteObject' | 'Other';

export type FaultProxy = {
  url: string;
  /** The next `n` requests of `op` answer `status` (500 by default) without reaching s3rver. */
  fail(op: S3Op, n: number, status?: number): void;
  /** Requests of `op` are held open and never answered, until `clear()`. */
  hang(op: S3Op): void;
  /** Requests of `op` get this fixed answer. */
  answer(op: S3Op, status: number, body: string): void;
  /** Removes every rule and drops held requests. */
  clear(): void;
  /** How many requests of `op` arrived (faulted ones included). */
  seen(op: S3Op): number;
  /** Multipart uploads created and neither completed nor aborted. */
  openUploads(): Array<{ key: string; uploadId: string }>;
};

export type TestS3 = {
  /** Points at the fault proxy. */
  config: NonNullable<Config['s3']>;
  /** Talks to s3rver directly, past the proxy: for looking at what is really stored. */
  client: S3Client;
  proxy: FaultProxy;
  /** s3rver's part directories left behind by uploads never completed or aborted. */
  leftoverUploadDirs(): Promise<string[]>;
  stop(): Promise<void>;
};

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const REGION = 'us-east-1';

function classify(method: string, url: URL): S3Op {
  const hasKey = url.pathname.split('/').filter(Boolean).length > 1;
  const q = url.searchParams;
  if (!hasKey) {
    if (method === 'HEAD') return 'HeadBucket';
    if (method !== 'GET') return 'Other';
    if (q.has('versioning')) return 'GetBucketVersioning';
    if (q.has('versions')) return 'ListObjectVersions';
    if (q.has('uploads')) return 'ListMultipartUploads';
    return 'ListObjects';
  }
  switch (method) {
    case 'PUT':
      return q.has('uploadId') ? 'UploadPart' : 'PutObject';
    case 'POST':
      return q.has('uploads') ? 'CreateMultipartUpload' : q.has('uploadId') ? 'CompleteMultipartUpload' : 'Other';
    case 'DELETE':
      return q.has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject';
    case 'GET':
      return 'GetObject';
    case 'HEAD':
      return 'HeadObject';
    default:
      return 'Other';
  }
}

function errorXml(status: number): string {
  const code = status === 503 ? 'SlowDown' : status === 500 ? 'InternalError' : 'InjectedFault';
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>injected by the test fault proxy</Message><RequestId>fault</RequestId></Error>`;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Rule = { kind: 'fail'; remaining: number; status: number } | { kind: 'hang' } | { kind: 'answer'; status: number; body: string };

async function startFaultProxy(upstreamPort: number, bucket: string, uploadsDir: string): Promise<FaultProxy & { close(): Promise<void> }> {
  const rules = new Map<S3Op, Rule>();
  const counts = new Map<S3Op, number>();
  const held = new Set<ServerResponse>();
  const uploads = new Map<string, { key: string; initiated: string }>();

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };

  function listUploads(res: ServerResponse, prefix: string) {
    const items = [...uploads]
      .filter(([, u]) => u.key.startsWith(prefix))
      .map(([id, u]) => `<Upload><Key>${xmlEscape(u.key)}</Key><UploadId>${id}</UploadId><Initiated>${u.initiated}</Initiated></Upload>`)
      .join('');
    send(
      res,
      200,
      `<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${bucket}</Bucket><Prefix>${xmlEscape(prefix)}</Prefix><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${items}</ListMultipartUploadsResult>`,
    );
  }

  function forward(req: IncomingMessage, res: ServerResponse, op: S3Op, key: string, url: URL) {
    const upstream = request({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers, agent }, (ures) => {
      const status = ures.statusCode ?? 502;
      if (op === 'CreateMultipartUpload' && status === 200) {
        const parts: Buffer[] = [];
        ures.on('data', (b: Buffer) => parts.push(b));
        ures.on('end', () => {
          const body = Buffer.concat(parts);
          const id = /<UploadId>([^<]+)<\/UploadId>/.exec(body.toString('utf8'))?.[1];
          if (id) uploads.set(id, { key, initiated: new Date().toISOString() });
          res.writeHead(status, ures.headers);
          res.end(body);
        });
        return;
      }
      if (op === 'CompleteMultipartUpload' && status === 200) uploads.delete(url.searchParams.get('uploadId') ?? '');
      res.writeHead(status, ures.headers);
      ures.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }

  // No keep-alive upstream: pooled idle sockets would keep s3rver from closing at the end.
  const agent = new Agent({ keepAlive: false });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const op = classify(req.method ?? 'GET', url);
    const key = decodeURIComponent(url.pathname.split('/').filter(Boolean).slice(1).join('/'));
    counts.set(op, (counts.get(op) ?? 0) + 1);
    const rule = rules.get(op);
    if (rule?.kind === 'hang') {
      held.add(res);
      res.on('close', () => held.delete(res));
      req.resume();
      return;
    }
    if (rule?.kind === 'answer') {
      req.resume();
      return send(res, rule.status, rule.body);
    }
    if (rule?.kind === 'fail' && rule.remaining > 0) {
      rule.remaining--;
      req.resume();
      return send(res, rule.status, errorXml(rule.status));
    }
    if (op === 'ListMultipartUploads') {
      req.resume();
      return listUploads(res, url.searchParams.get('prefix') ?? '');
    }
    if (op === 'AbortMultipartUpload') {
      req.resume();
      const id = url.searchParams.get('uploadId') ?? '';
      if (!uploads.delete(id)) return send(res, 404, '<Error><Code>NoSuchUpload</Code><Message>no such upload</Message></Error>');
      void rm(join(uploadsDir, id), { recursive: true, force: true }).then(() => {
        res.writeHead(204);
        res.end();
      });
      return;
    }
    forward(req, res, op, key, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const clear = () => {
    rules.clear();
    for (const res of held) res.destroy();
    held.clear();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    fail: (op, n, status = 500) => rules.set(op, { kind: 'fail', remaining: n, status }),
    hang: (op) => rules.set(op, { kind: 'hang' }),
    answer: (op, status, body) => rules.set(op, { kind: 'answer', status, body }),
    clear,
    seen: (op) => counts.get(op) ?? 0,
    openUploads: () => [...uploads].map(([uploadId, u]) => ({ key: u.key, uploadId })),
    async close() {
      clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Starts s3rver (own temp dir, one bucket) and the fault proxy in front of it. */
export async function startS3(opts: { bucket?: string } = {}): Promise<TestS3> {
  const bucket = opts.bucket ?? 'veil-test';
  const dir = await mkdtemp(join(tmpdir(), 'veil-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const uploadsDir = join(dir, bucket, '._S3rver_uploads');
  const proxy = await startFaultProxy(port, bucket, uploadsDir);
  const client = new S3Client({ region: REGION, endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, credentials: CREDENTIALS });
  return {
    config: { bucket, endpoint: proxy.url, region: REGION, ...CREDENTIALS },
    client,
    proxy,
    async leftoverUploadDirs() {
      try {
        return await readdir(uploadsDir);
      } catch {
        return [];
      }
    },
    async stop() {
      client.destroy();
      await proxy.close();
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
