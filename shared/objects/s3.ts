/**
 * Object store on any S3-compatible endpoint. What it adds to a plain client, and why:
 * - request and connection timeouts that throw (`throwOnRequestTimeout`; the SDK only warns
 *   otherwise), 3 attempts in all, so a black-holed endpoint fails a request instead of hanging it;
 * - multipart uploads for streams, aborted on any failure, so no parts outlive a failed put;
 * - server-side encryption requested on every write, on top of our own encryption;
 * - `confirmGone` that checks the object, its versions and its open uploads, because on S3 a
 *   deleted key can still hold data in either;
 * - `open` refuses a bucket with versioning Enabled or Suspended: a DeleteObject there only adds a
 *   delete marker, and erasure would need every version removed (and rights to do so). Refusing is
 *   simpler to get right than chasing versions, and says what to change.
 */
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Config } from '../config';
import { ConfigError } from '../config';
import { AppError } from '../errors';
import { parseListPrefix, parseObjectKey, type ObjectBody, type ObjectStore, type S3Tuning } from './index';

type S3Settings = NonNullable<Config['s3']>;

const DEFAULTS = { connectionTimeoutMs: 5_000, requestTimeoutMs: 15_000, maxAttempts: 3, partSize: 8 * 1024 * 1024 };

function status(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

function isNotFound(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || status(err) === 404;
}

/** Servers without versioning or upload listing (s3rver answers 501 or 405) say so with these. */
function isUnsupported(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === 'NotImplemented' || name === 'MethodNotAllowed' || status(err) === 501;
}

function unavailable(what: string, cause: unknown): AppError {
  return new AppError('service_unavailable', `object storage failed to ${what}`, undefined, { cause });
}

function mapError(what: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isNotFound(err)) return new AppError('not_found', 'stored object not found');
  return unavailable(what, err);
}

function lengthMismatch(actual: number, declared: number): AppError {
  return new AppError('invalid_request', `object body ${actual > declared ? 'exceeds' : 'falls short of'} the declared ${declared} bytes`);
}

/**
 * Connects to the bucket and checks it is fit for erasure (reachable, versioning never enabled).
 * Throws `ConfigError` for a versioned bucket and `service_unavailable` when it cannot be reached.
 */
export async function openS3ObjectStore(settings: S3Settings, tuning: S3Tuning = {}): Promise<ObjectStore> {
  const t = { ...DEFAULTS, ...tuning };
  const Bucket = settings.bucket;
  const client = new S3Client({
    region: settings.region,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    maxAttempts: t.maxAttempts,
    requestHandler: { connectionTimeout: t.connectionTimeoutMs, requestTimeout: t.requestTimeoutMs, throwOnRequestTimeout: true },
    // Content is authenticated end to end by chunked GCM; the SDK's default trailing checksums
    // (aws-chunked bodies) are not understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  async function uploadsOf(key: string): Promise<Array<{ UploadId: string }>> {
    const found: Array<{ UploadId: string }> = [];
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    for (;;) {
      const page = await client.send(new ListMultipartUploadsCommand({ Bucket, Prefix: key, KeyMarker, UploadIdMarker }));
      for (const u of page.Uploads ?? []) if (u.Key === key && u.UploadId) found.push({ UploadId: u.UploadId });
      if (!page.IsTruncated) return found;
      KeyMarker = page.NextKeyMarker;
      UploadIdMarker = page.NextUploadIdMarker;
    }
  }

  async function abortUploadsOf(key: string): Promise<void> {
    for (const u of await uploadsOf(key)) {
      await client.send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: u.UploadId }));
    }
  }

  async function hasVersions(key: string): Promise<boolean> {
    try {
      const page = await client.send(new ListObjectVersionsCommand({ Bucket, Prefix: key, MaxKeys: 100 }));
      return (page.Versions ?? []).some((v) => v.Key === key);
    } catch (err) {
      // No versioning support means no versions; `open` already refused versioned buckets.
      if (isUnsupported(err)) return false;
      throw err;
    }
  }

  try {
    await client.send(new HeadBucketCommand({ Bucket }));
  } catch (err) {
    client.destroy();
    throw unavailable('reach the bucket', err);
  }
  let versioning: string | undefined;
  try {
    versioning = (await client.send(new GetBucketVersioningCommand({ Bucket }))).Status;
  } catch (err) {
    if (!isUnsupported(err)) {
      client.destroy();
      throw unavailable('read the bucket versioning', err);
    }
  }
  if (versioning === 'Enabled' || versioning === 'Suspended') {
    client.destroy();
    throw new ConfigError(
      `S3_BUCKET: versioning is ${versioning} on this bucket, so deleted files would keep their data in old versions; use a bucket that never had versioning`,
    );
  }

  const store: ObjectStore = {
    async put(key: string, body: ObjectBody, opts: { contentLength?: number } = {}) {
      parseObjectKey(key);
      const params = { Bucket, Key: key, ServerSideEncryption: 'AES256' as const, ContentLength: opts.contentLength };
      if (body instanceof Uint8Array) {
        if (opts.contentLength !== undefined && opts.contentLength !== body.length) throw lengthMismatch(body.length, opts.contentLength);
        try {
          await client.send(new PutObjectCommand({ ...params, Body: body, ContentLength: body.length }));
          return { size: body.length };
        } catch (err) {
          throw mapError('store the object', err);
        }
      }
      let size = 0;
      let bodyError: unknown;
      // The length is checked before the last part is sent: a short body under a declared
      // Content-Length would otherwise leave the server waiting for bytes until the timeout.
      async function* counted(): AsyncGenerator<Uint8Array> {
        try {
          for await (const piece of body as AsyncIterable<Uint8Array>) {
            size += piece.length;
            if (opts.contentLength !== undefined && size > opts.contentLength) throw lengthMismatch(size, opts.contentLength);
            yield piece;
          }
          if (opts.contentLength !== undefined && size !== opts.contentLength) throw lengthMismatch(size, opts.contentLength);
        } catch (err) {
          bodyError = err;
          throw err;
        }
      }
      const upload = new Upload({ client, params: { ...params, Body: Readable.from(counted()) }, partSize: t.partSize, queueSize: 2, leavePartsOnError: false });
      try {
        await upload.done();
      } catch (err) {
        // lib-storage aborts its own upload, unless the abort itself failed: sweep once more.
        await abortUploadsOf(key).catch(() => undefined);
        throw bodyError ?? mapError('store the object', err);
      }
      return { size };
    },

    async putFile(key, path) {
      const { size } = await stat(path);
      return store.put(key, createReadStream(path), { contentLength: size });
    },

    async get(key) {
      parseObjectKey(key);
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return res.Body as Readable;
      } catch (err) {
        throw mapError('read the object', err);
      }
    },

    async getRange(key, offset, length) {
      parseObjectKey(key);
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new RangeError('getRange: offset and length must be non-negative integers');
      }
      if (length === 0) return new Uint8Array(0);
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: key, Range: `bytes=${offset}-${offset + length - 1}` }));
        return await res.Body!.transformToByteArray();
      } catch (err) {
        // A range starting past the end is 416 on S3: the same answer as a read past EOF.
        if (status(err) === 416 || (err as { name?: string })?.name === 'InvalidRange') return new Uint8Array(0);
        throw mapError('read the object', err);
      }
    },

    async size(key) {
      parseObjectKey(key);
      try {
        return (await client.send(new HeadObjectCommand({ Bucket, Key: key }))).ContentLength ?? 0;
      } catch (err) {
        throw mapError('read the object', err);
      }
    },

    async delete(key) {
      parseObjectKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
        await abortUploadsOf(key).catch((err) => {
          if (!isUnsupported(err)) throw err;
        });
      } catch (err) {
        throw mapError('delete the object', err);
      }
    },

    async confirmGone(key) {
      parseObjectKey(key);
      let present = true;
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
      } catch (err) {
        if (!isNotFound(err)) throw mapError('confirm the deletion', err);
        present = false;
      }
      if (present) throw new AppError('service_unavailable', 'deletion not confirmed: the object still exists', { reason: 'object_present' });
      try {
        if (await hasVersions(key)) {
          throw new AppError('service_unavailable', 'deletion not confirmed: versions of the object remain', { reason: 'versions_remain' });
        }
        // Deliberately strict: a server that cannot list uploads cannot prove none holds our data.
        if ((await uploadsOf(key)).length > 0) {
          throw new AppError('service_unavailable', 'deletion not confirmed: an incomplete upload of the object remains', { reason: 'uploads_open' });
        }
      } catch (err) {
        throw mapError('confirm the deletion', err);
      }
      return new Date();
    },

    async list(prefix) {
      parseListPrefix(prefix);
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      try {
        do {
          const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
          for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
          ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (ContinuationToken);
      } catch (err) {
        throw mapError('list objects', err);
      }
      return keys.sort();
    },

    async ping() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (err) {
        throw unavailable('reach the bucket', err);
      }
    },

    async close() {
      client.destroy();
    },
  };
  return store;
}

